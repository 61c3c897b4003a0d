package io.lsdrisk.compute.peg;

import java.util.List;

import io.lsdrisk.compute.Arguments;

/**
 * Choices of {@link DepegBacktest}. The model itself (calibration, regime logic, floor,
 * event risk, paths) is the forecaster's; these settings say which dates are forecast,
 * how the baselines are formed and how the scores are tested.
 *
 * @param thresholds peg thresholds, each in (0, 1]
 * @param horizonDays forecast horizon in days, in [1, 365]
 * @param strideDays days between forecast dates, {@code >= 1}
 * @param windowDays the most days of the date's regime the same-regime frequency uses,
 * {@code >= 2} (the forecaster's calibration window should be the same)
 * @param minObservations fewest days of the date's regime before a date is forecast;
 * above {@code horizonDays} (the frequency baselines need a full window)
 * @param scope which forecasts are scored
 * @param calibrationBins number of equal-width bins of predicted probability,
 * {@code >= 1}
 * @param logScoreClip probabilities are clipped to {@code [clip, 1 - clip]} in the log
 * score, in (0, 0.5)
 * @param bootstrapResamples moving-block bootstrap resamples, {@code >= 100}
 * @param seed seed of the bootstrap
 */
public record BacktestSettings(List<Double> thresholds, int horizonDays, int strideDays, int windowDays,
		int minObservations, BacktestScope scope, int calibrationBins, double logScoreClip, int bootstrapResamples,
		long seed) {

	/**
	 * Thresholds 0.99 and 0.98 (where the stETH history has events), 30 days ahead,
	 * weekly, the last 365 days of the regime, at least 60 of them, real outcomes only,
	 * 10 bins, log scores clipped at 1e-4, 2,000 bootstrap resamples.
	 */
	public static final BacktestSettings DEFAULT = new BacktestSettings(List.of(0.99, 0.98), 30, 7, 365, 60,
			BacktestScope.REAL, 10, 1e-4, 2_000, 20_220_512L);

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
		if (minObservations <= horizonDays || minObservations > windowDays) {
			throw new IllegalArgumentException(
					"minObservations must be > horizonDays and <= windowDays, was " + minObservations);
		}
		Arguments.notNull("scope", scope);
		if (calibrationBins < 1) {
			throw new IllegalArgumentException("calibrationBins must be >= 1, was " + calibrationBins);
		}
		if (!(logScoreClip > 0 && logScoreClip < 0.5)) {
			throw new IllegalArgumentException("logScoreClip must be in (0, 0.5), was " + logScoreClip);
		}
		if (bootstrapResamples < 100) {
			throw new IllegalArgumentException("bootstrapResamples must be >= 100, was " + bootstrapResamples);
		}
	}

	/** These settings with another scope. */
	public BacktestSettings withScope(BacktestScope newScope) {
		return new BacktestSettings(this.thresholds, this.horizonDays, this.strideDays, this.windowDays,
				this.minObservations, newScope, this.calibrationBins, this.logScoreClip, this.bootstrapResamples,
				this.seed);
	}

	/**
	 * Forecasts between two whose outcome windows no longer overlap:
	 * {@code ceil(horizonDays / strideDays)}. Losses of forecasts closer than this are
	 * correlated; the Diebold-Mariano lag is one less, and the bootstrap block is at
	 * least this long.
	 */
	public int overlapSteps() {
		return (this.horizonDays + this.strideDays - 1) / this.strideDays;
	}

}
