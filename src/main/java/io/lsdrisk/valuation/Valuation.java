package io.lsdrisk.valuation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.ProvenanceDays;
import org.jspecify.annotations.Nullable;

/**
 * The value of one LSD at one instant. Prices in ETH per token unless named {@code Usd};
 * yields are decimals per year; a figure that cannot be computed is null and
 * {@link #unavailable()} says why. Field names are the API's contract.
 *
 * @param symbol the LSD (null for caller inputs without one)
 * @param tokenModel REBASING or NON_REBASING
 * @param at the instant asked for; null for the latest state
 * @param stateObservedAt when the state used was observed
 * @param stateSource the state's source
 * @param stale whether the state is older than {@code staleAfterHours} (at {@code at}, or
 * now for the latest); null for caller inputs
 * @param ageHours age of the state at {@code at} or now, hours
 * @param staleAfterHours the configured staleness limit, hours
 * @param fairValueEth the exchange rate R_t (1 for a rebasing token's unit)
 * @param fairValueUsd {@code R_t * ethUsd}
 * @param marketPriceEth the state's market price
 * @param marketPriceUsd {@code marketPriceEth * ethUsd}
 * @param ethUsd ETH price used, USD
 * @param pegRatio {@code marketPriceEth / fairValueEth}
 * @param premiumBps {@code (pegRatio - 1) * 10,000}; negative for a discount
 * @param apr7d simple yield over 7 days, {@code (R_t / R_{t-d} - 1) * 365 / d}
 * @param apr30d the same over 30 days
 * @param apr365d the same over 365 days
 * @param apy7d compounded yield over 7 days, {@code (R_t / R_{t-d})^(365/d) - 1}
 * @param apy30d the same over 30 days
 * @param apy365d the same over 365 days
 * @param yieldSeries the symbol whose exchange-rate history gives the yields (the share
 * rate's source for a rebasing token)
 * @param forwardYieldWindowDays window whose continuous yield drives the forwards
 * @param forwardYieldContinuous that continuous yield, per year
 * @param forwardFairValueEth30d {@code R_t * exp(y * 30/365)}: ETH value in 30 days of
 * the holding one token is today
 * @param forwardFairValueEth90d the same at 90 days
 * @param forwardFairValueEth365d the same at 365 days
 * @param redemptionBound the redemption arbitrage bound; null before withdrawals existed
 * @param perShare for a rebasing token, the same figures per share; null otherwise
 * @param windows the inputs of each yield window
 * @param dataProvenance real and generated days of the stored history the figures used:
 * the valued state's day (its own series) and, on the yield series, every day from the
 * earliest yield window's start state to its end state, each typed by the day's last
 * state or the one carried forward; absent for caller inputs
 * @param unavailable for each null figure, why
 */
