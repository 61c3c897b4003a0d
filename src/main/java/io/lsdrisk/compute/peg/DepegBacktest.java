package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward backtest of the depeg probability on a daily history: what the model,
 * calibrated only on data before each date, said about the next {@code horizonDays},
 * against what happened, scored against the naive historical frequency.
 * <p>
 * For every forecast date d (every {@code strideDays} from the first date with
 * {@code minObservations} days of its regime, to the last date whose horizon the history
 * covers):
 * <ol>
 * <li>calibrate on the last {@code windowDays} days before d of d's redemption regime
 * ({@link RegimeSplit});</li>
 * <li>start from the peg of day d-1 and estimate, by Monte Carlo with
 * {@link Monitoring#DISCRETE daily monitoring}, the probability that the daily peg of
 * days d .. d+H-1 reaches each threshold (daily monitoring, because the outcome is
 * observed on daily values; the continuous-time probability would be higher by
 * construction);</li>
 * <li>compare with the outcome and with two naive forecasts: the share of complete H-day
 * windows before d (all history, and within the calibration window) in which the peg
 * reached the threshold.</li>
 * </ol>
 * A forecast depends on nothing after d - 1: not on later data (the tests alter it) and
 * not on other dates (the seed of a date is derived from the base seed and the date).
 */
public final class DepegBacktest {

	private DepegBacktest() {
	}

	/**
	 * Runs the backtest.
	 * @param series daily history
	 * @param withdrawalsEnabledFrom first day of the open redemption regime, or null
	 * @param settings thresholds, horizon, windows, paths and seed
	 * @return scores and every forecast per threshold
	 */
	public static BacktestResult run(DailyPegSeries series, LocalDate withdrawalsEnabledFrom,
			BacktestSettings settings) {
		Arguments.notNull("series", series);
		Arguments.notNull("settings", settings);
		int thresholdCount = settings.thresholds().size();
		List<List<BacktestForecast>> byThreshold = new ArrayList<>();
		for (int k = 0; k < thresholdCount; k++) {
			byThreshold.add(new ArrayList<>());
		}
		LocalDate first = null;
		LocalDate last = null;
		int dates = 0;
		int lastStart = series.size() - settings.horizonDays();
		for (int index = settings.minObservations(); index <= lastStart; index += settings.strideDays()) {
			List<BacktestForecast> forecasts = forecast(series, withdrawalsEnabledFrom, series.day(index), settings);
			if (forecasts.isEmpty()) {
				continue;
			}
			for (int k = 0; k < thresholdCount; k++) {
				byThreshold.get(k).add(forecasts.get(k));
			}
			first = (first == null) ? series.day(index) : first;
			last = series.day(index);
			dates++;
		}
		List<ThresholdBacktest> scores = new ArrayList<>();
		for (int k = 0; k < thresholdCount; k++) {
			scores.add(score(settings.thresholds().get(k), byThreshold.get(k), settings.calibrationBins()));
		}
		return new BacktestResult(withdrawalsEnabledFrom, first, last, dates, scores);
	}

	/**
	 * The forecasts for one date, one per threshold, or none when the date's regime has
	 * fewer than {@code minObservations} earlier days or the history does not cover the
	 * horizon.
	 */
	public static List<BacktestForecast> forecast(DailyPegSeries series, LocalDate withdrawalsEnabledFrom,
			LocalDate date, BacktestSettings settings) {
		Arguments.notNull("series", series);
		Arguments.notNull("date", date);
		Arguments.notNull("settings", settings);
		int index = series.indexOf(date);
		int horizon = settings.horizonDays();
		if (index < 1 || index + horizon > series.size()) {
			return List.of();
		}
		DailyPegSeries window = RegimeSplit.window(series, withdrawalsEnabledFrom, date, settings.windowDays());
		if (window == null || window.size() < settings.minObservations()) {
			return List.of();
		}
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(window, settings.calibration());
		double initialPeg = series.peg(index - 1);
		double[] thresholds = settings.thresholds().stream().mapToDouble(Double::doubleValue).toArray();
		long seed = settings.seed() ^ (date.toEpochDay() * 0x9E3779B97F4A7C15L);
		DepegSimulationSettings simulation = DepegSimulationSettings.DEFAULT.withMonitoring(Monitoring.DISCRETE);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(calibration.model(), initialPeg, thresholds,
				new double[] { horizon }, settings.paths(), seed, simulation);
		int windowStart = series.indexOf(window.firstDay());
		RedemptionRegime regime = RedemptionRegime.on(date, withdrawalsEnabledFrom);
		List<BacktestForecast> forecasts = new ArrayList<>();
		for (int k = 0; k < thresholds.length; k++) {
			double threshold = thresholds[k];
			boolean happened = minimum(series, index, index + horizon) <= threshold;
			forecasts.add(new BacktestForecast(date, regime, threshold, initialPeg, calibration.halfLifeDays(),
					estimates.get(k).probability(), eventFrequency(series, 0, index, horizon, threshold),
					eventFrequency(series, windowStart, index, horizon, threshold), happened));
		}
		return forecasts;
	}

	/**
	 * Share of the H-day windows inside days [from, to) in which the peg reached the
	 * threshold; the caller guarantees at least one window.
	 */
	private static double eventFrequency(DailyPegSeries series, int from, int to, int horizon, double threshold) {
		int windows = 0;
		int events = 0;
		for (int start = from; start + horizon <= to; start++) {
			windows++;
			if (minimum(series, start, start + horizon) <= threshold) {
				events++;
			}
		}
		return (windows == 0) ? 0 : (double) events / windows;
	}

	private static double minimum(DailyPegSeries series, int from, int to) {
		double minimum = Double.POSITIVE_INFINITY;
		for (int i = from; i < to; i++) {
			minimum = Math.min(minimum, series.peg(i));
		}
		return minimum;
	}

	private static ThresholdBacktest score(double threshold, List<BacktestForecast> forecasts, int bins) {
		double model = 0;
		double naiveAll = 0;
		double naiveRegime = 0;
		int events = 0;
		for (BacktestForecast forecast : forecasts) {
			double outcome = forecast.happened() ? 1 : 0;
			model += square(forecast.modelProbability() - outcome);
			naiveAll += square(forecast.naiveAllHistory() - outcome);
			naiveRegime += square(forecast.naiveSameRegime() - outcome);
			events += forecast.happened() ? 1 : 0;
		}
		int n = Math.max(1, forecasts.size());
		return new ThresholdBacktest(threshold, model / n, naiveAll / n, naiveRegime / n, events,
				reliability(forecasts, bins, true), reliability(forecasts, bins, false), forecasts);
	}

	private static List<CalibrationBin> reliability(List<BacktestForecast> forecasts, int bins, boolean model) {
		int[] count = new int[bins];
		double[] predicted = new double[bins];
		int[] happened = new int[bins];
		for (BacktestForecast forecast : forecasts) {
			double probability = model ? forecast.modelProbability() : forecast.naiveAllHistory();
			int bin = Math.min(bins - 1, (int) Math.floor(probability * bins));
			count[bin]++;
			predicted[bin] += probability;
			happened[bin] += forecast.happened() ? 1 : 0;
		}
		List<CalibrationBin> table = new ArrayList<>();
		for (int bin = 0; bin < bins; bin++) {
			double meanPredicted = (count[bin] == 0) ? 0 : predicted[bin] / count[bin];
			double frequency = (count[bin] == 0) ? 0 : (double) happened[bin] / count[bin];
			table.add(new CalibrationBin((double) bin / bins, (double) (bin + 1) / bins, count[bin], meanPredicted,
					frequency));
		}
		return table;
	}

	private static double square(double value) {
		return value * value;
	}

}
