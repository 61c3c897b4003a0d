package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.List;

import io.lsdrisk.compute.DataProvenance;
import org.jspecify.annotations.Nullable;

/**
 * The walk-forward backtest of the depeg model as served on an LSD's stored history: at
 * each forecast date the model, calibrated only on earlier days of the date's redemption
 * regime and simulated with the same regime logic, floor and event risk as {@code GET
 * /lsds/{symbol}/depeg}, forecasts P(the daily peg reaches the threshold within the
 * horizon); the forecasts are scored against what happened and against three baselines
 * that need no model.
 *
 * @param symbol the LSD
 * @param status {@code COMPLETED}; {@code INSUFFICIENT_HISTORY} (no date could be
 * forecast); or {@code INSUFFICIENT_REAL_DATA} (dates could be forecast, but none has a
 * wholly real outcome window under {@code provenance=REAL}); {@code reason} says why
 * @param reason why there are no scored forecasts, else null
 * @param provenance {@code REAL} (only forecasts whose whole outcome window is real data
 * are scored) or {@code ALL}
 * @param settings exactly what was run
 * @param historyFirstDay first day of the stored daily peg series
 * @param historyLastDay last day of it
 * @param statesUsed stored states (with a market price) behind the series
 * @param withdrawalsEnabledAt the regime change used, null if none
 * @param firstForecastDate first scored forecast date
 * @param lastForecastDate last scored forecast date
 * @param forecastDates number of scored forecast dates
 * @param excluded forecast dates left out, by reason
 * @param dataProvenance real and generated days from the history's first day to the last
 * scored outcome day (every day any scored forecast or its outcome used)
 * @param thresholds scores per threshold
 * @param ablation the same dates forecast by the bare calibrated diffusion (no redemption
 * floor, no event risk): what the floor and the event risk add
 * @param episodes the forecasts around named episodes
 */
