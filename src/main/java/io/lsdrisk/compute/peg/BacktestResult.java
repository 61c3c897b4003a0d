package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of {@link DepegBacktest#run}.
 *
 * @param withdrawalsEnabledFrom the regime change used, or null
 * @param scope which forecasts were scored
 * @param firstForecastDate the first date scored (null when none)
 * @param lastForecastDate the last date scored (null when none)
 * @param forecastDates number of dates scored
 * @param excluded dates forecast but not scored, by reason
 * @param thresholds scores per threshold, in the settings' order
 */
public record BacktestResult(LocalDate withdrawalsEnabledFrom, BacktestScope scope, LocalDate firstForecastDate,
		LocalDate lastForecastDate, int forecastDates, List<Exclusion> excluded, List<ThresholdBacktest> thresholds) {

	public BacktestResult {
		excluded = List.copyOf(excluded);
		thresholds = List.copyOf(thresholds);
	}

	/** Why a forecast was not scored. */
	public enum ExclusionReason {

		/**
		 * A day of the outcome window is generated data ({@link BacktestScope#REAL}
		 * only).
		 */
		OUTCOME_NOT_REAL,

		/**
		 * The forecaster gave no forecast (for example, too few days of the date's regime
		 * to calibrate on).
		 */
		NO_FORECAST

	}

	/**
	 * Forecast dates left out for one reason.
	 *
	 * @param reason why
	 * @param dates how many dates
	 * @param first the first such date
	 * @param last the last such date
	 */
	public record Exclusion(ExclusionReason reason, int dates, LocalDate first, LocalDate last) {

	}

}
