package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

/**
 * Ornstein-Uhlenbeck model with jumps for {@code x = ln(peg)}:
 * {@code dx = kappa (mu - x) dt + sigma dW + J dN}, N Poisson with intensity
 * {@code jumpIntensity}, J ~ Normal(jumpMean, jumpVolatility^2). Time is in years.
 * <p>
 * With {@code kappa = 0} the diffusion part is a driftless Brownian motion and {@code mu}
 * plays no role.
 *
 * @param kappa mean-reversion speed per year, finite and {@code >= 0}; half-life
 * {@code ln 2 / kappa} years
 * @param mu long-run mean of ln(peg) (0 is parity; ln(0.993) is a 70 bp discount), finite
 * @param sigma diffusion volatility of ln(peg) per sqrt(year), finite and {@code >= 0}
 * @param jumpIntensity expected jumps per year, finite and {@code >= 0}
 * @param jumpMean mean jump in ln(peg), finite
 * @param jumpVolatility standard deviation of a jump in ln(peg), finite and {@code >= 0}
 */
public record PegModel(double kappa, double mu, double sigma, double jumpIntensity, double jumpMean,
		double jumpVolatility) {

	public PegModel {
		Arguments.nonNegative("kappa", kappa);
		Arguments.finite("mu", mu);
		Arguments.nonNegative("sigma", sigma);
		Arguments.nonNegative("jumpIntensity", jumpIntensity);
		Arguments.finite("jumpMean", jumpMean);
		Arguments.nonNegative("jumpVolatility", jumpVolatility);
	}

	/** A model without jumps. */
	public static PegModel withoutJumps(double kappa, double mu, double sigma) {
		return new PegModel(kappa, mu, sigma, 0, 0, 0);
	}

	/** The jump part of this model as a component. */
	public JumpComponent jumps() {
		return new JumpComponent(this.jumpIntensity, this.jumpMean, this.jumpVolatility);
	}

	/** This model with its jump part removed. */
	public PegModel diffusionOnly() {
		return withoutJumps(this.kappa, this.mu, this.sigma);
	}

	/**
	 * Half-life of a deviation from {@code mu} in days (365 a year);
	 * {@code Double.POSITIVE_INFINITY} when {@code kappa = 0}.
	 */
	public double halfLifeDays() {
		return (this.kappa == 0) ? Double.POSITIVE_INFINITY : Math.log(2) / this.kappa * DayCount.DAYS_PER_YEAR;
	}

}
