package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

/**
 * One compound-Poisson source of jumps in ln(peg): jumps arrive with intensity
 * {@code intensityPerYear} and each adds a Normal({@code meanLogJump},
 * {@code volatilityLogJump}^2) amount to ln(peg).
 *
 * @param intensityPerYear expected number of jumps per year, finite and {@code >= 0}
 * @param meanLogJump mean jump in ln(peg) (negative: a drop; ln(0.9) is a 10 % drop)
 * @param volatilityLogJump standard deviation of the jump in ln(peg), finite and
 * {@code >= 0}
 */
public record JumpComponent(double intensityPerYear, double meanLogJump, double volatilityLogJump) {

	/** No jumps. */
	public static final JumpComponent NONE = new JumpComponent(0, 0, 0);

	public JumpComponent {
		Arguments.nonNegative("jumpIntensity", intensityPerYear);
		Arguments.finite("jumpMean", meanLogJump);
		Arguments.nonNegative("jumpVolatility", volatilityLogJump);
	}

	/** Whether this component can produce a jump. */
	public boolean isActive() {
		return this.intensityPerYear > 0;
	}

}
