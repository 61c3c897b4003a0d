package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.compute.peg.CalibratedForecaster;
import io.lsdrisk.compute.peg.Calibration;
import io.lsdrisk.compute.peg.CalibrationSettings;
import io.lsdrisk.compute.peg.CalibrationWindowChoice;
import io.lsdrisk.compute.peg.DailyPegSeries;
import io.lsdrisk.compute.peg.OrnsteinUhlenbeckCalibration;
import io.lsdrisk.compute.peg.ProtocolEventRisk;
import io.lsdrisk.compute.peg.RedemptionRegime;
import io.lsdrisk.compute.peg.RegimeSplit;
import io.lsdrisk.depeg.AssetDepegResponse.DepegRedemptionBound;

import org.springframework.stereotype.Component;

/**
 * The depeg model as served: how an asset's peg is calibrated (the window, its length
 * chosen per date, the estimator) and simulated ({@link DepegModelFactory}: the regime's
 * model, event risk, the redemption floor and the stressed state). One object, used by
 * {@code GET /lsds/{symbol}/depeg} for "now" and by the backtest for every past date, so
 * that the backtest scores exactly the model users are shown.
 */
@Component
class ServedDepegModel {

	private final DepegProperties properties;

	private final DepegModelFactory models;

	ServedDepegModel(DepegProperties properties, DepegModelFactory models) {
		this.properties = properties;
		this.models = models;
	}

	/** The calibration's estimator settings (jump detection seed, bias correction). */
	CalibrationSettings calibrationSettings() {
		return new CalibrationSettings(this.properties.calibration().jumpThresholdRobustSigmas(), null);
	}

	/** How many days of the regime to calibrate on, chosen per date; null when fixed. */
	CalibrationWindowChoice windowChoice() {
		return this.properties.calibration().adaptiveWindow().toChoice();
	}

	/** The most days of the current regime a calibration uses. */
	int windowDays() {
		return this.properties.calibration().windowDays();
	}

	/** Fewest days of the regime a calibration needs. */
	int minObservations() {
		return Math.max(this.properties.calibration().minObservations(), OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS);
	}

	/** The protocol event risk of an asset (its protocol's, else the default). */
	ProtocolEventRisk eventRisk(Asset asset) {
		return this.properties.eventRiskOf(asset.protocol()).toEventRisk();
	}

	/**
	 * How a calibration of the asset is simulated on a past date, through the same
	 * {@link DepegModelFactory} as the current view. The stressed state's dynamics come
	 * from the asset's history before redemption opened (all of it before the date, so
	 * known then), calibrated once per use. The withdrawal queue is left out: the stored
	 * queue is today's, not the date's.
	 */
	CalibratedForecaster.Simulation simulation(Asset asset) {
		Calibration[] closed = new Calibration[1];
		int[] closedDays = { -1 };
		return (calibration, regime, past) -> {
			if (regime == RedemptionRegime.OPEN && closedDays[0] < 0) {
				DailyPegSeries before = RegimeSplit.window(past, asset.withdrawalsEnabledAt(),
						asset.withdrawalsEnabledAt(), windowDays());
				boolean enough = before != null && before.size() >= minObservations();
				closed[0] = enough ? OrnsteinUhlenbeckCalibration.calibrate(before,
						calibrationSettings().withIntervalSimulations(0)) : null;
				closedDays[0] = enough ? before.size() : 0;
			}
			LocalDate date = past.lastDay().plusDays(1);
			DepegModelFactory.DepegModelInput input = this.models.create(asset, date, past.peg(past.size() - 1),
					calibration, closed[0], Math.max(0, closedDays[0]), null, null);
			return new CalibratedForecaster.Simulated(input.model(), input.settings());
		};
	}

	/** What {@link #simulation} does for this asset, in words and figures. */
	DepegServedModel describe(Asset asset) {
		DepegRedemptionBound open = this.models.redemption(asset, RedemptionRegime.OPEN, 1, null, null);
		ProtocolEventRisk eventRisk = eventRisk(asset);
		CalibrationWindowChoice choice = windowChoice();
		List<Integer> candidates = (choice != null) ? choice.candidateDays() : null;
		String window = (choice != null)
				? "the window's length chosen among the candidates by its " + choice.horizonDays()
						+ "-day-ahead predictions over the " + choice.evaluationDays() + " origins before the date"
				: "the last " + windowDays() + " days";
		return new DepegServedModel(windowDays(), candidates, minObservations(),
				this.properties.calibration().jumpThresholdRobustSigmas(),
				eventRisk.smartContractExploit().intensityPerYear(), eventRisk.massSlashing().intensityPerYear(),
				open.applied() ? open.pegFloor() : null, this.properties.redemption().meanStressedDays(),
				"the model of GET /lsds/{symbol}/depeg: Ornstein-Uhlenbeck with down-jumps calibrated on the date's"
						+ " redemption regime (" + window + "; bias-corrected kappa, jumps by mixture likelihood),"
						+ " plus the protocol's event risk; while redemption is open, paths are reflected at the"
						+ " redemption floor and a down-jump switches a path to the stressed dynamics of the asset's"
						+ " pre-redemption history for an exponential sojourn; the withdrawal queue is not used"
						+ " (the stored queue is today's)");
	}

}
