package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.List;

/**
 * Choices of {@link DepegBacktest}.
 *
 * @param thresholds peg thresholds, each in (0, 1]
 * @param horizonDays forecast horizon in days, in [1, 365]
 * @param strideDays days between forecast dates, {@code >= 1}
 * @param windowDays the most days of the current regime a calibration uses, {@code >= 2}
 * @param minObservations fewest days of the current regime before a forecast is made;
 * above {@code horizonDays} (the naive forecast needs a full window) and at least
 * {@link OrnsteinUhlenbeckCalibration#MIN_OBSERVATIONS}
 * @param paths Monte Carlo paths per forecast date
 * @param seed base seed; the seed of a date is derived from it and the date alone
 * @param calibration jump detection settings
 * @param calibrationBins number of equal-width bins of predicted probability,
 * {@code >= 1}
 */
public record BacktestSettings(List<Double> thresholds, int horizonDays, int strideDays, int windowDays,
		int minObservations, int paths, long seed, CalibrationSettings calibration, int calibrationBins) {

	/**
	 * Thresholds 0.99 and 0.98 (where the stETH history has events), 30 days ahead,
	 * weekly, the last 365 days of the regime, at least 60 of them, 10,000 paths, 10
	 * bins.
	 */
	public static final BacktestSettings DEFAULT = new BacktestSettings(List.of(0.99, 0.98), 30, 7, 365, 60, 10_000,
			20_220_512L, CalibrationSettings.DEFAULT, 10);

	public BacktestSettings {
		Arguments.notNull("thresholds", thresholds);
		thresholds = List.copyOf(thresholds);
		if (thresholds.isEmpty() || thresholds.stream().anyMatch((t) -> !(t > 0 && t <= 1))) {
			throw new IllegalArgumentException("thresholds must be non-empty, each in (0, 1], was " + thresholds);
		}
		if (horizonDays < 1 || horizonDays > 365) {
			throw new IllegalArgumentException("horizonDays must be in [1, 365], was " + horizonDays);
		}
		if (strideDays < 1) {
			throw new IllegalArgumentException("strideDays must be >= 1, was " + strideDays);
		}
		if (windowDays < 2) {
			throw new IllegalArgumentException("windowDays must be >= 2, was " + windowDays);
		}
		if (minObservations <= horizonDays || minObservations < OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS
				|| minObservations > windowDays) {
			throw new IllegalArgumentException("minObservations must be > horizonDays, >= "
					+ OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS + " and <= windowDays, was " + minObservations);
		}
		if (paths < DepegMonteCarlo.MIN_PATHS || paths > DepegMonteCarlo.MAX_PATHS) {
			throw new IllegalArgumentException("paths must be between " + DepegMonteCarlo.MIN_PATHS + " and "
					+ DepegMonteCarlo.MAX_PATHS + ", was " + paths);
		}
		Arguments.notNull("calibration", calibration);
		if (calibrationBins < 1) {
			throw new IllegalArgumentException("calibrationBins must be >= 1, was " + calibrationBins);
		}
	}

}