record DepegBacktestResponse(String symbol, String status, @Nullable String reason, String provenance,
		DepegBacktestSettings settings, @Nullable LocalDate historyFirstDay, @Nullable LocalDate historyLastDay,
		int statesUsed, @Nullable LocalDate withdrawalsEnabledAt, @Nullable LocalDate firstForecastDate,
		@Nullable LocalDate lastForecastDate, int forecastDates, List<DepegBacktestExclusion> excluded,
		DataProvenance dataProvenance, List<DepegBacktestScore> thresholds, List<DepegAblationScore> ablation,
		List<DepegBacktestEpisode> episodes) {

	/**
	 * @param thresholds peg thresholds
	 * @param horizonDays forecast horizon, days
	 * @param strideDays days between forecast dates
	 * @param windowDays most days of the date's regime a calibration (and the same-regime
	 * frequency) uses
	 * @param minObservations fewest days of the regime before a forecast
	 * @param paths Monte Carlo paths per forecast
	 * @param seed base seed (a date's seed is derived from it and the date)
	 * @param monitoring {@code DISCRETE}: the model forecasts the daily peg, as the
	 * outcome is observed on daily values
	 * @param model the served model's settings, shared with {@code GET
	 * /lsds/{symbol}/depeg}
	 * @param logScoreClip probabilities are clipped to [clip, 1 - clip] in log scores
	 * @param bootstrapResamples moving-block bootstrap resamples of the Brier interval
	 * @param bootstrapLevel confidence level of that interval
	 */
	record DepegBacktestSettings(List<Double> thresholds, int horizonDays, int strideDays, int windowDays,
			int minObservations, int paths, long seed, String monitoring, DepegServedModel model, double logScoreClip,
			int bootstrapResamples, double bootstrapLevel) {

	}

	/**
	 * Forecast dates left out of the scores.
	 *
	 * @param reason {@code OUTCOME_NOT_REAL} (a day of the outcome window is generated
	 * data) or {@code NO_FORECAST} (the model could not be calibrated)
	 * @param forecastDates how many dates
	 * @param first the first such date
	 * @param last the last such date
	 * @param description the reason in words
	 */
	record DepegBacktestExclusion(String reason, int forecastDates, LocalDate first, LocalDate last,
			String description) {

	}

	/**
	 * Scores for one threshold; Brier and log scores are losses (lower is better; always
	 * forecasting 0.5 scores 0.25 and 0.693).
	 *
	 * @param threshold the peg threshold
	 * @param forecasts number of scored forecasts
	 * @param events forecasts after which the threshold was reached
	 * @param brierModel Brier score of the model
	 * @param brierPersistence Brier score of persistence: 1 if the last known peg is at
	 * or below the threshold, else 0
	 * @param brierNaiveAllHistory Brier score of the frequency over all earlier history
	 * @param brierNaiveSameRegime Brier score of the frequency over the calibration
	 * window
	 * @param logScoreModel log score of the model (probabilities clipped, see settings)
	 * @param logScorePersistence log score of persistence
	 * @param logScoreNaiveAllHistory log score of the all-history frequency
	 * @param logScoreNaiveSameRegime log score of the same-regime frequency
	 * @param brierSkillVsPersistence {@code 1 - brierModel / brierPersistence}: positive
	 * when the model beats persistence; null when persistence scores 0
	 * @param brierModelInterval 95 % moving-block bootstrap interval of brierModel, null
	 * without forecasts
	 * @param dieboldMarianoVsPersistence the Diebold-Mariano test of the model's squared
	 * errors against persistence's
	 * @param startsBelow the forecasts that started with the peg already at or below the
	 * threshold (the easy ones)
	 * @param startsAbove the others
	 * @param modelBeatsBaselines whether brierModel is below all three baselines
	 * @param modelCalibration reliability table of the model
	 * @param naiveCalibration reliability table of the all-history frequency
	 */
	record DepegBacktestScore(double threshold, int forecasts, int events, double brierModel, double brierPersistence,
			double brierNaiveAllHistory, double brierNaiveSameRegime, double logScoreModel, double logScorePersistence,
			double logScoreNaiveAllHistory, double logScoreNaiveSameRegime, @Nullable Double brierSkillVsPersistence,
			@Nullable DepegBrierInterval brierModelInterval, DepegDieboldMariano dieboldMarianoVsPersistence,
			DepegForecastSubset startsBelow, DepegForecastSubset startsAbove, boolean modelBeatsBaselines,
			List<DepegCalibrationBin> modelCalibration, List<DepegCalibrationBin> naiveCalibration) {

	}

	/**
	 * @param lower 2.5 % quantile of the resampled Brier scores
	 * @param upper 97.5 % quantile
	 * @param blockLength forecasts per bootstrap block: at least the forecasts whose
	 * outcome windows overlap (ceil(horizonDays / strideDays))
	 */
	record DepegBrierInterval(double lower, double upper, int blockLength) {

	}

	/**
	 * @param statistic the DM statistic, asymptotically standard normal under equal
	 * expected loss (negative: the model has the lower squared error); null when the loss
	 * differences have no variance
	 * @param pValue its two-sided p-value, null with the statistic
	 * @param meanLossDifference mean of (model squared error - persistence squared error)
	 * @param lag Newey-West lags of the HAC variance: ceil(horizonDays / strideDays) - 1
	 */
	record DepegDieboldMariano(@Nullable Double statistic, @Nullable Double pValue, double meanLossDifference,
			int lag) {

	}

	/**
	 * @param forecasts forecasts in the subset
	 * @param events those followed by the event
	 * @param brierModel the model's Brier score on them, null when empty
	 * @param brierPersistence persistence's, null when empty
	 */
	record DepegForecastSubset(int forecasts, int events, @Nullable Double brierModel,
			@Nullable Double brierPersistence) {

	}

	/**
	 * @param threshold the peg threshold
	 * @param forecasts forecasts scored
	 * @param brierModel Brier score of the bare diffusion
	 * @param logScoreModel its log score
	 */
	record DepegAblationScore(double threshold, int forecasts, double brierModel, double logScoreModel) {

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
	 * @param forecasts scored forecasts in the episode
	 * @param events those followed by the event
	 * @param meanModelProbability mean model forecast (null without forecasts)
	 * @param meanNaiveAllHistory mean all-history frequency (null without forecasts)
	 * @param brierModel Brier score of the model in the episode (null without forecasts)
	 * @param brierPersistence Brier score of persistence (null without forecasts)
	 * @param brierNaiveAllHistory Brier score of the all-history frequency (null without
	 * forecasts)
	 * @param items the forecasts in date order
	 */
	record DepegEpisodeScore(double threshold, int forecasts, int events, @Nullable Double meanModelProbability,
			@Nullable Double meanNaiveAllHistory, @Nullable Double brierModel, @Nullable Double brierPersistence,
			@Nullable Double brierNaiveAllHistory, List<DepegBacktestForecast> items) {

	}

	/**
	 * @param date forecast date; the horizon covers it and the following days
	 * @param regime redemption regime of the date
	 * @param initialPeg the peg of the day before
	 * @param halfLifeDays half-life of the model calibrated for the date, null when
	 * infinite
	 * @param modelProbability the model's forecast
	 * @param persistence the persistence forecast (0 or 1)
	 * @param naiveAllHistory the all-history frequency
	 * @param naiveSameRegime the frequency over the calibration window
	 * @param happened whether the daily peg reached the threshold within the horizon
	 * @param outcomeReal whether every outcome day is real data
	 */
	record DepegBacktestForecast(LocalDate date, String regime, double initialPeg, @Nullable Double halfLifeDays,
			double modelProbability, double persistence, double naiveAllHistory, double naiveSameRegime,
			boolean happened, boolean outcomeReal) {

	}

}
