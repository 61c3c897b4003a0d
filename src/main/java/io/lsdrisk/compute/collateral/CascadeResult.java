package io.lsdrisk.compute.collateral;

import java.util.List;

/**
 * Outcome of a liquidation cascade. LSD in tokens, everything else in ETH.
 *
 * <p>
 * Conservation: {@code initialCollateralLsd = remainingCollateralLsd +
 * totalCollateralLiquidatedLsd}, {@code initialOtherCollateralEth =
 * remainingOtherCollateralEth + totalOtherCollateralLiquidatedEth} and
 * {@code initialDebtEth = remainingDebtEth + totalDebtRepaidEth + badDebtEth}, where the
 * remaining amounts are summed over the positions at the end.
 *
 * @param rounds every round, in order
 * @param initialMarketPriceEth market price before the shock
 * @param shockedMarketPriceEth market price after the shock, before round 1
 * @param finalMarketPriceEth market price after the last round
 * @param finalPegRatio final market price over the exchange rate
 * @param finalOraclePriceEth the protocol's price at the end
 * @param exogenousSaleLsd tokens the shock sold (peg drop and initial sale)
 * @param totalCollateralLiquidatedLsd LSD seized over all rounds
 * @param totalOtherCollateralLiquidatedEth other collateral seized over all rounds
 * @param totalDebtRepaidEth debt repaid over all rounds
 * @param badDebtEth debt left on positions with no collateral left (written off)
 * @param positionsLiquidated distinct positions liquidated at least once
 * @param initialCollateralLsd LSD held by all positions at the start
 * @param remainingCollateralLsd LSD held at the end
 * @param initialOtherCollateralEth other collateral at the start
 * @param remainingOtherCollateralEth other collateral at the end
 * @param initialDebtEth debt at the start
 * @param remainingDebtEth debt outstanding at the end (not counting bad debt)
 * @param converged false when the round limit stopped the cascade before no position was
 * liquidatable
 */
public record CascadeResult(List<CascadeRound> rounds, double initialMarketPriceEth, double shockedMarketPriceEth,
		double finalMarketPriceEth, double finalPegRatio, double finalOraclePriceEth, double exogenousSaleLsd,
		double totalCollateralLiquidatedLsd, double totalOtherCollateralLiquidatedEth, double totalDebtRepaidEth,
		double badDebtEth, long positionsLiquidated, double initialCollateralLsd, double remainingCollateralLsd,
		double initialOtherCollateralEth, double remainingOtherCollateralEth, double initialDebtEth,
		double remainingDebtEth, boolean converged) {

}
