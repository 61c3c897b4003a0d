package io.lsdrisk.liquidity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * StableSwap analytics of one stored pool state. Figures that cannot be computed are
 * null, with {@code reason} saying why.
 *
 * @param observedAt when the pool state was observed
 * @param source the pool state's source
 * @param balanceEth stored ETH balance
 * @param balanceLsd stored LSD balance, tokens
 * @param amplification A as the pool reports it
 * @param fee fee as a fraction of the output
 * @param exchangeRate ETH per token used to scale the LSD balance (1 for a rebasing
 * token)
 * @param exchangeRateObservedAt when that rate was stored (null for a rebasing token)
 * @param spotPriceEth marginal price, ETH per token, without fee
 * @param spotPegRatio marginal price over the exchange rate
 * @param depth sales of the LSD that push the peg ratio to each target
 * @param standardSale a sale of {@code lsdrisk.liquidity.standard-sale-tokens} tokens
 * (null in history items)
 * @param reason why figures are null, else null
 */
record VenueLiquiditySnapshot(Instant observedAt, String source, BigDecimal balanceEth, BigDecimal balanceLsd,
		BigDecimal amplification, BigDecimal fee, @Nullable Double exchangeRate,
		@Nullable Instant exchangeRateObservedAt, @Nullable Double spotPriceEth, @Nullable Double spotPegRatio,
		List<VenueDepthLevel> depth, @Nullable StandardSale standardSale, @Nullable String reason) {

	/**
	 * @param pegRatio target peg ratio
	 * @param priceEth the target as ETH per token ({@code pegRatio * exchangeRate})
	 * @param sellAmountTokens LSD tokens whose sale pushes the peg ratio to the target (0
	 * when already at or below it); null when no finite sale reaches it
	 * @param sellValueEth those tokens at the exchange rate, ETH
	 * @param reason why the amount is null, else null
	 */
	record VenueDepthLevel(double pegRatio, double priceEth, @Nullable Double sellAmountTokens,
			@Nullable Double sellValueEth, @Nullable String reason) {

	}

	/**
	 * @param amountTokens LSD tokens sold
	 * @param amountOutEth ETH received after the fee
	 * @param executionPriceEth ETH per token realised, fee included
	 * @param spotPriceAfterEth marginal price afterwards, ETH per token
	 * @param priceImpactBps move of the marginal price, bp (negative)
	 * @param executionCostBps shortfall of the execution price against the spot price
	 * before, fee included, bp
	 */
	record StandardSale(double amountTokens, double amountOutEth, double executionPriceEth, double spotPriceAfterEth,
			double priceImpactBps, double executionCostBps) {

	}

}
