package io.lsdrisk.liquidity;

import java.time.Instant;
import java.util.List;

import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.DataProvenance;
import org.jspecify.annotations.Nullable;

/**
 * StableSwap analytics on an LSD's stored DEX pool states, per venue.
 *
 * @param symbol the LSD
 * @param tokenModel how the LSD accounts for rewards; decides the rate scaling
 * @param priceConvention how prices, peg ratios and depth targets relate
 * @param from start of the history window (inclusive), null without a window
 * @param to end of the history window (exclusive), null without a window
 * @param venues one entry per venue with stored states, by venue name
 * @param dataProvenance real and generated days of the stored states analysed: the day of
 * each pool state analysed (latest and history items; a venue's day counts once) and of
 * each exchange rate that scaled one
 */
record AssetLiquidityResponse(String symbol, TokenModel tokenModel, String priceConvention, @Nullable Instant from,
		@Nullable Instant to, List<VenueLiquidity> venues, DataProvenance dataProvenance) {

	static final String REBASING_CONVENTION = "Rebasing token: one token is meant to be one ETH, the exchange rate is 1,"
			+ " so the pool's balances are used as stored and the peg ratio equals the price in ETH per token.";

	static final String NON_REBASING_CONVENTION = "Non-rebasing token: the pool is rate-scaled (its invariant holds on"
			+ " balanceEth and balanceLsd x exchangeRate), so the LSD balance is scaled by the exchange rate stored at"
			+ " or before the pool state; the StableSwap price is then the peg ratio, and the price in ETH per token"
			+ " is the peg ratio x exchangeRate. Depth targets are peg ratios; sale sizes are in tokens.";

	/**
	 * @param venue venue name
	 * @param latest analytics on the venue's latest stored state
	 * @param history analytics per stored state in the window; null without
	 * {@code from}/{@code to}
	 */
	record VenueLiquidity(String venue, VenueLiquiditySnapshot latest, @Nullable VenueLiquidityHistory history) {

	}

	/**
	 * @param from window start actually used (inclusive)
	 * @param to window end actually used (exclusive)
	 * @param statesInWindow stored states of the venue in the window
	 * @param points states analysed (at most {@code maxPoints})
	 * @param maxPoints the cap, {@code lsdrisk.liquidity.max-history-points}
	 * @param stride every {@code stride}-th state was analysed (1: all), the last one
	 * always
	 * @param items the analysed states in time order
	 */
	record VenueLiquidityHistory(Instant from, Instant to, int statesInWindow, int points, int maxPoints, int stride,
			List<VenueLiquiditySnapshot> items) {

	}

}
