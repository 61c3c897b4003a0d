package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.compute.Arguments;
import io.lsdrisk.compute.Provenance;

/**
 * Walk-forward backtest of a depeg forecaster on a daily history: what it said, from data
 * before each date only, about the next {@code horizonDays}, against what happened, and
 * against three baselines that need no model.
 * <p>
 * For every forecast date d (every {@code strideDays} from the first date with
 * {@code minObservations} days of its regime, to the last date whose horizon the history
 * covers):
 * <ol>
 * <li>the forecaster is handed the series up to d - 1 and nothing later, so no forecast
 * can look ahead;</li>
 * <li>the outcome: whether the daily peg of days d .. d+H-1 reached the threshold;</li>
 * <li>the baselines: persistence (1 if the peg of d - 1 is at or below the threshold,
 * else 0), and the share of complete H-day windows before d in which the peg reached the
 * threshold, over all history and over the date's calibration window;</li>
 * <li>under {@link BacktestScope#REAL} the date is scored only if every outcome day is
 * real data; the others are counted in {@link BacktestResult#excluded()}.</li>
 * </ol>
 * Losses of forecasts less than {@link BacktestSettings#overlapSteps()} apart share
 * outcome days, so the Brier interval is a moving-block bootstrap with blocks at least
 * that long, and the Diebold-Mariano variance takes that many minus one Newey-West lags.
 */
public final class DepegBacktest {

	private DepegBacktest() {
	}

	/**
	 * Runs the backtest.
	 * @param series daily history
	 * @param provenance the provenance of each day of {@code series} (same length), or
	 * null when every day is real
	 * @param withdrawalsEnabledFrom first day of the open redemption regime, or null
	 * @param settings dates, baselines, scope and tests
	 * @param forecaster the forecaster scored
	 * @return scores and every scored forecast per threshold
	 */
	public static BacktestResult run(DailyPegSeries series, Provenance[] provenance, LocalDate withdrawalsEnabledFrom,
			BacktestSettings settings, DepegForecaster forecaster) {
		Arguments.notNull("series", series);
		Arguments.notNull("settings", settings);
		Arguments.notNull("forecaster", forecaster);
		if (provenance != null && provenance.length != series.size()) {
			throw new IllegalArgumentException("provenance must have one entry per day of the series");
		}
		int thresholdCount = settings.thresholds().size();
		List<List<BacktestForecast>> byThreshold = new ArrayList<>();
		for (int k = 0; k < thresholdCount; k++) {
			byThreshold.add(new ArrayList<>());
		}
		Map<BacktestResult.ExclusionReason, List<LocalDate>> excluded = new EnumMap<>(
				BacktestResult.ExclusionReason.class);
		LocalDate first = null;
		LocalDate last = null;
		int dates = 0;
		int lastStart = series.size() - settings.horizonDays();
		for (int index = settings.minObservations(); index <= lastStart; index += settings.strideDays()) {
			LocalDate date = series.day(index);
			DailyPegSeries window = RegimeSplit.window(series, withdrawalsEnabledFrom, date, settings.windowDays());
			if (window == null || window.size() < settings.minObservations()) {
				continue;
			}
			boolean outcomeReal = allReal(provenance, index, index + settings.horizonDays());
			if (settings.scope() == BacktestScope.REAL && !outcomeReal) {
				excluded.computeIfAbsent(BacktestResult.ExclusionReason.OUTCOME_NOT_REAL, (r) -> new ArrayList<>())
					.add(date);
				continue;
			}
			List<BacktestForecast> forecasts = forecast(series, withdrawalsEnabledFrom, date, settings, forecaster,
					outcomeReal);
			if (forecasts.isEmpty()) {
				excluded.computeIfAbsent(BacktestResult.ExclusionReason.NO_FORECAST, (r) -> new ArrayList<>())
					.add(date);
				continue;
			}
			for (int k = 0; k < thresholdCount; k++) {
				byThreshold.get(k).add(forecasts.get(k));
			}
			first = (first == null) ? date : first;
			last = date;
			dates++;
		}
		List<ThresholdBacktest> scores = new ArrayList<>();
		for (int k = 0; k < thresholdCount; k++) {
			scores.add(score(settings.thresholds().get(k), byThreshold.get(k), settings));
		}
		List<BacktestResult.Exclusion> exclusions = new ArrayList<>();
		excluded.forEach((reason, days) -> exclusions
			.add(new BacktestResult.Exclusion(reason, days.size(), days.get(0), days.get(days.size() - 1))));
		return new BacktestResult(withdrawalsEnabledFrom, settings.scope(), first, last, dates, exclusions, scores);
	}

