package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.peg.BacktestForecast;
import io.lsdrisk.compute.peg.BacktestResult;
import io.lsdrisk.compute.peg.BacktestScope;
import io.lsdrisk.compute.peg.BacktestSettings;
import io.lsdrisk.compute.peg.CalibratedForecaster;
import io.lsdrisk.compute.peg.CalibrationBin;
import io.lsdrisk.compute.peg.DepegBacktest;
import io.lsdrisk.compute.peg.ForecastScores;
import io.lsdrisk.compute.peg.ThresholdBacktest;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegAblationScore;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestEpisode;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestExclusion;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestForecast;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestScore;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBacktestSettings;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegBrierInterval;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegCalibrationBin;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegDieboldMariano;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegEpisodeScore;
import io.lsdrisk.depeg.DepegBacktestResponse.DepegForecastSubset;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;

/**
 * Runs {@link DepegBacktest} on an asset's stored peg history with the served model
 * ({@link ServedDepegModel}) and the settings of {@code lsdrisk.depeg.backtest}, cached
 * per asset, scope and thresholds until new pool states are committed. By default only
 * forecasts whose whole outcome window is real data are scored. The episodes reported:
 * May 2022 (Terra/UST collapse), June 2022 (Celsius and Three Arrows Capital, the deepest
 * stETH discount), November 2022 (FTX), and every forecast after withdrawals opened.
 */
@Service
class DepegBacktestService {

	static final String INSUFFICIENT_REAL_DATA = "INSUFFICIENT_REAL_DATA";

