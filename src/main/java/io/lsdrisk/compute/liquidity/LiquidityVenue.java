package io.lsdrisk.compute.liquidity;

/**
 * A market into which LSD can be sold for ETH, as a liquidation cascade needs it. Prices
 * are ETH per LSD token; implementations are immutable and a sale returns the venue after
 * it.
 */
public interface LiquidityVenue {

	/**
	 * The marginal price of the LSD now, without fee.
	 * @return ETH per LSD token
	 */
	double spotPrice();

	/**
	 * Sells LSD into the venue.
	 * @param amountLsd tokens sold, finite and >= 0
	 * @return ETH received and the venue afterwards
	 */
	LsdSale sellLsd(double amountLsd);

	/**
	 * The LSD sale that pushes the marginal price down to {@code targetPrice}.
	 * @param targetPrice ETH per LSD token, finite and > 0
	 * @return tokens to sell; 0 when the price is already at or below the target;
	 * {@link Double#POSITIVE_INFINITY} when no sale of finite size reaches it
	 */
	double lsdSaleToReachPrice(double targetPrice);

}
