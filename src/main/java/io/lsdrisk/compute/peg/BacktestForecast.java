package io.lsdrisk.compute.peg;

import java.time.LocalDate;

/**
 * One forecast of the backtest, made at the start of {@code date} from data of earlier
 * days.
 *
 * @param date the forecast date (UTC); the horizon covers this day and the following ones
 * @param regime the redemption regime of the date
 * @param threshold the peg threshold
 * @param initialPeg the peg of the day before (the last one known)
 * @param halfLifeDays half-life of the model the forecaster used, in days
 * @param modelProbability the forecaster's P(min daily peg over the horizon <= threshold)
 * @param persistence the persistence forecast: 1 when {@code initialPeg <= threshold},
 * else 0
 * @param naiveAllHistory share of earlier complete horizons, over all history, in which
 * the peg reached the threshold
 * @param naiveSameRegime the same share over the date's calibration window (same regime)
 * @param happened whether the daily peg reached the threshold within the horizon
 * @param outcomeReal whether every day of the outcome window is real data
 */
public record BacktestForecast(LocalDate date, RedemptionRegime regime, double threshold, double initialPeg,
		double halfLifeDays, double modelProbability, double persistence, double naiveAllHistory,
		double naiveSameRegime, boolean happened, boolean outcomeReal) {

	/** Whether the forecast started with the peg already at or below the threshold. */
	public boolean startsBelow() {
		return this.initialPeg <= this.threshold;
	}

}
