package io.lsdrisk.compute.peg;

import java.util.List;

/**
 * Backtest scores for one threshold over the scored forecasts. Brier and log scores are
 * losses: lower is better (see {@link ForecastScores}).
 *
 * @param threshold the peg threshold
 * @param events forecasts after which the threshold was reached
 * @param brierModel Brier score of the forecaster
 * @param brierPersistence Brier score of persistence (1 if the last known peg is at or
 * below the threshold, else 0)
 * @param brierNaiveAllHistory Brier score of the frequency over all earlier history
 * @param brierNaiveSameRegime Brier score of the frequency over the calibration window
 * @param logScoreModel log score of the forecaster
 * @param logScorePersistence log score of persistence
 * @param logScoreNaiveAllHistory log score of the all-history frequency
 * @param logScoreNaiveSameRegime log score of the same-regime frequency
 * @param brierSkillVsPersistence {@code 1 - brierModel / brierPersistence} (positive: the
 * model is better), null when persistence scores 0
 * @param brierModelInterval 95 % moving-block bootstrap interval of {@code brierModel},
 * null without forecasts
 * @param bootstrapBlockLength the bootstrap's block length, in forecasts
 * @param dieboldMarianoVsPersistence the Diebold-Mariano test of the model's squared
 * errors against persistence's (negative statistic: the model is better)
 * @param startsBelow scores of the forecasts that started at or below the threshold
 * @param startsAbove scores of the others
 * @param modelCalibration reliability table of the forecaster
 * @param naiveCalibration reliability table of the all-history frequency
 * @param forecasts every scored forecast, in date order
 */
public record ThresholdBacktest(double threshold, int events, double brierModel, double brierPersistence,
		double brierNaiveAllHistory, double brierNaiveSameRegime, double logScoreModel, double logScorePersistence,
		double logScoreNaiveAllHistory, double logScoreNaiveSameRegime, Double brierSkillVsPersistence,
		ForecastScores.Interval brierModelInterval, int bootstrapBlockLength,
		ForecastScores.DieboldMariano dieboldMarianoVsPersistence, Subset startsBelow, Subset startsAbove,
		List<CalibrationBin> modelCalibration, List<CalibrationBin> naiveCalibration,
		List<BacktestForecast> forecasts) {

	public ThresholdBacktest {
		modelCalibration = List.copyOf(modelCalibration);
		naiveCalibration = List.copyOf(naiveCalibration);
		forecasts = List.copyOf(forecasts);
	}

	/**
	 * Scores of a subset of the forecasts.
	 *
	 * @param forecasts forecasts in the subset
	 * @param events those after which the threshold was reached
	 * @param brierModel the forecaster's Brier score on them (null when empty)
	 * @param brierPersistence persistence's (null when empty)
	 */
	public record Subset(int forecasts, int events, Double brierModel, Double brierPersistence) {

	}

}