	static final List<Episode> EPISODES_2022 = List.of(
			new Episode("May 2022: Terra/UST collapse", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)),
			new Episode("June 2022: Celsius and Three Arrows Capital", LocalDate.of(2022, 6, 1),
					LocalDate.of(2022, 6, 30)),
			new Episode("November 2022: FTX", LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 30)));

	/** At most this many thresholds a request. */
	static final int MAX_THRESHOLDS = 10;

	private final AssetService assets;

	private final PoolStateService states;

	private final DepegCache cache;

	private final DepegProperties properties;

	private final ServedDepegModel served;

	DepegBacktestService(AssetService assets, PoolStateService states, DepegCache cache, DepegProperties properties,
			ServedDepegModel served) {
		this.assets = assets;
		this.states = states;
		this.cache = cache;
		this.properties = properties;
		this.served = served;
	}

	DepegBacktestResponse backtest(String symbol, String provenance, List<Double> thresholds) {
		BacktestScope scope = scope(provenance);
		List<Double> chosen = thresholds(thresholds);
		Asset asset = this.assets.find(symbol);
		return this.cache.get(asset.symbol(), List.of("backtest", scope, chosen), () -> run(asset, scope, chosen));
	}

	static BacktestScope scope(String provenance) {
		if (provenance == null || provenance.isBlank()) {
			return BacktestScope.REAL;
		}
		try {
			return BacktestScope.valueOf(provenance.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("provenance", "must be REAL or ALL, was '" + provenance + "'");
		}
	}

	private List<Double> thresholds(List<Double> thresholds) {
		if (thresholds == null || thresholds.isEmpty()) {
			return this.properties.backtest().thresholds();
		}
		if (thresholds.size() > MAX_THRESHOLDS) {
			throw InvalidRequestException.of("thresholds",
					"at most " + MAX_THRESHOLDS + " thresholds, was " + thresholds.size());
		}
		for (Double threshold : thresholds) {
			if (threshold == null || !(threshold > 0 && threshold <= 1)) {
				throw InvalidRequestException.of("thresholds", "each must be in (0, 1], was " + threshold);
			}
		}
		return List.copyOf(thresholds);
	}

	private BacktestSettings settings(BacktestScope scope, List<Double> thresholds) {
		DepegProperties.Backtest b = this.properties.backtest();
		try {
			return new BacktestSettings(thresholds, b.horizonDays(), b.strideDays(), this.served.windowDays(),
					Math.max(b.minObservations(), this.served.minObservations()), scope, b.calibrationBins(),
					b.logScoreClip(), b.bootstrapResamples(), b.seed());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("lsdrisk.depeg.backtest is inconsistent: " + ex.getMessage(), ex);
		}
	}

	private DepegBacktestResponse run(Asset asset, BacktestScope scope, List<Double> thresholds) {
		BacktestSettings settings = settings(scope, thresholds);
		DepegBacktestSettings view = new DepegBacktestSettings(settings.thresholds(), settings.horizonDays(),
				settings.strideDays(), settings.windowDays(), settings.minObservations(),
				this.properties.backtest().paths(), settings.seed(), "DISCRETE", this.served.describe(asset),
				settings.logScoreClip(), settings.bootstrapResamples(), 0.95);
		StoredPegHistory history = StoredPegHistory.load(this.states, asset);
		if (history == null) {
			return new DepegBacktestResponse(asset.symbol(), DepegService.INSUFFICIENT_HISTORY,
					"no stored state has a market price, so the peg (marketPriceEth / exchangeRate) is unknown",
					scope.name(), view, null, null, 0, asset.withdrawalsEnabledAt(), null, null, 0, List.of(),
					DataProvenance.NONE, List.of(), List.of(), List.of());
		}
		BacktestResult result = DepegBacktest.run(history.series(), history.provenance(), asset.withdrawalsEnabledAt(),
				settings, forecaster(asset, this.served.simulation(asset)));
		BacktestResult ablation = DepegBacktest.run(history.series(), history.provenance(),
				asset.withdrawalsEnabledAt(), settings, forecaster(asset, CalibratedForecaster.bare()));
		List<DepegBacktestScore> scores = result.thresholds().stream().map(DepegBacktestService::score).toList();
		List<DepegAblationScore> bare = ablation.thresholds()
			.stream()
			.map((t) -> new DepegAblationScore(t.threshold(), t.forecasts().size(), t.brierModel(), t.logScoreModel()))
			.toList();
		return new DepegBacktestResponse(asset.symbol(), status(result), reason(result, settings), scope.name(), view,
				history.series().firstDay(), history.series().lastDay(), history.observedAt().size(),
				asset.withdrawalsEnabledAt(), result.firstForecastDate(), result.lastForecastDate(),
				result.forecastDates(), exclusions(result), provenance(history, result, settings), scores, bare,
				episodes(asset, result));
	}

	private CalibratedForecaster forecaster(Asset asset, CalibratedForecaster.Simulation simulation) {
		return new CalibratedForecaster(asset.withdrawalsEnabledAt(), this.served.windowDays(),
				this.served.minObservations(), this.served.calibrationSettings(), this.properties.backtest().paths(),
				this.properties.backtest().seed(), simulation, this.served.windowChoice());
	}

	private static String status(BacktestResult result) {
		if (result.forecastDates() > 0) {
			return "COMPLETED";
		}
		boolean realExcluded = result.excluded()
			.stream()
			.anyMatch((e) -> e.reason() == BacktestResult.ExclusionReason.OUTCOME_NOT_REAL);
		return realExcluded ? INSUFFICIENT_REAL_DATA : DepegService.INSUFFICIENT_HISTORY;
	}

	private static String reason(BacktestResult result, BacktestSettings settings) {
		if (result.forecastDates() > 0) {
			return null;
		}
		if (INSUFFICIENT_REAL_DATA.equals(status(result))) {
			return "no forecast date has a wholly real " + settings.horizonDays() + "-day outcome window"
					+ " (provenance=ALL scores generated days too, which is never evidence)";
		}
		return "no forecast date has " + settings.minObservations() + " earlier days of its regime and "
				+ settings.horizonDays() + " days of history after it";
	}

	private static List<DepegBacktestExclusion> exclusions(BacktestResult result) {
		return result.excluded()
			.stream()
			.map((e) -> new DepegBacktestExclusion(e.reason().name(), e.dates(), e.first(), e.last(),
					switch (e.reason()) {
						case OUTCOME_NOT_REAL -> "a day of the outcome window is generated data: a generated day holds"
								+ " no event the generator did not put there, so scoring it would flatter the model";
						case NO_FORECAST -> "the model could not be calibrated on the days before the date";
					}))
			.toList();
	}

	/** Every day from the history's start to the last scored outcome day. */
	private static DataProvenance provenance(StoredPegHistory history, BacktestResult result,
			BacktestSettings settings) {
		if (result.lastForecastDate() == null) {
			return DataProvenance.NONE;
		}
		LocalDate lastOutcomeDay = result.lastForecastDate().plusDays(settings.horizonDays() - 1);
		return history.provenance(history.series().firstDay(), lastOutcomeDay);
	}

	private static DepegBacktestScore score(ThresholdBacktest t) {
		ForecastScores.DieboldMariano dm = t.dieboldMarianoVsPersistence();
		boolean scored = !t.forecasts().isEmpty();
		return new DepegBacktestScore(t.threshold(), t.forecasts().size(), t.events(), t.brierModel(),
				t.brierPersistence(), t.brierNaiveAllHistory(), t.brierNaiveSameRegime(), t.logScoreModel(),
				t.logScorePersistence(), t.logScoreNaiveAllHistory(), t.logScoreNaiveSameRegime(),
				t.brierSkillVsPersistence(),
				(t.brierModelInterval() != null) ? new DepegBrierInterval(t.brierModelInterval().lower(),
						t.brierModelInterval().upper(), t.bootstrapBlockLength()) : null,
				new DepegDieboldMariano(dm.statistic(), dm.pValue(), dm.meanLossDifference(), dm.lag()),
				subset(t.startsBelow()), subset(t.startsAbove()),
				scored && t.brierModel() < t.brierPersistence() && t.brierModel() < t.brierNaiveAllHistory()
						&& t.brierModel() < t.brierNaiveSameRegime(),
				bins(t.modelCalibration()), bins(t.naiveCalibration()));
	}

	private static DepegForecastSubset subset(ThresholdBacktest.Subset subset) {
		return new DepegForecastSubset(subset.forecasts(), subset.events(), subset.brierModel(),
				subset.brierPersistence());
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
					DepegService.finite(f.halfLifeDays()), f.modelProbability(), f.persistence(), f.naiveAllHistory(),
					f.naiveSameRegime(), f.happened(), f.outcomeReal()))
			.toList();
		if (forecasts.isEmpty()) {
			return new DepegEpisodeScore(threshold, 0, 0, null, null, null, null, null, items);
		}
		int n = forecasts.size();
		boolean[] outcomes = new boolean[n];
		double[] model = new double[n];
		double[] persistence = new double[n];
		double[] naive = new double[n];
		for (int i = 0; i < n; i++) {
			outcomes[i] = forecasts.get(i).happened();
			model[i] = forecasts.get(i).modelProbability();
			persistence[i] = forecasts.get(i).persistence();
			naive[i] = forecasts.get(i).naiveAllHistory();
		}
		return new DepegEpisodeScore(threshold, n, events, ForecastScores.mean(model), ForecastScores.mean(naive),
				ForecastScores.brier(model, outcomes), ForecastScores.brier(persistence, outcomes),
				ForecastScores.brier(naive, outcomes), items);
	}

	private static List<DepegCalibrationBin> bins(List<CalibrationBin> bins) {
		return bins.stream()
			.map((b) -> new DepegCalibrationBin(b.lower(), b.upper(), b.count(), b.meanPredicted(),
					b.observedFrequency()))
			.toList();
	}

	/** A named span of forecast dates, both ends included. */
	record Episode(String name, LocalDate from, LocalDate to) {

	}

}
