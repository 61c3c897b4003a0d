package io.lsdrisk.depeg;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.compute.peg.CalibratedForecaster;
import io.lsdrisk.compute.peg.CalibrationSettings;
import io.lsdrisk.compute.peg.CalibrationWindowChoice;
import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.ProtocolEventRisk;
import io.lsdrisk.compute.peg.RedemptionBound;
import io.lsdrisk.compute.peg.RedemptionRegime;

import org.springframework.stereotype.Component;

/**
 * The depeg model as served: how an asset's peg is calibrated and simulated. One object,
 * used by {@code GET /lsds/{symbol}/depeg} for "now" and by the backtest for every past
 * date, so that the backtest scores exactly the model users are shown: the same
 * calibration window and jump detection, the same protocol event risk, the same
 * redemption floor in the open regime.
 */
@Component
class ServedDepegModel {

	private final DepegProperties properties;

	ServedDepegModel(DepegProperties properties) {
		this.properties = properties;
	}

	/** The calibration's jump detection. */
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
		return Math.max(this.properties.calibration().minObservations(),
				io.lsdrisk.compute.peg.OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS);
	}

	/** The protocol event risk of an asset (its protocol's, else the default). */
	ProtocolEventRisk eventRisk(Asset asset) {
		return this.properties.eventRiskOf(asset.protocol()).toEventRisk();
	}

	/**
	 * The redemption floor of an asset in a regime: the arbitrage bound when redemption
	 * is open, the asset has a withdrawal wait and the floor is applied; else 0 (none).
	 */
	double pegFloor(Asset asset, RedemptionRegime regime) {
		DepegProperties.Redemption redemption = this.properties.redemption();
		if (regime != RedemptionRegime.OPEN || asset.withdrawalWaitDays() == null || !redemption.applyFloor()) {
			return 0;
		}
		return RedemptionBound.pegFloor(redemption.fundingRatePerYear(), redemption.queueYieldPerYear(),
				asset.withdrawalWaitDays().doubleValue() / 365, redemption.feesFraction());
	}

	/** How a calibration of the asset is simulated in a regime: event risk and floor. */
	CalibratedForecaster.Simulation simulation(Asset asset) {
		ProtocolEventRisk eventRisk = eventRisk(asset);
		return (calibration, regime, past) -> new CalibratedForecaster.Simulated(calibration.model(),
				DepegSimulationSettings.DEFAULT.withEventJumps(eventRisk.components())
					.withPegFloor(pegFloor(asset, regime)));
	}

	/** What {@link #simulation} does for this asset, in words and figures. */
	DepegServedModel describe(Asset asset) {
		double floor = pegFloor(asset, RedemptionRegime.OPEN);
		ProtocolEventRisk eventRisk = eventRisk(asset);
		CalibrationWindowChoice choice = windowChoice();
		return new DepegServedModel(windowDays(), (choice != null) ? choice.candidateDays() : null, minObservations(),
				this.properties.calibration().jumpThresholdRobustSigmas(),
				eventRisk.smartContractExploit().intensityPerYear(), eventRisk.massSlashing().intensityPerYear(),
				(floor > 0) ? floor : null,
				"the model of GET /lsds/{symbol}/depeg: Ornstein-Uhlenbeck with jumps calibrated on the date's"
						+ " redemption regime ("
						+ ((choice != null) ? "the window's length chosen among the candidates by" + " its "
								+ choice.horizonDays() + "-day-ahead predictions over the " + choice.evaluationDays()
								+ " origins before the date" : "the last " + windowDays() + " days")
						+ "), plus the protocol's event risk, with the redemption floor in the open" + " regime");
	}

}
