package io.lsdrisk.depeg;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.lsdrisk.compute.peg.CalibrationWindowChoice;
import io.lsdrisk.compute.peg.ImportanceSampling;
import io.lsdrisk.compute.peg.JumpComponent;
import io.lsdrisk.compute.peg.PegModel;
import io.lsdrisk.compute.peg.ProtocolEventRisk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the depeg feature, bound from {@code lsdrisk.depeg.*}.
 *
 * @param targetStandardError the accuracy of a probability when a request names no path
 * count: as many paths as needed for a standard error of at most this in every cell
 * (default 0.002)
 * @param targetRelativeStandardError in an importance-sampled run, the largest standard
 * error as a fraction of the probability of every cell of probability at least 1e-6
 * (default 0.10)
 * @param importanceSampling {@code AUTO} (default: tilt the rare jump sources when a
 * plain pilot sees fewer than 20 hits in some cell), {@code ON} or {@code OFF}
 * @param maxStepDays the longest simulation step, days (default 2); under continuous
 * monitoring the step is refined so that {@code kappa * step <= 0.05} (the accuracy
 * criterion of the bridge correction and the reflection), so only slow reversion (kappa
 * below 9.1 a year, half-lives over 28 days) takes steps of the full 2 days
 * @param defaultSeed the seed when a request names none (default 20220613, the day
 * Celsius froze withdrawals); equal inputs and seed give equal answers
 * @param maxPaths most paths one request may ask for (default and at most 1,000,000)
 * @param maxPathSteps most simulated path-steps one request may cost, paths times
 * simulated steps to the longest horizon (default 200,000,000, a few seconds on one
 * core); a request beyond it is refused, naming {@code paths}
 * @param maxThresholds most thresholds a request may ask for (default 20)
 * @param maxHorizons most horizons a request may ask for (default 20)
 * @param calibration calibration on stored history
 * @param redemption the arbitrage bound of the open redemption regime
 * @param eventRisk protocol event risk used for every protocol without its own entry
 * @param protocolEventRisk event risk per protocol, keyed by the protocol name in lower
 * case with everything but letters and digits removed ({@code rocketpool} for "Rocket
 * Pool"); unset fields take the defaults of {@code eventRisk}'s own defaults
 * @param backtest the backtest's settings
 */
@Validated
@ConfigurationProperties("lsdrisk.depeg")
public record DepegProperties(
		@DefaultValue("0.002") @DecimalMin("0.0001") @DecimalMax("0.5") double targetStandardError,
		@DefaultValue("0.10") @DecimalMin("0.001") @DecimalMax("1") double targetRelativeStandardError,
		@DefaultValue("AUTO") @NotNull ImportanceSampling importanceSampling,
		@DefaultValue("2") @DecimalMin(value = "0", inclusive = false) @DecimalMax("30") double maxStepDays,
		@DefaultValue("20220613") long defaultSeed, @DefaultValue("1000000") @Min(10) @Max(1_000_000) int maxPaths,
		@DefaultValue("200000000") @Min(1000) long maxPathSteps,
		@DefaultValue("20") @Min(1) @Max(1000) int maxThresholds,
		@DefaultValue("20") @Min(1) @Max(1000) int maxHorizons, @Valid @DefaultValue Calibration calibration,
		@Valid @DefaultValue Redemption redemption, @Valid @DefaultValue EventRisk eventRisk,
		@DefaultValue Map<String, @Valid EventRisk> protocolEventRisk, @Valid @DefaultValue Backtest backtest) {

	/** The event risk of a protocol: its own entry, else {@link #eventRisk()}. */
	EventRisk eventRiskOf(String protocol) {
		if (protocol != null && this.protocolEventRisk != null) {
			EventRisk own = this.protocolEventRisk.get(protocolKey(protocol));
			if (own != null) {
				return own;
			}
		}
		return this.eventRisk;
	}

	boolean hasOwnEventRisk(String protocol) {
		return protocol != null && this.protocolEventRisk != null
				&& this.protocolEventRisk.containsKey(protocolKey(protocol));
	}

	static String protocolKey(String protocol) {
		return protocol.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * @param windowDays the most days of the current redemption regime a calibration uses
	 * (default 365)
	 * @param minObservations fewest daily observations in that window for a calibration
	 * (default 60); with fewer the answer has no model and says why
	 * @param jumpThresholdRobustSigmas a daily residual beyond this many robust standard
	 * deviations is a jump (default 4)
	 * @param adaptiveWindow the choice of the window's length from the data before each
	 * date (on by default; off: always {@code windowDays})
	 */
	public record Calibration(@DefaultValue("365") @Min(10) @Max(3650) int windowDays,
			@DefaultValue("60") @Min(10) @Max(3650) int minObservations,
			@DefaultValue("4") @DecimalMin(value = "0", inclusive = false) double jumpThresholdRobustSigmas,
			@Valid @DefaultValue AdaptiveWindow adaptiveWindow) {
	}

	/**
	 * The calibration window's length, chosen at each date among candidates by how well
	 * each predicted the peg {@code horizonDays} ahead over the last
	 * {@code evaluationDays} origins before the date (see the compute package's
	 * {@code CalibrationWindowChoice}).
	 *
	 * @param enabled whether to choose (default true)
	 * @param candidateDays the candidate windows (default 60, 90, 120, 180, 270, 365
	 * days)
	 * @param horizonDays the prediction horizon scored (default 30, the backtest's and
	 * the headline probability's)
	 * @param evaluationDays the prediction origins scored (default 60)
	 */
	public record AdaptiveWindow(@DefaultValue("true") boolean enabled, @DefaultValue( {
			"60", "90", "120", "180", "270", "365" }) @NotEmpty List<@Min(10) @Max(3650) Integer> candidateDays,
			@DefaultValue("30") @Min(1) @Max(365) int horizonDays,
			@DefaultValue("60") @Min(1) @Max(3650) int evaluationDays){

		CalibrationWindowChoice toChoice() {
			return this.enabled ? new CalibrationWindowChoice(this.candidateDays, this.horizonDays, this.evaluationDays)
					: null;
		}

	}

	/**
	 * The redemption floor of the open regime and the stressed state a down-jump switches
	 * a path to (DOMAIN.md, "Regime state machine"). The floor is
	 * {@code RedemptionBound.pegFloor(r, y_q, W, fees)} with r, y_q and fees those of the
	 * valuation's redemption bound ({@code lsdrisk.valuation.funding-rate-per-year},
	 * {@code .queue-yield-per-year.<symbol>}, {@code .redemption-fees-fraction}): one
	 * function, one set of parameters. The wait W is the asset's
	 * {@code withdrawalWaitDays} plus, when the latest state reports its
	 * {@code withdrawalQueueEth}, the days the validator exit churn needs to pay the
	 * queue out:
	 * {@code W = withdrawalWaitDays + withdrawalQueueEth / exitThroughputEthPerDay}.
	 *
	 * @param applyFloor whether the open regime reflects the simulated peg at the floor
	 * (default true); false: no barrier and no switch, the floor is reported only
	 * @param exitThroughputEthPerDay ETH a day the withdrawal queue is paid out at
	 * (default 57,600: Ethereum's exit churn limit since the Pectra upgrade, 256 ETH per
	 * epoch times 225 epochs a day; the protocol gets at most all of it, so the queue's
	 * wait is a lower bound)
	 * @param meanStressedDays mean of the exponential sojourn in the stressed state, days
	 * (default 30: an emergency pause of withdrawals after an exploit or a mass slashing,
	 * the governance vote that lifts it and the drain of the queue built up meanwhile
	 * take weeks; a prior, to be configured per deployment)
	 * @param stressedKappa kappa of the stressed state per year when the asset has no
	 * calibratable closed-regime history (default 9.73: a 26-day half-life, the fit of
	 * stETH from May to December 2022, before withdrawals)
	 * @param stressedMu mu of the stressed state in ln(peg) without such history (default
	 * -0.0091, the same fit: a long-run peg of 0.991)
	 * @param stressedSigma sigma of the stressed state per sqrt(year) without such
	 * history (default 0.0335, the same fit)
	 */
	public record Redemption(@DefaultValue("true") boolean applyFloor,
			@DefaultValue("57600") @DecimalMin(value = "0", inclusive = false) double exitThroughputEthPerDay,
			@DefaultValue("30") @DecimalMin(value = "0", inclusive = false) double meanStressedDays,
			@DefaultValue("9.73") @DecimalMin("0") @DecimalMax("10000") double stressedKappa,
			@DefaultValue("-0.0091") @DecimalMin("-5") @DecimalMax("5") double stressedMu,
			@DefaultValue("0.0335") @DecimalMin("0") @DecimalMax("10") double stressedSigma) {

		/** The configured stressed dynamics. */
		PegModel configuredStressed() {
			return PegModel.withoutJumps(this.stressedKappa, this.stressedMu, this.stressedSigma);
		}

	}

	/**
	 * Protocol events as jumps of ln(peg); defaults and their reasons in
	 * {@link ProtocolEventRisk}.
	 *
	 * @param exploitIntensityPerYear smart-contract exploits a year (default 0.01)
	 * @param exploitMedianPegFactor median factor an exploit multiplies the peg by
	 * (default 0.85, a 15 % drop)
	 * @param exploitLogVolatility standard deviation of an exploit's ln jump (default
	 * 0.10)
	 * @param slashingIntensityPerYear mass slashings a year (default 0.005)
	 * @param slashingMedianPegFactor median peg factor of a mass slashing (default 0.98)
	 * @param slashingLogVolatility standard deviation of its ln jump (default 0.01)
	 */
	public record EventRisk(@DefaultValue("0.01") @DecimalMin("0") @DecimalMax("365") double exploitIntensityPerYear,
			@DefaultValue("0.85") @DecimalMin(value = "0",
					inclusive = false) @DecimalMax("1") double exploitMedianPegFactor,
			@DefaultValue("0.10") @DecimalMin("0") @DecimalMax("5") double exploitLogVolatility,
			@DefaultValue("0.005") @DecimalMin("0") @DecimalMax("365") double slashingIntensityPerYear,
			@DefaultValue("0.98") @DecimalMin(value = "0",
					inclusive = false) @DecimalMax("1") double slashingMedianPegFactor,
			@DefaultValue("0.01") @DecimalMin("0") @DecimalMax("5") double slashingLogVolatility) {

		ProtocolEventRisk toEventRisk() {
			return new ProtocolEventRisk(
					new JumpComponent(this.exploitIntensityPerYear, Math.log(this.exploitMedianPegFactor),
							this.exploitLogVolatility),
					new JumpComponent(this.slashingIntensityPerYear, Math.log(this.slashingMedianPegFactor),
							this.slashingLogVolatility));
		}

	}

	/**
	 * Walk-forward backtest settings. The model scored is the served one (its calibration
	 * window, jump detection, event risk and floor come from the settings above), so only
	 * the dates, the scoring and the paths are the backtest's own.
	 *
	 * @param thresholds peg thresholds scored by default (default 0.99, 0.98)
	 * @param horizonDays forecast horizon (default 30)
	 * @param strideDays days between forecast dates (default 7)
	 * @param minObservations fewest days of the regime before a forecast (default 60; at
	 * least the calibration's own minimum)
	 * @param paths Monte Carlo paths per forecast (default 10,000)
	 * @param seed base seed (default 20220512)
	 * @param calibrationBins bins of the calibration tables (default 10)
	 * @param logScoreClip probabilities are clipped to [clip, 1 - clip] in log scores
	 * (default 1e-4: a certain miss costs ln(10,000) = 9.2)
	 * @param bootstrapResamples moving-block bootstrap resamples of the Brier interval
	 * (default 2,000)
	 */
	public record Backtest(@DefaultValue( {
			"0.99", "0.98" }) @NotEmpty List<Double> thresholds, @DefaultValue("30") @Min(1) @Max(365) int horizonDays,
			@DefaultValue("7") @Min(1) int strideDays, @DefaultValue("60") @Min(10) int minObservations,
			@DefaultValue("10000") @Min(10) @Max(1_000_000) int paths, @DefaultValue("20220512") long seed,
			@DefaultValue("10") @Min(1) @Max(100) int calibrationBins,
			@DefaultValue("0.0001") @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "0.5",
					inclusive = false) double logScoreClip,
			@DefaultValue("2000") @Min(100) @Max(100_000) int bootstrapResamples){
	}

}
