package io.lsdrisk.depeg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The peg model of an LSD calibrated on its stored history, and the term structure of its
 * depeg probabilities. Quantities a window does not identify (an infinite standard error
 * or half-life) are null.
 *
 * @param symbol the LSD
 * @param protocol its protocol (selects the event risk)
 * @param status {@code CALIBRATED}, or {@code INSUFFICIENT_HISTORY} (then
 * {@code calibration} and {@code results} are empty and {@code reason} says why)
 * @param reason why there is no calibration, else null
 * @param initialPeg the peg the probabilities start from: the latest stored state's
 * {@code marketPriceEth / exchangeRate}
 * @param initialPegObservedAt when that state was observed
 * @param initialPegSource that state's source
 * @param window the data the calibration used
 * @param calibration the calibrated model with standard errors, null without one
 * @param eventRisk protocol event risk added to the calibrated jumps
 * @param redemption the redemption bound of the open regime
 * @param results depeg probabilities, thresholds in the outer loop
 * @param simulation how they were simulated, null without a calibration
 */
public record AssetDepegResponse(String symbol, String protocol, String status, @Nullable String reason,
		@Nullable Double initialPeg, @Nullable Instant initialPegObservedAt, @Nullable String initialPegSource,
		DepegCalibrationWindow window, @Nullable DepegCalibratedModel calibration, DepegEventRisk eventRisk,
		DepegRedemptionBound redemption, List<DepegProbabilityResult> results, @Nullable DepegSimulation simulation) {

	/**
	 * @param regime the redemption regime of the latest state, {@code OPEN} or
	 * {@code CLOSED}
	 * @param withdrawalsEnabledAt the asset's first day of redemptions (regime change),
	 * null if never
	 * @param windowDays the configured most days of the regime used
	 * @param firstDay first day of the window (UTC), null without data
	 * @param lastDay last day of the window (UTC)
	 * @param observations days in the window
	 * @param statesUsed stored states (with a market price) observed in the window
	 * @param minObservations days a calibration needs
	 * @param resampling how states become days
	 */
	public record DepegCalibrationWindow(@Nullable String regime, @Nullable LocalDate withdrawalsEnabledAt,
			int windowDays, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, int observations, int statesUsed,
			int minObservations, String resampling) {

		static final String RESAMPLING = "peg = marketPriceEth / exchangeRate per stored state; one value per UTC day,"
				+ " the day's last observation, days without one repeat the previous day";

	}

	/**
	 * Exact OU maximum likelihood (the AR(1) regression of daily ln(peg)) with jumps
	 * detected beyond a robust threshold and left out of the diffusion fit.
	 *
	 * @param kappa mean-reversion speed per year
	 * @param kappaStandardError its standard error, null when not identified
	 * @param mu long-run mean of ln(peg)
	 * @param muStandardError its standard error, null when not identified
	 * @param sigma diffusion volatility of ln(peg) per sqrt(year)
	 * @param sigmaStandardError its standard error
	 * @param jumpIntensity detected jumps per year
	 * @param jumpIntensityStandardError Poisson standard error of it, per year
	 * @param jumpMean mean detected jump of ln(peg)
	 * @param jumpVolatility standard deviation of the detected jumps of ln(peg)
	 * @param halfLifeDays {@code ln 2 / kappa} in days, null when kappa is 0
	 * @param halfLifeDaysStandardError its standard error, null when not identified
	 * @param fit {@code MEAN_REVERTING}, {@code RANDOM_WALK} (no reversion seen) or
	 * {@code NO_PERSISTENCE} (kappa set to a one-hour half-life)
	 * @param arCoefficient daily AR(1) coefficient b
	 * @param arCoefficientStandardError its standard error
	 * @param residualStandardDeviation daily residual standard deviation of ln(peg)
	 * @param longRunPeg {@code exp(mu)}
	 * @param longRunDiscountBps {@code (1 - exp(mu)) * 10,000}
	 * @param sampleMeanDiscountBps the discount at the window's mean ln(peg), bp
	 * @param jumpThresholdRobustSigmas the jump detection threshold used
	 * @param detectedJumps the daily moves classified as jumps
	 * @param estimator the estimator in words
	 */
	public record DepegCalibratedModel(double kappa, @Nullable Double kappaStandardError, double mu,
			@Nullable Double muStandardError, double sigma, @Nullable Double sigmaStandardError, double jumpIntensity,
			@Nullable Double jumpIntensityStandardError, double jumpMean, double jumpVolatility,
			@Nullable Double halfLifeDays, @Nullable Double halfLifeDaysStandardError, String fit, double arCoefficient,
			@Nullable Double arCoefficientStandardError, double residualStandardDeviation, double longRunPeg,
			double longRunDiscountBps, double sampleMeanDiscountBps, double jumpThresholdRobustSigmas,
			List<DepegDetectedJump> detectedJumps, String estimator) {

		static final String ESTIMATOR = "exact OU maximum likelihood: OLS of ln(peg) on the previous day's ln(peg),"
				+ " kappa = -ln(b) / dt, mu = a / (1 - b), sigma = s sqrt(2 kappa / (1 - b^2)), dt = 1/365;"
				+ " delta-method standard errors; residuals beyond the robust threshold (1.4826 MAD) are jumps,"
				+ " left out of the fit and estimated as a compound Poisson component";

	}

	/**
	 * @param day the UTC day the move ended on
	 * @param logJump the move net of the AR(1) prediction, ln(peg)
	 */
	public record DepegDetectedJump(LocalDate day, double logJump) {

	}

	/**
	 * @param protocol the asset's protocol
	 * @param configuredFor {@code PROTOCOL} (its own entry in
	 * {@code lsdrisk.depeg.protocol-event-risk}) or {@code DEFAULT}
	 * @param smartContractExploit the exploit jump component
	 * @param massSlashing the mass-slashing jump component
	 */
	public record DepegEventRisk(String protocol, String configuredFor, DepegJumpComponent smartContractExploit,
			DepegJumpComponent massSlashing) {

	}

	/**
	 * @param intensityPerYear events per year
	 * @param meanLogJump mean jump of ln(peg)
	 * @param volatilityLogJump standard deviation of the jump of ln(peg)
	 * @param medianPegFactor {@code exp(meanLogJump)}: the peg is multiplied by this in a
	 * median event
	 */
	public record DepegJumpComponent(double intensityPerYear, double meanLogJump, double volatilityLogJump,
			double medianPegFactor) {

	}

	/**
	 * The arbitrage bound {@code 1 - max(0, 1 - exp(-(r - y_q) W)) - fees} of the open
	 * redemption regime.
	 *
	 * @param regime the regime of the latest state
	 * @param withdrawalWaitDays W, the asset's typical withdrawal wait, days
	 * @param fundingRatePerYear r
	 * @param queueYieldPerYear y_q
	 * @param feesFraction gas and fees of the round trip
	 * @param maxDiscount the discount arbitrage tolerates, null when no bound applies
	 * @param pegFloor {@code 1 - maxDiscount}, null when no bound applies
	 * @param applied whether the floor zeroed the probabilities of thresholds below it
	 * @param note why the bound is absent or not applied
	 */
	public record DepegRedemptionBound(@Nullable String regime, @Nullable Double withdrawalWaitDays,
			double fundingRatePerYear, double queueYieldPerYear, double feesFraction, @Nullable Double maxDiscount,
			@Nullable Double pegFloor, boolean applied, String note) {

	}

}