	/**
	 * The forecasts for one date, one per threshold, or none when the forecaster gives
	 * none or the history does not cover the horizon. The forecaster sees only the days
	 * before {@code date}.
	 */
	public static List<BacktestForecast> forecast(DailyPegSeries series, LocalDate withdrawalsEnabledFrom,
			LocalDate date, BacktestSettings settings, DepegForecaster forecaster, boolean outcomeReal) {
		Arguments.notNull("series", series);
		Arguments.notNull("date", date);
		int index = series.indexOf(date);
		int horizon = settings.horizonDays();
		if (index < 1 || index + horizon > series.size()) {
			return List.of();
		}
		double[] thresholds = settings.thresholds().stream().mapToDouble(Double::doubleValue).toArray();
		DailyPegSeries past = series.between(series.firstDay(), date);
		DepegForecaster.Forecast forecast = forecaster.forecast(past, date, thresholds, horizon);
		if (forecast == null) {
			return List.of();
		}
		DailyPegSeries window = RegimeSplit.window(series, withdrawalsEnabledFrom, date, settings.windowDays());
		int windowStart = series.indexOf(window.firstDay());
		double initialPeg = series.peg(index - 1);
		RedemptionRegime regime = RedemptionRegime.on(date, withdrawalsEnabledFrom);
		List<BacktestForecast> forecasts = new ArrayList<>();
		for (int k = 0; k < thresholds.length; k++) {
			double threshold = thresholds[k];
			boolean happened = minimum(series, index, index + horizon) <= threshold;
			forecasts.add(new BacktestForecast(date, regime, threshold, initialPeg, forecast.halfLifeDays(),
					forecast.probability(k), (initialPeg <= threshold) ? 1 : 0,
					eventFrequency(series, 0, index, horizon, threshold),
					eventFrequency(series, windowStart, index, horizon, threshold), happened, outcomeReal));
		}
		return forecasts;
	}

	private static boolean allReal(Provenance[] provenance, int from, int to) {
		if (provenance == null) {
			return true;
		}
		for (int i = from; i < to; i++) {
			if (provenance[i] != Provenance.REAL) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Share of the H-day windows inside days [from, to) in which the peg reached the
	 * threshold; 0 when there is no complete window.
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

	static ThresholdBacktest score(double threshold, List<BacktestForecast> forecasts, BacktestSettings settings) {
		int n = forecasts.size();
		boolean[] outcomes = new boolean[n];
		double[] model = new double[n];
		double[] persistence = new double[n];
		double[] naiveAll = new double[n];
		double[] naiveRegime = new double[n];
		int events = 0;
		for (int i = 0; i < n; i++) {
			BacktestForecast forecast = forecasts.get(i);
			outcomes[i] = forecast.happened();
			model[i] = forecast.modelProbability();
			persistence[i] = forecast.persistence();
			naiveAll[i] = forecast.naiveAllHistory();
			naiveRegime[i] = forecast.naiveSameRegime();
			events += forecast.happened() ? 1 : 0;
		}
		double clip = settings.logScoreClip();
		double[] modelLosses = ForecastScores.squaredErrors(model, outcomes);
		double[] persistenceLosses = ForecastScores.squaredErrors(persistence, outcomes);
		double brierModel = ForecastScores.mean(modelLosses);
		double brierPersistence = ForecastScores.mean(persistenceLosses);
		int overlap = settings.overlapSteps();
		int block = Math.max(1, Math.min(n, Math.max(overlap, (int) Math.ceil(Math.cbrt(n)))));
		ForecastScores.Interval interval = (n == 0) ? null : ForecastScores.blockBootstrapMean(modelLosses, block,
				settings.bootstrapResamples(), settings.seed() ^ Double.doubleToLongBits(threshold), 0.95);
		return new ThresholdBacktest(threshold, events, brierModel, brierPersistence,
				ForecastScores.brier(naiveAll, outcomes), ForecastScores.brier(naiveRegime, outcomes),
				ForecastScores.logScore(model, outcomes, clip), ForecastScores.logScore(persistence, outcomes, clip),
				ForecastScores.logScore(naiveAll, outcomes, clip), ForecastScores.logScore(naiveRegime, outcomes, clip),
				(brierPersistence > 0) ? 1 - brierModel / brierPersistence : null, interval, block,
				ForecastScores.dieboldMariano(modelLosses, persistenceLosses, overlap - 1), subset(forecasts, true),
				subset(forecasts, false), reliability(forecasts, settings.calibrationBins(), true),
				reliability(forecasts, settings.calibrationBins(), false), forecasts);
	}

	private static ThresholdBacktest.Subset subset(List<BacktestForecast> forecasts, boolean startsBelow) {
		List<BacktestForecast> inside = forecasts.stream().filter((f) -> f.startsBelow() == startsBelow).toList();
		if (inside.isEmpty()) {
			return new ThresholdBacktest.Subset(0, 0, null, null);
		}
		int n = inside.size();
		boolean[] outcomes = new boolean[n];
		double[] model = new double[n];
		double[] persistence = new double[n];
		int events = 0;
		for (int i = 0; i < n; i++) {
			outcomes[i] = inside.get(i).happened();
			model[i] = inside.get(i).modelProbability();
			persistence[i] = inside.get(i).persistence();
			events += outcomes[i] ? 1 : 0;
		}
		return new ThresholdBacktest.Subset(n, events, ForecastScores.brier(model, outcomes),
				ForecastScores.brier(persistence, outcomes));
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

}
