package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.peg.CalibratedForecaster;
import io.lsdrisk.compute.peg.CalibrationWindowChoice;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.peg.Calibration;
import io.lsdrisk.compute.peg.ConfidenceInterval;
import io.lsdrisk.compute.peg.FittedJumpComponent;
import io.lsdrisk.compute.peg.CalibrationSettings;
import io.lsdrisk.compute.peg.DailyPegSeries;
import io.lsdrisk.compute.peg.JumpComponent;
import io.lsdrisk.compute.peg.OrnsteinUhlenbeckCalibration;
import io.lsdrisk.compute.peg.ProtocolEventRisk;
import io.lsdrisk.compute.peg.RedemptionRegime;
import io.lsdrisk.compute.peg.RegimeSplit;
import io.lsdrisk.depeg.AssetDepegResponse.DepegCalibratedModel;
import io.lsdrisk.depeg.AssetDepegResponse.DepegCalibrationWindow;
import io.lsdrisk.depeg.AssetDepegResponse.DepegDetectedJump;
import io.lsdrisk.depeg.AssetDepegResponse.DepegEventRisk;
import io.lsdrisk.depeg.AssetDepegResponse.DepegFittedJumpComponent;
import io.lsdrisk.depeg.AssetDepegResponse.DepegInterval;
import io.lsdrisk.depeg.AssetDepegResponse.DepegJumpComponent;
import io.lsdrisk.depeg.AssetDepegResponse.DepegRedemptionBound;
import io.lsdrisk.depeg.AssetDepegResponse.DepegWindowScore;
import io.lsdrisk.depeg.AssetDepegResponse.DepegWindowSelection;
import io.lsdrisk.depeg.AssetDepegResponse.DepegStressedState;

import org.springframework.stereotype.Service;

/**
 * The depeg view of a stored LSD: its peg model calibrated on the current redemption
 * regime of its stored history, with protocol event risk added, and the term structure of
 * depeg probabilities. Results are cached per asset until new pool states of it are
 * committed ({@link DepegCache}).
 * <p>
 * Calibration: the daily peg series ({@link StoredPegHistory}); the regime of "now" is
 * that of the latest state's day; the window is the last
 * {@code lsdrisk.depeg.calibration.window-days} days up to and including that day, cut at
 * the regime change ({@link RegimeSplit}). Probabilities start from the latest peg.
 * <p>
 * Not transactional on purpose: the stored data are read through the asset services (each
 * a read-only transaction) and the simulation, which can take a second, holds no database
 * connection.
 */
@Service
public class DepegService {

