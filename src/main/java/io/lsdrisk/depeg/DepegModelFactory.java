package io.lsdrisk.depeg;

import java.time.Instant;
import java.time.LocalDate;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.compute.peg.Calibration;
import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.PegModel;
import io.lsdrisk.compute.peg.ProtocolEventRisk;
import io.lsdrisk.compute.peg.RedemptionBound;
import io.lsdrisk.compute.peg.RedemptionRegime;
import io.lsdrisk.compute.peg.RegimeSwitching;
import io.lsdrisk.depeg.AssetDepegResponse.DepegRedemptionBound;
import io.lsdrisk.depeg.AssetDepegResponse.DepegStressedState;
import io.lsdrisk.valuation.ValuationProperties;

import org.springframework.stereotype.Component;

/**
 * The one place that turns an asset, its calibrations and a date into the complete input
 * of a depeg simulation: the model of the day's regime, event risk, the regime state
 * machine (redemption floor, stressed dynamics, sojourn) and the sampling settings.
 * {@code GET /lsds/{symbol}/depeg} uses it; a backtest that calls it for each forecast
 * date simulates exactly the served model.
 * <p>
 * Rules: the regime is {@code RedemptionRegime.on(date, asset.withdrawalsEnabledAt())}
 * (dated per asset from the protocol's own redemption opening). In the open regime, with
 * {@code lsdrisk.depeg.redemption.apply-floor} and a known wait, paths are reflected at
 * {@link RedemptionBound#pegFloor} (the valuation's r, y_q and fees; W from the wait and
 * the queue) and a down-jump switches them to the stressed dynamics: those calibrated on
 * the asset's closed regime when given, else the configured ones. Otherwise no barrier
 * and no switch.
 */
@Component
public class DepegModelFactory {

	static final String CLOSED_REGIME_CALIBRATION = "CLOSED_REGIME_CALIBRATION";

	static final String CONFIGURED = "CONFIGURED";

	private final DepegProperties properties;

	private final ValuationProperties valuation;

	DepegModelFactory(DepegProperties properties, ValuationProperties valuation) {
		this.properties = properties;
		this.valuation = valuation;
	}

	/**
	 * The simulation input of an asset on a date.
	 * @param asset the LSD (its withdrawalsEnabledAt, withdrawalWaitDays, protocol and
	 * symbol are used)
	 * @param date the UTC day the forecast starts (the regime is that of this day)
	 * @param initialPeg the peg the paths start from, {@code > 0}
	 * @param regimeCalibration the calibration on the day's regime (its model drives the
	 * paths, in the open regime in the {@code OPEN} state)
	 * @param closedRegimeCalibration the calibration on the asset's history before
	 * withdrawalsEnabledAt, or null when there is none (then the configured stressed
	 * dynamics are used)
	 * @param closedRegimeObservations days that calibration used (reported), 0 without it
	 * @param withdrawalQueueEth ETH in the withdrawal queue at the latest state on or
	 * before the date that reports it, or null
	 * @param withdrawalQueueObservedAt when that state was observed, or null
	 * @return the complete input
	 */
	public DepegModelInput create(Asset asset, LocalDate date, double initialPeg, Calibration regimeCalibration,
			Calibration closedRegimeCalibration, int closedRegimeObservations, Double withdrawalQueueEth,
			Instant withdrawalQueueObservedAt) {
		RedemptionRegime regime = RedemptionRegime.on(date, asset.withdrawalsEnabledAt());
		ProtocolEventRisk eventRisk = this.properties.eventRiskOf(asset.protocol()).toEventRisk();
		DepegRedemptionBound redemption = redemption(asset, regime, initialPeg, withdrawalQueueEth,
				withdrawalQueueObservedAt);
		DepegProperties.Redemption settings = this.properties.redemption();
		boolean fromHistory = closedRegimeCalibration != null;
		PegModel stressed = fromHistory ? closedRegimeCalibration.model().diffusionOnly()
				: settings.configuredStressed();
		RegimeSwitching switching = redemption.applied()
				? RegimeSwitching.open(redemption.pegFloor(), stressed, settings.meanStressedDays())
				: RegimeSwitching.CLOSED;
		DepegStressedState stressedView = new DepegStressedState(redemption.applied(), stressed.kappa(), stressed.mu(),
				stressed.sigma(), DepegService.finite(stressed.halfLifeDays()),
				fromHistory ? CLOSED_REGIME_CALIBRATION : CONFIGURED, fromHistory ? closedRegimeObservations : 0,
				settings.meanStressedDays(), DepegStressedState.RE_ENTRY);
		DepegSimulationSettings simulation = DepegSimulationSettings.DEFAULT.withEventJumps(eventRisk.components())
			.withRegimeSwitching(switching)
			.withImportanceSampling(this.properties.importanceSampling());
		return new DepegModelInput(regimeCalibration.model(), initialPeg, simulation, regime, eventRisk, redemption,
				stressedView);
	}

