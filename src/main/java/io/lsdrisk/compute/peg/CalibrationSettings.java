package io.lsdrisk.compute.peg;

/**
 * Choices of {@link OrnsteinUhlenbeckCalibration}.
 *
 * @param jumpThresholdRobustSigmas a daily residual further than this many robust
 * standard deviations (1.4826 median absolute deviations) from the median residual is a
 * jump; {@code > 0}, {@code Double.POSITIVE_INFINITY} to detect none. 4 by default: under
 * a normal diffusion alone a residual that large occurs about once in 16,000 days
 * @param configuredJumps jump parameters to use instead of those estimated from the
 * detected jumps (detected jumps are still left out of the diffusion fit), or null to
 * estimate them
 */
public record CalibrationSettings(double jumpThresholdRobustSigmas, JumpComponent configuredJumps) {

	/** Detect jumps beyond 4 robust standard deviations and estimate their parameters. */
	public static final CalibrationSettings DEFAULT = new CalibrationSettings(4, null);

	/** No jump detection: a pure OU fit. */
	public static final CalibrationSettings NO_JUMPS = new CalibrationSettings(Double.POSITIVE_INFINITY, null);

	public CalibrationSettings {
		if (!(jumpThresholdRobustSigmas > 0)) {
			throw new IllegalArgumentException(
					"jumpThresholdRobustSigmas must be > 0 (infinite for none), was " + jumpThresholdRobustSigmas);
		}
	}

}
