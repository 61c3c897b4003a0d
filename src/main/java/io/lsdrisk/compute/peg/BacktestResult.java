package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of {@link DepegBacktest#run}.
 *
 * @param withdrawalsEnabledFrom the regime change used, or null
 * @param firstForecastDate the first date forecast (null when none)
 * @param lastForecastDate the last date forecast (null when none)
 * @param forecastDates number of dates forecast
 * @param thresholds scores per threshold, in the settings' order
 */
public record BacktestResult(LocalDate withdrawalsEnabledFrom, LocalDate firstForecastDate, LocalDate lastForecastDate,
		int forecastDates, List<ThresholdBacktest> thresholds) {

	public BacktestResult {
		thresholds = List.copyOf(thresholds);
	}

}
