package io.lsdrisk.depeg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.lsdrisk.compute.DataProvenance;
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
 * @param dataProvenance real and generated days of the calibration window (the days the
 * model was fitted on; the initial peg is its last day): a day is generated when the
 * state that gave it its peg (its last state with a market price, or for a forward-filled
 * day the state carried forward) has a generated source; no days without a window
 * @param calibration the calibrated model with standard errors and intervals, null
 * without one
 * @param eventRisk protocol event risk added to the calibrated jumps
 * @param redemption the redemption bound of the open regime
 * @param stressed the stressed state a stress jump switches an open-regime path to, null
 * without a calibration
 * @param results depeg probabilities, thresholds in the outer loop
 * @param simulation how they were simulated, null without a calibration
 */
public record AssetDepegResponse(String symbol, String protocol, String status, @Nullable String reason,
		@Nullable Double initialPeg, @Nullable Instant initialPegObservedAt, @Nullable String initialPegSource,
		DepegCalibrationWindow window, DataProvenance dataProvenance, @Nullable DepegCalibratedModel calibration,
		DepegEventRisk eventRisk, DepegRedemptionBound redemption, @Nullable DepegStressedState stressed,
		List<DepegProbabilityResult> results, @Nullable DepegSimulation simulation) {

	/**
	 * @param regime the redemption regime of the latest state, {@code OPEN} or
	 * {@code CLOSED}
	 * @param withdrawalsEnabledAt the asset's first day of redemptions (regime change),
	 * null if never
	 * @param windowDays the configured most days of the regime used when the window is
	 * not chosen
	 * @param firstDay first day of the window (UTC), null without data
	 * @param lastDay last day of the window (UTC)
	 * @param observations days in the window
	 * @param statesUsed stored states (with a market price) observed in the window
	 * @param minObservations days a calibration needs
	 * @param resampling how states become days
	 * @param selection how the window's length was chosen, null when it is fixed
	 */
	public record DepegCalibrationWindow(@Nullable String regime, @Nullable LocalDate withdrawalsEnabledAt,
			int windowDays, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, int observations, int statesUsed,
			int minObservations, String resampling, @Nullable DepegWindowSelection selection) {

		static final String RESAMPLING = "peg = marketPriceEth / exchangeRate per stored state; one value per UTC day,"
				+ " the day's last observation, days without one repeat the previous day";

	}

	/**
	 * The window's length chosen among candidates by each one's out-of-sample predictions
	 * of the peg H days ahead over the last M origins before the date (H and M: the
	 * settings {@code lsdrisk.depeg.calibration.adaptive-window.*}, default 30 and 60).
	 *
	 * @param selected whether a candidate was chosen (false: too few days for any, so the
	 * longest the days allow)
	 * @param candidates every candidate with its score
	 */
	public record DepegWindowSelection(boolean selected, List<DepegWindowScore> candidates) {

	}

	/**
	 * @param windowDays a candidate window, days
	 * @param meanLogDensity mean Gaussian AR(1) log density of the H-day-ahead ln(peg)
	 * over the scored origins (higher is better), null when the days are too few
	 */
	public record DepegWindowScore(int windowDays, @Nullable Double meanLogDensity) {

	}

	/**
	 * Exact OU maximum likelihood of daily ln(peg) with the small-sample bias of the
	 * AR(1) coefficient corrected, finite-sample 95 % intervals, and down-jumps and
	 * rebounds estimated by the likelihood of the daily jump mixture.
	 *
	 * @param kappa mean-reversion speed per year (from the bias-corrected b)
	 * @param kappaStandardError its asymptotic standard error, null when not identified
	 * @param mu long-run mean of ln(peg)
	 * @param muStandardError its standard error, null when not identified
	 * @param sigma diffusion volatility of ln(peg) per sqrt(year)
	 * @param sigmaStandardError its standard error
	 * @param jumpIntensity intensity of the model's jumps (the down-jump component) per
	 * year
	 * @param jumpIntensityStandardError its standard error, per year; null when no
	 * down-jump component is present (see {@code jumpComponents} for the upper bound)
	 * @param jumpMean mean down-jump of ln(peg)
	 * @param jumpVolatility standard deviation of the down-jumps of ln(peg)
	 * @param halfLifeDays {@code ln 2 / kappa} in days, null when kappa is 0
	 * @param halfLifeDaysStandardError its standard error, null when not identified
	 * @param fit {@code MEAN_REVERTING}, {@code RANDOM_WALK} (no reversion seen) or
	 * {@code NO_PERSISTENCE} (kappa set to a one-hour half-life), decided on the
	 * corrected b
	 * @param arCoefficient daily AR(1) coefficient b as estimated, before the correction
	 * @param arCoefficientStandardError its standard error
	 * @param residualStandardDeviation daily residual standard deviation of ln(peg)
	 * @param longRunPeg {@code exp(mu)}
	 * @param longRunDiscountBps {@code (1 - exp(mu)) * 10,000}
	 * @param sampleMeanDiscountBps the discount at the window's mean ln(peg), bp
	 * @param jumpThresholdRobustSigmas the robust threshold that starts the jump fit
	 * @param detectedJumps the daily moves classified as jumps
	 * @param estimator the estimator in words
	 * @param biasCorrection the correction of b, {@code KENDALL_MARRIOTT_POPE} or
	 * {@code NONE}
	 * @param arCoefficientCorrected b after the correction
	 * @param kappaInterval95 95 % interval of kappa per year (upper null: unbounded);
	 * null when no interval was computed
	 * @param halfLifeDaysInterval95 95 % interval of the half-life in days (upper null: a
	 * random walk is not excluded); null when no interval was computed
	 * @param muInterval95 95 % interval of mu (null ends: unbounded); null when no
	 * interval was computed
	 * @param sigmaInterval95 95 % interval of sigma per sqrt(year); null when no interval
	 * was computed
	 * @param jumpComponents the fitted jump components, down-jumps then rebounds
	 */
	public record DepegCalibratedModel(double kappa, @Nullable Double kappaStandardError, double mu,
			@Nullable Double muStandardError, double sigma, @Nullable Double sigmaStandardError, double jumpIntensity,
			@Nullable Double jumpIntensityStandardError, double jumpMean, double jumpVolatility,
			@Nullable Double halfLifeDays, @Nullable Double halfLifeDaysStandardError, String fit, double arCoefficient,
			@Nullable Double arCoefficientStandardError, double residualStandardDeviation, double longRunPeg,
			double longRunDiscountBps, double sampleMeanDiscountBps, double jumpThresholdRobustSigmas,
			List<DepegDetectedJump> detectedJumps, String estimator, String biasCorrection,
			double arCoefficientCorrected, @Nullable DepegInterval kappaInterval95,
			@Nullable DepegInterval halfLifeDaysInterval95, @Nullable DepegInterval muInterval95,
			@Nullable DepegInterval sigmaInterval95, List<DepegFittedJumpComponent> jumpComponents) {

		static final String ESTIMATOR = "exact OU maximum likelihood of daily ln(peg): x_{t+1} = a + b x_t + e,"
				+ " kappa = -ln(b_c) / dt, mu = a_c / (1 - b_c), sigma = s sqrt(2 kappa / (1 - b_c^2)), dt = 1/365,"
				+ " with b_c = b + (1 + 3b)/m (Kendall / Marriott-Pope small-sample correction);"
				+ " 95 % intervals: b, kappa and half-life by inverting simulated exact tests on b, mu by a"
				+ " parametric bootstrap-t, sigma normal on ln(sigma); jumps: down-jumps and rebounds as separate"
				+ " compound-Poisson components of the daily mixture (at most one jump a day), fitted by maximum"
				+ " likelihood, kept when they lower the BIC, standard errors from the observed information";

	}

	/**
	 * A 95 % confidence interval; an end the data do not bound is null.
	 *
	 * @param lower lower end, null when unbounded
	 * @param upper upper end, null when unbounded
	 */
	public record DepegInterval(@Nullable Double lower, @Nullable Double upper) {

	}

	/**
	 * @param day the UTC day the move ended on
	 * @param logJump the move net of the AR(1) prediction, ln(peg)
	 * @param component {@code DOWN_JUMPS} or {@code REBOUNDS}
	 * @param posteriorProbability posterior probability of that component, above 0.5
	 */
	public record DepegDetectedJump(LocalDate day, double logJump, String component, double posteriorProbability) {

	}

	/**
	 * One jump component of the daily mixture, fitted by maximum likelihood.
	 *
	 * @param name {@code DOWN_JUMPS} or {@code REBOUNDS}
	 * @param present whether the data select it (lower BIC with it)
	 * @param intensityPerYear jumps per year (0 when absent)
	 * @param intensityStandardError its standard error (observed information), null when
	 * absent
	 * @param intensityUpperBound95 one-sided 95 % upper bound of the intensity per year
	 * (Poisson; {@code -ln(0.05) / T} when absent), null when jumps were not estimated
	 * @param meanLogJump mean jump of ln(peg)
	 * @param meanLogJumpStandardError its standard error, null when absent
	 * @param volatilityLogJump standard deviation of the jump of ln(peg), net of the
	 * day's diffusion
	 * @param volatilityLogJumpStandardError its standard error, null when absent or at 0
	 * @param medianPegFactor {@code exp(meanLogJump)}
	 * @param classifiedDays days classified to it (posterior above 0.5)
	 * @param likelihoodRatioStatistic {@code 2 (logL with - logL without)}, null when
	 * jumps were not estimated
	 * @param selectionThreshold the statistic's threshold for presence, {@code 3 ln m},
	 * null when jumps were not estimated
	 */
	public record DepegFittedJumpComponent(String name, boolean present, double intensityPerYear,
			@Nullable Double intensityStandardError, @Nullable Double intensityUpperBound95, double meanLogJump,
			@Nullable Double meanLogJumpStandardError, double volatilityLogJump,
			@Nullable Double volatilityLogJumpStandardError, double medianPegFactor, int classifiedDays,
			@Nullable Double likelihoodRatioStatistic, @Nullable Double selectionThreshold) {

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
	 * redemption regime, the reflecting barrier of its simulated paths; r, y_q and fees
	 * are the valuation's ({@code lsdrisk.valuation.*}), and W the asset's wait plus the
	 * queue's: {@code W = withdrawalWaitDays + withdrawalQueueEth /
	 * exitThroughputEthPerDay}.
	 *
	 * @param regime the regime of the latest state
	 * @param withdrawalWaitDays the asset's typical withdrawal wait without a queue, days
	 * @param withdrawalQueueEth ETH in the withdrawal queue at the latest state that
	 * reports it, null when none does
	 * @param withdrawalQueueObservedAt when that state was observed, null without one
	 * @param exitThroughputEthPerDay ETH a day the queue is paid out at
	 * ({@code lsdrisk.depeg.redemption.exit-throughput-eth-per-day})
	 * @param effectiveWaitDays W, days, null without a wait
	 * @param fundingRatePerYear r
	 * @param queueYieldPerYear y_q
	 * @param feesFraction gas and fees of the round trip
	 * @param maxDiscount the discount arbitrage tolerates, null when no bound applies
	 * @param pegFloor {@code 1 - maxDiscount}, null when no bound applies
	 * @param applied whether the simulated peg is reflected at the floor in the
	 * {@code OPEN} state
	 * @param note how the bound enters the simulation, or why it does not
	 */
	public record DepegRedemptionBound(@Nullable String regime, @Nullable Double withdrawalWaitDays,
			@Nullable Double withdrawalQueueEth, @Nullable Instant withdrawalQueueObservedAt,
			double exitThroughputEthPerDay, @Nullable Double effectiveWaitDays, double fundingRatePerYear,
			double queueYieldPerYear, double feesFraction, @Nullable Double maxDiscount, @Nullable Double pegFloor,
			boolean applied, String note) {

	}

	/**
	 * The {@code STRESSED} state of the regime state machine: the dynamics of an
	 * open-regime path from a down-jump (exploit, mass slashing, detected stress move)
	 * until its sojourn ends.
	 *
	 * @param applies whether the state machine runs (open regime with the floor applied)
	 * @param kappa mean-reversion speed per year
	 * @param mu long-run mean of ln(peg)
	 * @param sigma volatility of ln(peg) per sqrt(year)
	 * @param halfLifeDays {@code ln 2 / kappa} in days, null when kappa is 0
	 * @param source {@code CLOSED_REGIME_CALIBRATION} (fitted on the asset's own history
	 * before withdrawalsEnabledAt) or {@code CONFIGURED}
	 * ({@code lsdrisk.depeg.redemption.stressed-*})
	 * @param closedRegimeObservations days of closed-regime history the fit used, 0 when
	 * configured
	 * @param meanSojournDays mean of the exponential sojourn, days
	 * @param reEntry what happens when the sojourn ends
	 * @param stressJumpFraction the down-jumps that switch a path to this state: drops of
	 * at least this fraction of the peg in one jump (protocol events and large detected
	 * moves; smaller down-jumps are absorbed by the arbitrage)
	 */
	public record DepegStressedState(boolean applies, double kappa, double mu, double sigma,
			@Nullable Double halfLifeDays, String source, int closedRegimeObservations, double meanSojournDays,
			String reEntry, double stressJumpFraction) {

		static final String RE_ENTRY = "the path returns to OPEN with the barrier active again; a peg below the floor"
				+ " is lifted to the floor at once (the arbitrage resumes); another stress jump while stressed"
				+ " restarts the sojourn";

	}

}
