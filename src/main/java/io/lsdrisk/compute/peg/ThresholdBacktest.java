package io.lsdrisk.compute.peg;

import java.util.List;

/**
 * Backtest scores for one threshold. A Brier score is the mean of
 * {@code (predicted - outcome)^2}, outcome 0 or 1: 0 is perfect, lower is better, and
 * always predicting 0.5 scores 0.25.
 *
 * @param threshold the peg threshold
 * @param brierModel Brier score of the regime-aware model
 * @param brierNaiveAllHistory Brier score of the historical frequency over all earlier
 * data
 * @param brierNaiveSameRegime Brier score of the historical frequency over the
 * calibration window
 * @param events forecasts after which the threshold was reached
 * @param modelCalibration reliability table of the model
 * @param naiveCalibration reliability table of the all-history frequency
 * @param forecasts every forecast, in date order
 */
public record ThresholdBacktest(double threshold, double brierModel, double brierNaiveAllHistory,
		double brierNaiveSameRegime, int events, List<CalibrationBin> modelCalibration,
		List<CalibrationBin> naiveCalibration, List<BacktestForecast> forecasts) {

	public ThresholdBacktest {
		modelCalibration = List.copyOf(modelCalibration);
		naiveCalibration = List.copyOf(naiveCalibration);
		forecasts = List.copyOf(forecasts);
	}

}