	/**
	 * The redemption bound of an asset in a regime (null: unknown, no stored state),
	 * reported whether or not applied.
	 */
	DepegRedemptionBound redemption(Asset asset, RedemptionRegime regime, double initialPeg, Double withdrawalQueueEth,
			Instant withdrawalQueueObservedAt) {
		DepegProperties.Redemption settings = this.properties.redemption();
		double r = this.valuation.fundingRatePerYear();
		double queueYield = this.valuation.queueYield(asset.symbol());
		double fees = this.valuation.redemptionFeesFraction();
		double throughput = settings.exitThroughputEthPerDay();
		Double waitDays = (asset.withdrawalWaitDays() != null) ? asset.withdrawalWaitDays().doubleValue() : null;
		if (regime != RedemptionRegime.OPEN) {
			return new DepegRedemptionBound((regime != null) ? regime.name() : null, waitDays, withdrawalQueueEth,
					withdrawalQueueObservedAt, throughput, null, r, queueYield, fees, null, null, false,
					"no bound: redemption through the protocol is not open in this regime (CLOSED: no barrier,"
							+ " no switch)");
		}
		if (waitDays == null) {
			return new DepegRedemptionBound(regime.name(), null, withdrawalQueueEth, withdrawalQueueObservedAt,
					throughput, null, r, queueYield, fees, null, null, false,
					"no bound: the asset has no withdrawalWaitDays to compute it from");
		}
		double waitYears = RedemptionBound.withdrawalWaitYears(waitDays,
				(withdrawalQueueEth != null) ? withdrawalQueueEth : 0, throughput);
		double maxDiscount = RedemptionBound.maxDiscount(r, queueYield, waitYears, fees);
		double floor = 1 - maxDiscount;
		boolean applied = settings.applyFloor() && floor > 0;
		String note;
		if (!settings.applyFloor()) {
			note = "reported, not imposed (lsdrisk.depeg.redemption.apply-floor=false): no barrier, no switch";
		}
		else if (initialPeg < floor) {
			note = "applied: the peg already trades below the floor, so paths start STRESSED (arbitrage suspended)"
					+ " and are reflected at the floor once their sojourn ends";
		}
		else {
			note = "applied: OPEN paths are reflected at the floor; a down-jump (exploit, mass slashing, detected"
					+ " stress move) switches a path to STRESSED (no barrier, stressed dynamics) for an exponential"
					+ " sojourn, after which the barrier holds again";
		}
		return new DepegRedemptionBound(regime.name(), waitDays, withdrawalQueueEth, withdrawalQueueObservedAt,
				throughput, waitYears * 365, r, queueYield, fees, maxDiscount, floor, applied, note);
	}

	/**
	 * The complete input of a depeg simulation.
	 *
	 * @param model the peg model of the day's regime (OU with the calibrated jumps)
	 * @param initialPeg the starting peg
	 * @param settings step, monitoring, event jumps, regime state machine and importance
	 * sampling, as served
	 * @param regime the redemption regime of the day
	 * @param eventRisk the protocol event risk included in {@code settings}
	 * @param redemption the redemption bound (applied or not, and why)
	 * @param stressed the stressed state of the state machine
	 */
	public record DepegModelInput(PegModel model, double initialPeg, DepegSimulationSettings settings,
			RedemptionRegime regime, ProtocolEventRisk eventRisk, DepegRedemptionBound redemption,
			DepegStressedState stressed) {

	}

}