	/** Thresholds of the default term structure. */
	public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.99, 0.98, 0.95, 0.90);

	/** Horizons of the default term structure, days. */
	public static final List<Double> DEFAULT_HORIZONS_DAYS = List.of(1.0, 7.0, 30.0, 90.0, 365.0);

	static final String CALIBRATED = "CALIBRATED";

	static final String INSUFFICIENT_HISTORY = "INSUFFICIENT_HISTORY";

	private final AssetService assets;

	private final PoolStateService states;

	private final DepegSimulator simulator;

	private final DepegCache cache;

	private final DepegProperties properties;

	private final ServedDepegModel served;

	private final DepegModelFactory models;

	DepegService(AssetService assets, PoolStateService states, DepegSimulator simulator, DepegCache cache,
			DepegProperties properties, ServedDepegModel served, DepegModelFactory models) {
		this.assets = assets;
		this.states = states;
		this.simulator = simulator;
		this.cache = cache;
		this.properties = properties;
		this.served = served;
		this.models = models;
	}

	/**
	 * The calibrated model and the default term structure (thresholds
	 * {@link #DEFAULT_THRESHOLDS}, horizons {@link #DEFAULT_HORIZONS_DAYS}) of an asset,
	 * cached.
	 * @param asset the LSD
	 * @return the view; {@code status} says whether a model could be calibrated
	 */
	public AssetDepegResponse termStructure(Asset asset) {
		return termStructure(asset, DEFAULT_THRESHOLDS, DEFAULT_HORIZONS_DAYS);
	}

	/**
	 * One depeg probability of an asset under its calibrated model (with event risk):
	 * {@code P(min peg over the horizon <= threshold)}, for example
	 * {@code depegProbability(asset, 0.98, 30)}. Cached like the term structure.
	 * @param asset the LSD
	 * @param threshold peg threshold in (0, 1]
	 * @param horizonDays horizon in (0, 3650] days
	 * @return the probability, empty when the asset's history is too short to calibrate
	 */
	public OptionalDouble depegProbability(Asset asset, double threshold, double horizonDays) {
		AssetDepegResponse view = termStructure(asset, List.of(threshold), List.of(horizonDays));
		return view.results().isEmpty() ? OptionalDouble.empty()
				: OptionalDouble.of(view.results().get(0).probability());
	}

	/**
	 * The days the calibration of an asset's current regime was fitted on, day by day
	 * (the window of {@code dataProvenance} in the depeg view, as one series named by the
	 * asset's symbol); {@link ProvenanceDays#NONE} without a window. Cached.
	 */
	public ProvenanceDays calibrationProvenance(Asset asset) {
		return calibrated(asset).provenanceDays();
	}

	AssetDepegResponse depeg(String symbol, List<Double> thresholds, List<Double> horizonsDays) {
		Asset asset = this.assets.find(symbol);
		List<Double> t = (thresholds == null || thresholds.isEmpty()) ? DEFAULT_THRESHOLDS : thresholds;
		List<Double> h = (horizonsDays == null || horizonsDays.isEmpty()) ? DEFAULT_HORIZONS_DAYS : horizonsDays;
		double[] checkedThresholds = DepegProbabilityService.values("thresholds", t, this.properties.maxThresholds());
		double[] checkedHorizons = DepegProbabilityService.values("horizonsDays", h, this.properties.maxHorizons());
		for (int i = 0; i < checkedThresholds.length; i++) {
			if (!(checkedThresholds[i] > 0 && checkedThresholds[i] <= 1)) {
				throw io.lsdrisk.web.InvalidRequestException.of("thresholds",
						"each must be in (0, 1], was " + checkedThresholds[i]);
			}
		}
		for (int i = 0; i < checkedHorizons.length; i++) {
			if (!(checkedHorizons[i] > 0 && checkedHorizons[i] <= 3650)) {
				throw io.lsdrisk.web.InvalidRequestException.of("horizonsDays",
						"each must be in (0, 3650] days (10 years), was " + checkedHorizons[i]);
			}
		}
		return termStructure(asset, t, h);
	}

	private AssetDepegResponse termStructure(Asset asset, List<Double> thresholds, List<Double> horizonsDays) {
		CalibratedPeg calibrated = calibrated(asset);
		return this.cache.get(asset.symbol(), List.of("term", thresholds, horizonsDays),
				() -> simulate(calibrated, thresholds, horizonsDays));
	}

	/** The calibration of an asset's current regime, cached. */
	CalibratedPeg calibrated(Asset asset) {
		return this.cache.get(asset.symbol(), "calibration", () -> calibrate(asset));
	}

	private CalibratedPeg calibrate(Asset asset) {
		DepegProperties.Calibration settings = this.properties.calibration();
		StoredPegHistory history = StoredPegHistory.load(this.states, asset);
		ProtocolEventRisk eventRisk = this.served.eventRisk(asset);
		if (history == null) {
			return CalibratedPeg.insufficient(asset, history, null, null, null,
					"no stored state has a market price, so the peg (marketPriceEth / exchangeRate) is unknown",
					eventRisk);
		}
		DailyPegSeries series = history.series();
		LocalDate today = series.lastDay();
		RedemptionRegime regime = RedemptionRegime.on(today, asset.withdrawalsEnabledAt());
		CalibrationWindowChoice.Window chosen = CalibrationWindowChoice.window(series, asset.withdrawalsEnabledAt(),
				today.plusDays(1), settings.windowDays(), this.served.windowChoice());
		DailyPegSeries window = chosen.days();
		int needed = Math.max(settings.minObservations(), OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS);
		if (window == null || window.size() < needed) {
			int days = (window != null) ? window.size() : 0;
			return CalibratedPeg.insufficient(asset, history, regime, window, chosen.choice(),
					"the current redemption regime (" + regime + ") has " + days
							+ " daily observations, fewer than the " + needed + " a calibration needs",
					eventRisk);
		}
		CalibrationSettings fit = this.served.calibrationSettings();
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(window, fit);
		// the stressed state's dynamics: the asset's own history before redemption opened
		Calibration closed = null;
		int closedDays = 0;
		if (regime == RedemptionRegime.OPEN) {
			DailyPegSeries before = RegimeSplit.window(series, asset.withdrawalsEnabledAt(),
					asset.withdrawalsEnabledAt(), settings.windowDays());
			if (before != null && before.size() >= needed) {
				closed = OrnsteinUhlenbeckCalibration.calibrate(before, fit);
				closedDays = before.size();
			}
		}
		return new CalibratedPeg(asset, history, regime, window, chosen.choice(), calibration, null, eventRisk, closed,
				closedDays);
	}

	private AssetDepegResponse simulate(CalibratedPeg calibrated, List<Double> thresholds, List<Double> horizonsDays) {
		if (calibrated.calibration() == null) {
			StoredPegHistory history = calibrated.history();
			DepegRedemptionBound redemption = (history != null)
					? this.models.redemption(calibrated.asset(), calibrated.regime(), history.latestPeg(),
							history.latestQueueEth(), history.latestQueueObservedAt())
					: this.models.redemption(calibrated.asset(), null, 1, null, null);
			return calibrated.response(INSUFFICIENT_HISTORY, redemption, null, List.of(), null, this.properties);
		}
		DepegModelFactory.DepegModelInput input = this.models.create(calibrated.asset(),
				calibrated.history().series().lastDay(), calibrated.history().latestPeg(), calibrated.calibration(),
				calibrated.closedCalibration(), calibrated.closedObservations(), calibrated.history().latestQueueEth(),
				calibrated.history().latestQueueObservedAt());
		DepegSimulator.Outcome outcome = this.simulator.run(input.model(), input.initialPeg(),
				thresholds.stream().mapToDouble(Double::doubleValue).toArray(),
				horizonsDays.stream().mapToDouble(Double::doubleValue).toArray(), null, this.properties.defaultSeed(),
				this.properties.targetStandardError(), input.settings());
		return calibrated.response(CALIBRATED, input.redemption(), input.stressed(), outcome.results(),
				outcome.simulation(), this.properties);
	}

	/**
	 * A calibration of an asset's current regime (null calibration with a reason when the
	 * history is too short).
	 */
	record CalibratedPeg(Asset asset, StoredPegHistory history, RedemptionRegime regime, DailyPegSeries window,
			CalibrationWindowChoice.Choice windowChoice, Calibration calibration, String reason,
			ProtocolEventRisk eventRisk, Calibration closedCalibration, int closedObservations) {

		/** The window's days, day by day. */
		ProvenanceDays provenanceDays() {
			return (this.window != null) ? this.history.provenanceDays(this.window.firstDay(), this.window.lastDay())
					: ProvenanceDays.NONE;
		}

		static CalibratedPeg insufficient(Asset asset, StoredPegHistory history, RedemptionRegime regime,
				DailyPegSeries window, CalibrationWindowChoice.Choice windowChoice, String reason,
				ProtocolEventRisk eventRisk) {
			return new CalibratedPeg(asset, history, regime, window, windowChoice, null, reason, eventRisk, null, 0);
		}

		AssetDepegResponse response(String status, DepegRedemptionBound redemption, DepegStressedState stressed,
				List<DepegProbabilityResult> results, DepegSimulation simulation, DepegProperties properties) {
			DepegProperties.Calibration settings = properties.calibration();
			DepegCalibrationWindow windowView = new DepegCalibrationWindow(
					(this.regime != null) ? this.regime.name() : null, this.asset.withdrawalsEnabledAt(),
					settings.windowDays(), (this.window != null) ? this.window.firstDay() : null,
					(this.window != null) ? this.window.lastDay() : null,
					(this.window != null) ? this.window.size() : 0,
					(this.window != null) ? this.history.statesBetween(this.window.firstDay(), this.window.lastDay())
							: 0,
					Math.max(settings.minObservations(), OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS),
					DepegCalibrationWindow.RESAMPLING, selection(this.windowChoice));
			String protocol = this.asset.protocol();
			DepegEventRisk events = new DepegEventRisk(protocol,
					properties.hasOwnEventRisk(protocol) ? "PROTOCOL" : "DEFAULT",
					jump(this.eventRisk.smartContractExploit()), jump(this.eventRisk.massSlashing()));
			return new AssetDepegResponse(this.asset.symbol(), protocol, status, this.reason,
					(this.history != null) ? this.history.latestPeg() : null,
					(this.history != null) ? this.history.latest().observedAt() : null,
					(this.history != null) ? this.history.latest().source() : null, windowView,
					(this.window != null) ? this.history.provenance(this.window.firstDay(), this.window.lastDay())
							: DataProvenance.NONE,
					(this.calibration != null) ? model(this.calibration, settings.jumpThresholdRobustSigmas()) : null,
					events, redemption, stressed, results, simulation);
		}

		private static DepegWindowSelection selection(CalibrationWindowChoice.Choice choice) {
			if (choice == null) {
				return null;
			}
			return new DepegWindowSelection(choice.selected(),
					choice.scores()
						.stream()
						.map((s) -> new DepegWindowScore(s.windowDays(), s.meanLogDensity()))
						.toList());
		}

		private static DepegJumpComponent jump(JumpComponent component) {
			return new DepegJumpComponent(component.intensityPerYear(), component.meanLogJump(),
					component.volatilityLogJump(), Math.exp(component.meanLogJump()));
		}

		private static DepegCalibratedModel model(Calibration c, double jumpSigmas) {
			return new DepegCalibratedModel(c.model().kappa(), finite(c.kappaStandardError()), c.model().mu(),
					finite(c.muStandardError()), c.model().sigma(), finite(c.sigmaStandardError()),
					c.model().jumpIntensity(), finite(c.jumpIntensityStandardError()), c.model().jumpMean(),
					c.model().jumpVolatility(), finite(c.halfLifeDays()), finite(c.halfLifeDaysStandardError()),
					c.fit().name(), c.arCoefficient(), finite(c.arCoefficientStandardError()),
					c.residualStandardDeviation(), Math.exp(c.model().mu()), c.longRunDiscountBps(),
					c.sampleMeanDiscountBps(), jumpSigmas,
					c.jumps()
						.stream()
						.map((j) -> new DepegDetectedJump(j.day(), j.logJump(), j.component(),
								j.posteriorProbability()))
						.toList(),
					DepegCalibratedModel.ESTIMATOR, c.biasCorrection().name(), c.arCoefficientCorrected(),
					interval(c.kappaInterval95()), interval(c.halfLifeDaysInterval95()), interval(c.muInterval95()),
					interval(c.sigmaInterval95()), c.jumpComponents().stream().map(CalibratedPeg::component).toList());
		}

		private static DepegInterval interval(ConfidenceInterval interval) {
			return interval.isComputed() ? new DepegInterval(finite(interval.lower()), finite(interval.upper())) : null;
		}

		private static DepegFittedJumpComponent component(FittedJumpComponent c) {
			return new DepegFittedJumpComponent(c.name(), c.present(), c.intensityPerYear(),
					finite(c.intensityStandardError()), finite(c.intensityUpperBound95()), c.meanLogJump(),
					finite(c.meanLogJumpStandardError()), c.volatilityLogJump(),
					finite(c.volatilityLogJumpStandardError()), Math.exp(c.meanLogJump()), c.classifiedDays(),
					finite(c.likelihoodRatioStatistic()), finite(c.selectionThreshold()));
		}

	}

	static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
