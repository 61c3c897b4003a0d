package io.lsdrisk.compute.liquidity;

import java.util.List;

/**
 * A priced trade against a StableSwap pool. All prices are ETH per LSD token whichever
 * coin is sold.
 *
 * @param sold the coin sold into the pool
 * @param amountIn amount sold, in tokens of {@code sold}
 * @param amountOut amount received after the fee, in tokens of {@code sold.other()}
 * @param executionPrice ETH per LSD realised by the trade ({@code amountOut / amountIn}
 * for an LSD sale, {@code amountIn / amountOut} for an ETH sale); for a zero amount, its
 * limit ({@code spotPriceBefore * (1 - fee)} or {@code spotPriceBefore / (1 - fee)})
 * @param spotPriceBefore marginal price without fee before the trade
 * @param spotPriceAfter marginal price without fee after the trade (admin share of the
 * fee removed from the pool, the liquidity providers' share kept)
 * @param priceImpactBps move of the marginal price,
 * {@code (spotPriceAfter / spotPriceBefore
 * - 1) * 10_000}: negative for an LSD sale, positive for an ETH sale; excludes the fee
 * @param executionCostBps how much worse than {@code spotPriceBefore} the trade executed,
 * fee included, in basis points; positive is a cost: {@code (1 - executionPrice /
 * spotPriceBefore) * 10_000} for an LSD sale,
 * {@code (executionPrice / spotPriceBefore - 1) *
 * 10_000} for an ETH sale
 * @param depth LSD sales that push the price of the pool before the trade to each target
 * @param stateAfter the pool after the trade
 */
public record StableSwapQuote(Coin sold, double amountIn, double amountOut, double executionPrice,
		double spotPriceBefore, double spotPriceAfter, double priceImpactBps, double executionCostBps,
		List<DepthLevel> depth, PoolState stateAfter) {

	public StableSwapQuote {
		depth = List.copyOf(depth);
	}

}
