package io.lsdrisk.compute.peg;

/**
 * Which case of the AR(1) fit {@code x_{t+1} = a + b x_t + e} a calibration fell in.
 */
public enum CalibrationFit {

	/** {@code 0 < b < 1}: mean reversion with {@code kappa = -ln(b) / dt}. */
	MEAN_REVERTING,

	/**
	 * {@code b >= 1}: no mean reversion is visible in the window; reported as a random
	 * walk, {@code kappa = 0}, sigma from the daily changes.
	 */
	RANDOM_WALK,

	/**
	 * {@code b <= 0}: deviations do not persist from one day to the next; kappa is not
	 * identified from daily data and is set to
	 * {@link OrnsteinUhlenbeckCalibration#MAX_KAPPA} (a one-hour half-life), mu and sigma
	 * from the sample mean and variance as a stationary distribution.
	 */
	NO_PERSISTENCE

}
