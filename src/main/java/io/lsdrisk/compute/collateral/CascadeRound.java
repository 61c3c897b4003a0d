package io.lsdrisk.compute.collateral;

/**
 * One round of a cascade: every position liquidatable at the round's oracle price is
 * liquidated once, then the seized LSD is sold into the market in one sale.
 *
 * @param round 1-based round number
 * @param oraclePriceEth the price at which positions were tested and collateral seized,
 * ETH per token
 * @param marketPriceBeforeEth market marginal price before the round's sale
 * @param marketPriceAfterEth market marginal price after it (next round's price under a
 * market oracle)
 * @param positionsLiquidated positions liquidated in this round (a bucket counts its
 * members)
 * @param collateralSeizedLsd LSD seized and sold, tokens
 * @param otherCollateralSeizedEth other collateral seized, ETH (not sold into the market)
 * @param debtRepaidEth debt repaid by liquidators, ETH
 * @param badDebtEth debt left on positions whose collateral ran out in this round, ETH
 * @param ethReceived ETH the sale returned
 */
public record CascadeRound(int round, double oraclePriceEth, double marketPriceBeforeEth, double marketPriceAfterEth,
		long positionsLiquidated, double collateralSeizedLsd, double otherCollateralSeizedEth, double debtRepaidEth,
		double badDebtEth, double ethReceived) {

}
