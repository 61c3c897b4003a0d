package io.lsdrisk.compute.collateral;

import java.util.List;

/**
 * Health of one lending position. Money amounts are in the position's base currency.
 *
 * @param healthFactor {@code sum(collateral * price * LT) / sum(debt * price)};
 * {@link Double#POSITIVE_INFINITY} when there is no debt (Aave reports its maximum
 * integer), 0 when there is debt and no collateral
 * @param collateralValue sum of collateral amount times price
 * @param weightedCollateralValue sum of collateral amount times price times LT
 * @param debtValue sum of debt amount times price
 * @param borrowingPowerLeft {@code max(0, sum(collateral * price * LTV) - debtValue)}, in
 * the base currency (Aave's "available borrows")
 * @param liquidationPegMultiplier factor on every LSD's current market price at which HF
 * = 1, null when not applicable (see {@code liquidationPegReason})
 * @param liquidationPegRatio peg ratio (market / exchange rate) at which HF = 1: the
 * current peg times the multiplier; null when not applicable or when the LSD collaterals
 * have different current pegs
 * @param liquidationPegReason why the liquidation peg is null, else null
 * @param liquidationEthPrice ETH price in the base currency at which HF = 1 when every
 * ETH-correlated asset (ETH and LSDs) moves with ETH, null when not applicable
 * @param liquidationEthPriceReason why {@code liquidationEthPrice} is null, else null
 * @param buffer {@code 1 - 1/HF}: the fraction by which the weighted collateral can fall
 * (debt fixed) before HF = 1; 1 without debt; negative below HF = 1
 * @param alertTier tier by the documented cut-offs of {@link AlertTier}
 * @param shockedHealthFactors health factor after depegs of 1, 2, 5, 10 and 20 %
 */
public record PositionHealth(double healthFactor, double collateralValue, double weightedCollateralValue,
		double debtValue, double borrowingPowerLeft, Double liquidationPegMultiplier, Double liquidationPegRatio,
		String liquidationPegReason, Double liquidationEthPrice, String liquidationEthPriceReason, double buffer,
		AlertTier alertTier, List<ShockedHealth> shockedHealthFactors) {

}
