package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The walk-forward backtest of the depeg model on an LSD's stored history: at each
 * forecast date the model, calibrated only on earlier days of the date's redemption
 * regime, forecasts P(the daily peg reaches the threshold within the horizon); the
 * forecasts are scored against what happened and against the naive historical frequency.
 *
 * @param symbol the LSD
 * @param status {@code COMPLETED}, or {@code INSUFFICIENT_HISTORY} (no forecast could be
 * made; {@code reason} says why)
 * @param reason why there are no forecasts, else null
 * @param settings the settings used
 * @param historyFirstDay first day of the stored daily peg series
 * @param historyLastDay last day of it
 * @param statesUsed stored states (with a market price) behind the series
 * @param withdrawalsEnabledAt the regime change used, null if none
 * @param firstForecastDate first forecast date
 * @param lastForecastDate last forecast date
 * @param forecastDates number of forecast dates
 * @param thresholds scores per threshold
 * @param episodes the forecasts around named episodes
 */
record DepegBacktestResponse(String symbol, String status, @Nullable String reason, DepegBacktestSettings settings,
		@Nullable LocalDate historyFirstDay, @Nullable LocalDate historyLastDay, int statesUsed,
		@Nullable LocalDate withdrawalsEnabledAt, @Nullable LocalDate firstForecastDate,
		@Nullable LocalDate lastForecastDate, int forecastDates, List<DepegBacktestScore> thresholds,
		List<DepegBacktestEpisode> episodes) {

	/**
	 * @param thresholds peg thresholds
	 * @param horizonDays forecast horizon, days
	 * @param strideDays days between forecast dates
	 * @param windowDays most days of the regime a forecast calibrates on
	 * @param minObservations fewest days of the regime before a forecast
	 * @param paths Monte Carlo paths per forecast
	 * @param seed base seed (a date's seed is derived from it and the date)
	 * @param monitoring {@code DISCRETE}: the model forecasts the daily peg, as the
	 * outcome is observed on daily values
	 * @param jumpThresholdRobustSigmas jump detection threshold of the calibrations
	 * @param eventRisk whether protocol event risk was added (no: the backtest scores the
	 * calibrated market model)
	 */
	record DepegBacktestSettings(List<Double> thresholds, int horizonDays, int strideDays, int windowDays,
			int minObservations, int paths, long seed, String monitoring, double jumpThresholdRobustSigmas,
			boolean eventRisk) {

	}

	/**
	 * Scores for one threshold. A Brier score is the mean of (forecast - outcome)^2: 0 is
	 * perfect, always forecasting 0.5 scores 0.25.
	 *
	 * @param threshold the peg threshold
	 * @param forecasts number of forecasts
	 * @param events forecasts after which the threshold was reached
	 * @param brierModel Brier score of the model
	 * @param brierNaiveAllHistory Brier score of the frequency over all earlier history
	 * @param brierNaiveSameRegime Brier score of the frequency over the calibration
	 * window
	 * @param modelBeatsNaive whether the model's Brier score is below both naive ones
	 * @param modelCalibration reliability table of the model
	 * @param naiveCalibration reliability table of the all-history frequency
	 */
	record DepegBacktestScore(double threshold, int forecasts, int events, double brierModel,
			double brierNaiveAllHistory, double brierNaiveSameRegime, boolean modelBeatsNaive,
			List<DepegCalibrationBin> modelCalibration, List<DepegCalibrationBin> naiveCalibration) {

	}

	/**
	 * Forecasts whose probability fell in {@code [lower, upper)} (the last bin includes
	 * 1).
	 *
	 * @param lower lower edge
	 * @param upper upper edge
	 * @param count forecasts in the bin
	 * @param meanPredicted their mean forecast (0 when empty)
	 * @param observedFrequency share of them followed by the event (0 when empty)
	 */
	record DepegCalibrationBin(double lower, double upper, int count, double meanPredicted, double observedFrequency) {

	}

	/**
	 * @param name the episode
	 * @param from first forecast date of it
	 * @param to last forecast date of it
	 * @param thresholds its forecasts and their scores per threshold
	 */
	record DepegBacktestEpisode(String name, LocalDate from, LocalDate to, List<DepegEpisodeScore> thresholds) {

	}

	/**
	 * @param threshold the peg threshold
	 * @param forecasts forecasts in the episode
	 * @param events those followed by the event
	 * @param meanModelProbability mean model forecast
	 * @param meanNaiveAllHistory mean all-history frequency
	 * @param brierModel Brier score of the model in the episode (null without forecasts)
	 * @param brierNaiveAllHistory Brier score of the all-history frequency (null without
	 * forecasts)
	 * @param items the forecasts in date order
	 */
	record DepegEpisodeScore(double threshold, int forecasts, int events, @Nullable Double meanModelProbability,
			@Nullable Double meanNaiveAllHistory, @Nullable Double brierModel, @Nullable Double brierNaiveAllHistory,
			List<DepegBacktestForecast> items) {

	}

	/**
	 * @param date forecast date; the horizon covers it and the following days
	 * @param regime redemption regime of the date
	 * @param initialPeg the peg of the day before
	 * @param halfLifeDays half-life of the model calibrated for the date, null when
	 * infinite
	 * @param modelProbability the model's forecast
	 * @param naiveAllHistory the all-history frequency
	 * @param naiveSameRegime the frequency over the calibration window
	 * @param happened whether the daily peg reached the threshold within the horizon
	 */
	record DepegBacktestForecast(LocalDate date, String regime, double initialPeg, @Nullable Double halfLifeDays,
			double modelProbability, double naiveAllHistory, double naiveSameRegime, boolean happened) {

	}

}
