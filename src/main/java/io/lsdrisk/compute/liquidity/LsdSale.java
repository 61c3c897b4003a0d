package io.lsdrisk.compute.liquidity;

/**
 * Outcome of selling LSD into a {@link LiquidityVenue}.
 *
 * @param amountLsd tokens sold
 * @param ethOut ETH received, after fees
 * @param spotPriceAfter marginal price afterwards, ETH per LSD, without fee
 * @param venueAfter the venue after the sale
 */
public record LsdSale(double amountLsd, double ethOut, double spotPriceAfter, LiquidityVenue venueAfter) {

}
