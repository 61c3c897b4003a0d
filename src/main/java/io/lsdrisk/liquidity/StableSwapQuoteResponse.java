package io.lsdrisk.liquidity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A priced trade. Prices are ETH per LSD token whichever coin is sold, marginal prices
 * exclude the fee.
 *
 * @param sell the coin sold
 * @param amountIn amount sold, tokens of {@code sell}
 * @param amountOut amount received after the fee, tokens of the other coin
 * @param spotPriceBefore marginal price before the trade, ETH per LSD, without fee
 * @param spotPriceAfter marginal price after the trade (admin half of the fee removed
 * from the balances)
 * @param priceImpactBps {@code (spotPriceAfter / spotPriceBefore - 1) * 10,000}: negative
 * for an LSD sale, positive for an ETH sale; fee excluded
 * @param executionPrice ETH per LSD realised, fee included
 * @param executionCostBps how much worse than {@code spotPriceBefore} the trade executed,
 * fee included, bp (positive is a cost)
 * @param balancesAfter {@code [eth, lsd]} after the trade
 * @param depth LSD sales that push the marginal price of the pool before the trade to
 * each target
 * @param conventions the conventions the figures follow
 */
record StableSwapQuoteResponse(String sell, double amountIn, double amountOut, double spotPriceBefore,
		double spotPriceAfter, double priceImpactBps, double executionPrice, double executionCostBps,
		List<Double> balancesAfter, List<StableSwapDepthLevel> depth, StableSwapConventions conventions) {

	/**
	 * @param price target marginal price, ETH per LSD, without fee
	 * @param sellAmount LSD tokens whose sale moves the marginal price to {@code price}
	 * (0 when it is already at or below); null when no finite sale reaches it
	 * @param reason why {@code sellAmount} is null, else null
	 */
	record StableSwapDepthLevel(double price, @Nullable Double sellAmount, @Nullable String reason) {

	}

	/**
	 * @param amplification how A is read
	 * @param fee how the fee is charged
	 * @param prices what the prices are
	 * @param stateAfter which post-trade state is reported
	 */
	record StableSwapConventions(String amplification, String fee, String prices, String stateAfter) {

		static final StableSwapConventions CURVE = new StableSwapConventions(
				"A as the pool contract reports it (A_precise() / 100); the invariant uses Ann = 2 A",
				"fraction of the output amount, taken from the coin bought (get_dy)",
				"ETH per LSD token; spot prices are marginal, without fee",
				"admin half of the fee leaves the balances, the liquidity providers' half stays (Curve stETH pool)");

	}

}