public record Valuation(@Nullable String symbol, TokenModel tokenModel, @Nullable Instant at,
		@Nullable Instant stateObservedAt, @Nullable String stateSource, @Nullable Boolean stale,
		@Nullable Double ageHours, Double staleAfterHours, @Nullable Double fairValueEth, @Nullable Double fairValueUsd,
		@Nullable Double marketPriceEth, @Nullable Double marketPriceUsd, @Nullable Double ethUsd,
		@Nullable Double pegRatio, @Nullable Double premiumBps, @Nullable Double apr7d, @Nullable Double apr30d,
		@Nullable Double apr365d, @Nullable Double apy7d, @Nullable Double apy30d, @Nullable Double apy365d,
		@Nullable String yieldSeries, @Nullable Integer forwardYieldWindowDays, @Nullable Double forwardYieldContinuous,
		@Nullable Double forwardFairValueEth30d, @Nullable Double forwardFairValueEth90d,
		@Nullable Double forwardFairValueEth365d, @Nullable RedemptionArbitrageBound redemptionBound,
		@Nullable ValuationPerShare perShare, List<ValuationWindow> windows,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DataProvenance dataProvenance,
		Map<String, String> unavailable) {

	/** This valuation with its freshness at {@code now}. */
	Valuation withFreshness(Boolean stale, Double ageHours) {
		return new Valuation(this.symbol, this.tokenModel, this.at, this.stateObservedAt, this.stateSource, stale,
				ageHours, this.staleAfterHours, this.fairValueEth, this.fairValueUsd, this.marketPriceEth,
				this.marketPriceUsd, this.ethUsd, this.pegRatio, this.premiumBps, this.apr7d, this.apr30d, this.apr365d,
				this.apy7d, this.apy30d, this.apy365d, this.yieldSeries, this.forwardYieldWindowDays,
				this.forwardYieldContinuous, this.forwardFairValueEth30d, this.forwardFairValueEth90d,
				this.forwardFairValueEth365d, this.redemptionBound, this.perShare, this.windows, this.dataProvenance,
				this.unavailable);
	}

	/**
	 * The inputs and results of one yield window.
	 *
	 * @param windowDays nominal window d, days
	 * @param series symbol of the exchange-rate series
	 * @param startObservedAt the state at or before {@code end - d} used as start
	 * @param startRate its exchange rate
	 * @param endObservedAt the state used as end
	 * @param endRate its exchange rate
	 * @param actualDays days between the two observations (the d in the formulas)
	 * @param apr simple yield, per year
	 * @param apy compounded yield, per year
	 * @param continuous continuous yield, per year
	 * @param provenanceDays the days from the start state to the end state of the series,
	 * day by day (not in the answer: {@code dataProvenance} sums the windows); null for
	 * caller inputs and for a window without both states
	 */
	public record ValuationWindow(int windowDays, @Nullable String series, @Nullable Instant startObservedAt,
			@Nullable Double startRate, @Nullable Instant endObservedAt, @Nullable Double endRate,
			@Nullable Double actualDays, @Nullable Double apr, @Nullable Double apy, @Nullable Double continuous,
			@JsonIgnore ProvenanceDays provenanceDays) {
	}

	/**
	 * The redemption arbitrage bound {@code 1 - exp(-(r - y_q) W) + fees}.
	 *
	 * @param maxDiscount tolerated discount, a fraction of fair value
	 * @param maxDiscountBps the same, bp
	 * @param pegFloor {@code 1 - maxDiscount}
	 * @param discountBeyondBound whether the current discount exceeds the bound (null
	 * without a market price)
	 * @param fundingRatePerYear r, continuous per year
	 * @param queueYieldPerYear y_q, continuous per year
	 * @param withdrawalWaitDays W, days
	 * @param feesFraction fees of the round trip, a fraction
	 * @param withdrawalsEnabledAt first day of protocol redemptions
	 */
	public record RedemptionArbitrageBound(double maxDiscount, double maxDiscountBps, double pegFloor,
			@Nullable Boolean discountBeyondBound, double fundingRatePerYear, double queueYieldPerYear,
			double withdrawalWaitDays, double feesFraction, java.time.LocalDate withdrawalsEnabledAt) {
	}

	/**
	 * A rebasing token's figures per share (one share = {@code shareRate} tokens), so
	 * that it compares with its non-rebasing wrapper.
	 *
	 * @param shareRateSource the symbol whose exchange rate is the share rate
	 * @param shareRateObservedAt when that rate was observed
	 * @param shareRate tokens (ETH at par) per share
	 * @param fairValueEth the share rate
	 * @param fairValueUsd {@code shareRate * ethUsd}
	 * @param marketPriceEth {@code shareRate * marketPriceEth} of the token
	 * @param marketPriceUsd {@code marketPriceEth * ethUsd}
	 * @param pegRatio as the token's
	 * @param premiumBps as the token's
	 * @param apr7d as the token's
	 * @param apr30d as the token's
	 * @param apr365d as the token's
	 * @param apy7d as the token's
	 * @param apy30d as the token's
	 * @param apy365d as the token's
	 * @param forwardFairValueEth30d {@code shareRate * exp(y * 30/365)}
	 * @param forwardFairValueEth90d the same at 90 days
	 * @param forwardFairValueEth365d the same at 365 days
	 */
	public record ValuationPerShare(String shareRateSource, Instant shareRateObservedAt, Double shareRate,
			Double fairValueEth, @Nullable Double fairValueUsd, @Nullable Double marketPriceEth,
			@Nullable Double marketPriceUsd, @Nullable Double pegRatio, @Nullable Double premiumBps,
			@Nullable Double apr7d, @Nullable Double apr30d, @Nullable Double apr365d, @Nullable Double apy7d,
			@Nullable Double apy30d, @Nullable Double apy365d, @Nullable Double forwardFairValueEth30d,
			@Nullable Double forwardFairValueEth90d, @Nullable Double forwardFairValueEth365d) {
	}

}
