package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.peg.BacktestForecast;
import io.lsdrisk.compute.peg.BacktestResult;
import io.lsdrisk.compute.peg.BacktestSettings;
import io.lsdrisk.compute.peg.CalibrationBin;
import io.lsdrisk.compute.peg.CalibrationSettings;
import io.lsdrisk.compute.peg.DepegBacktest;
import io.lsdrisk.compute.peg.ThresholdBacktest;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestEpisode;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestForecast;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestScore;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestSettings;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegCalibrationBin;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegEpisodeScore;

import org.springframework.stereotype.Service;

/**
 * Runs {@link DepegBacktest} on an asset's stored peg history with the settings of
 * {@code lsdrisk.depeg.backtest}, cached per asset until new pool states are committed.
 * The episodes reported: May 2022 (Terra/UST collapse), June 2022 (Celsius and Three
 * Arrows Capital, the deepest stETH discount), September 2022 (the Merge) and every
 * forecast after withdrawals opened.
 */
@Service
class DepegBacktestService {

	static final List<Episode> EPISODES_2022 = List.of(
			new Episode("May 2022: Terra/UST collapse", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)),
			new Episode("June 2022: Celsius and Three Arrows Capital", LocalDate.of(2022, 6, 1),
					LocalDate.of(2022, 6, 30)),
			new Episode("September 2022: the Merge", LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30)));

	private final AssetService assets;

	private final PoolStateService states;

	private final DepegCache cache;

	private final DepegProperties properties;

	DepegBacktestService(AssetService assets, PoolStateService states, DepegCache cache, DepegProperties properties) {
		this.assets = assets;
		this.states = states;
		this.cache = cache;
		this.properties = properties;
	}

	DepegBacktestResponse backtest(String symbol) {
		Asset asset = this.assets.find(symbol);
		return this.cache.get(asset.symbol(), "backtest", () -> run(asset));
	}

	private DepegBacktestResponse run(Asset asset) {
		DepegProperties.Backtest b = this.properties.backtest();
		double jumpSigmas = this.properties.calibration().jumpThresholdRobustSigmas();
		BacktestSettings settings;
		try {
			settings = new BacktestSettings(b.thresholds(), b.horizonDays(), b.strideDays(), b.windowDays(),
					b.minObservations(), b.paths(), b.seed(), new CalibrationSettings(jumpSigmas, null),
					b.calibrationBins());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("lsdrisk.depeg.backtest is inconsistent: " + ex.getMessage(), ex);
		}
		DepegBacktestSettings view = new DepegBacktestSettings(settings.thresholds(), settings.horizonDays(),
				settings.strideDays(), settings.windowDays(), settings.minObservations(), settings.paths(),
				settings.seed(), "DISCRETE", jumpSigmas, false);
		StoredPegHistory history = StoredPegHistory.load(this.states, asset);
		if (history == null) {
			return new DepegBacktestResponse(asset.symbol(), DepegService.INSUFFICIENT_HISTORY,
					"no stored state has a market price, so the peg (marketPriceEth / exchangeRate) is unknown", view,
					null, null, 0, asset.withdrawalsEnabledAt(), null, null, 0, List.of(), List.of());
		}
		BacktestResult result = DepegBacktest.run(history.series(), asset.withdrawalsEnabledAt(), settings);
		boolean none = result.forecastDates() == 0;
		List<DepegBacktestScore> scores = new ArrayList<>();
		for (ThresholdBacktest scored : result.thresholds()) {
			scores.add(new DepegBacktestScore(scored.threshold(), scored.forecasts().size(), scored.events(),
					scored.brierModel(), scored.brierNaiveAllHistory(), scored.brierNaiveSameRegime(),
					!none && scored.brierModel() < scored.brierNaiveAllHistory()
							&& scored.brierModel() < scored.brierNaiveSameRegime(),
					bins(scored.modelCalibration()), bins(scored.naiveCalibration())));
		}
		return new DepegBacktestResponse(asset.symbol(), none ? DepegService.INSUFFICIENT_HISTORY : "COMPLETED",
				none ? "no forecast date has " + settings.minObservations() + " earlier days of its regime and "
						+ settings.horizonDays() + " days of history after it" : null,
				view, history.series().firstDay(), history.series().lastDay(), history.observedAt().size(),
				asset.withdrawalsEnabledAt(), result.firstForecastDate(), result.lastForecastDate(),
				result.forecastDates(), scores, episodes(asset, result));
	}

	private static List<DepegBacktestEpisode> episodes(Asset asset, BacktestResult result) {
		List<Episode> episodes = new ArrayList<>(EPISODES_2022);
		if (asset.withdrawalsEnabledAt() != null && result.lastForecastDate() != null) {
			episodes.add(new Episode("Withdrawals open (from " + asset.withdrawalsEnabledAt() + ")",
					asset.withdrawalsEnabledAt(), result.lastForecastDate()));
		}
		List<DepegBacktestEpisode> views = new ArrayList<>();
		for (Episode episode : episodes) {
			List<DepegEpisodeScore> perThreshold = new ArrayList<>();
			for (ThresholdBacktest scored : result.thresholds()) {
				List<BacktestForecast> inside = scored.forecasts()
					.stream()
					.filter((f) -> !f.date().isBefore(episode.from()) && !f.date().isAfter(episode.to()))
					.toList();
				perThreshold.add(score(scored.threshold(), inside));
			}
			views.add(new DepegBacktestEpisode(episode.name(), episode.from(), episode.to(), perThreshold));
		}
		return views;
	}

	private static DepegEpisodeScore score(double threshold, List<BacktestForecast> forecasts) {
		int events = (int) forecasts.stream().filter(BacktestForecast::happened).count();
		List<DepegBacktestForecast> items = forecasts.stream()
			.map((f) -> new DepegBacktestForecast(f.date(), f.regime().name(), f.initialPeg(),
					DepegService.finite(f.halfLifeDays()), f.modelProbability(), f.naiveAllHistory(),
					f.naiveSameRegime(), f.happened()))
			.toList();
		if (forecasts.isEmpty()) {
			return new DepegEpisodeScore(threshold, 0, 0, null, null, null, null, items);
		}
		double n = forecasts.size();
		double meanModel = forecasts.stream().mapToDouble(BacktestForecast::modelProbability).sum() / n;
		double meanNaive = forecasts.stream().mapToDouble(BacktestForecast::naiveAllHistory).sum() / n;
		double brierModel = forecasts.stream()
			.mapToDouble((f) -> square(f.modelProbability() - (f.happened() ? 1 : 0)))
			.sum() / n;
		double brierNaive = forecasts.stream()
			.mapToDouble((f) -> square(f.naiveAllHistory() - (f.happened() ? 1 : 0)))
			.sum() / n;
		return new DepegEpisodeScore(threshold, forecasts.size(), events, meanModel, meanNaive, brierModel, brierNaive,
				items);
	}

	private static List<DepegCalibrationBin> bins(List<CalibrationBin> bins) {
		return bins.stream()
			.map((b) -> new DepegCalibrationBin(b.lower(), b.upper(), b.count(), b.meanPredicted(),
					b.observedFrequency()))
			.toList();
	}

	private static double square(double value) {
		return value * value;
	}

	/** A named span of forecast dates, both ends included. */
	record Episode(String name, LocalDate from, LocalDate to) {

	}

}
