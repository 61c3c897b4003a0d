package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

/**
 * Choices of {@link OrnsteinUhlenbeckCalibration}.
 *
 * @param jumpThresholdRobustSigmas whether and how jumps are estimated: finite and
 * {@code > 0} to fit the jump mixture by maximum likelihood, started from the daily
 * residuals further than this many robust standard deviations (1.4826 median absolute
 * deviations) from the median residual; {@code Double.POSITIVE_INFINITY} for a pure OU
 * fit. 4 by default: under a normal diffusion alone a residual that large occurs about
 * once in 16,000 days
 * @param configuredJumps the down-jump component to put in the model instead of the
 * fitted one (the mixture is still fitted and reported), or null to use the fitted one
 * @param biasCorrection the small-sample correction of the AR(1) coefficient
 * @param intervalSimulations simulated paths behind the 95 % intervals, 0 for none (then
 * every interval is {@link ConfidenceInterval#NOT_COMPUTED}) or {@code >= 19}; 399 by
 * default, which makes the Monte Carlo test behind the kappa interval exact at 95 %
 * @param seed seed of those simulations, mixed with the data so that different windows
 * get independent draws
 */
public record CalibrationSettings(double jumpThresholdRobustSigmas, JumpComponent configuredJumps,
		BiasCorrection biasCorrection, int intervalSimulations, long seed) {

	/** Default {@link #intervalSimulations()}. */
	public static final int DEFAULT_INTERVAL_SIMULATIONS = 399;

	/** Default {@link #seed()}. */
	public static final long DEFAULT_SEED = 19_540_601L;

	/**
	 * Fit the jump mixture (started beyond 4 robust standard deviations), correct the
	 * bias of b, intervals from 399 simulations.
	 */
	public static final CalibrationSettings DEFAULT = new CalibrationSettings(4, null);

	/** No jumps: a pure OU fit, with the bias correction and intervals. */
	public static final CalibrationSettings NO_JUMPS = new CalibrationSettings(Double.POSITIVE_INFINITY, null);

	public CalibrationSettings {
		if (!(jumpThresholdRobustSigmas > 0)) {
			throw new IllegalArgumentException(
					"jumpThresholdRobustSigmas must be > 0 (infinite for none), was " + jumpThresholdRobustSigmas);
		}
		Arguments.notNull("biasCorrection", biasCorrection);
		if (intervalSimulations != 0 && intervalSimulations < 19) {
			throw new IllegalArgumentException("intervalSimulations must be 0 or >= 19, was " + intervalSimulations);
		}
	}

	/**
	 * The defaults for everything but the jump threshold and the configured jumps.
	 */
	public CalibrationSettings(double jumpThresholdRobustSigmas, JumpComponent configuredJumps) {
		this(jumpThresholdRobustSigmas, configuredJumps, BiasCorrection.KENDALL_MARRIOTT_POPE,
				DEFAULT_INTERVAL_SIMULATIONS, DEFAULT_SEED);
	}

	/** These settings with another bias correction. */
	public CalibrationSettings withBiasCorrection(BiasCorrection correction) {
		return new CalibrationSettings(this.jumpThresholdRobustSigmas, this.configuredJumps, correction,
				this.intervalSimulations, this.seed);
	}

	/** These settings with another number of interval simulations (0: no intervals). */
	public CalibrationSettings withIntervalSimulations(int simulations) {
		return new CalibrationSettings(this.jumpThresholdRobustSigmas, this.configuredJumps, this.biasCorrection,
				simulations, this.seed);
	}

}
