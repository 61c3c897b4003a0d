package io.lsdrisk.valuation;

import java.time.Instant;
import java.time.LocalDate;

import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.Provenance;

/**
 * Everything one valuation reads, from stored states or from a caller.
 *
 * @param symbol the LSD, or a caller's label (may be null)
 * @param tokenModel how the token accrues rewards
 * @param at the instant asked for, null for the latest state
 * @param stateObservedAt when the state used was observed; null when there is none
 * @param stateSource where the state came from
 * @param stateProvenance the state's provenance; null for caller inputs
 * @param exchangeRate the state's exchange rate, ETH per token (ignored for rebasing
 * tokens, whose unit is 1 ETH by definition)
 * @param marketPriceEth market price, ETH per token, or null
 * @param ethUsd ETH in USD, or null
 * @param yieldSeries where yields come from: the token's own rate history (non-rebasing)
 * or its share-rate source (rebasing); null when there is none
 * @param yieldSeriesMissing why {@code yieldSeries} is null
 * @param withdrawalWaitDays the protocol's withdrawal wait W, days, or null
 * @param withdrawalsEnabledAt first day of protocol redemptions, or null if never
 * @param fundingRatePerYear r of the redemption bound
 * @param queueYieldPerYear y_q of the redemption bound
 * @param feesFraction fees of a redemption round trip
 */
record ValuationInputs(String symbol, TokenModel tokenModel, Instant at, Instant stateObservedAt, String stateSource,
		Provenance stateProvenance, Double exchangeRate, Double marketPriceEth, Double ethUsd, RateSeries yieldSeries,
		String yieldSeriesMissing, Double withdrawalWaitDays, LocalDate withdrawalsEnabledAt, double fundingRatePerYear,
		double queueYieldPerYear, double feesFraction) {
}
