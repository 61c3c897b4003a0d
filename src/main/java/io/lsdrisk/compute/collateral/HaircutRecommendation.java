package io.lsdrisk.compute.collateral;

import java.util.List;

/**
 * A recommended LTV, liquidation threshold and bonus, with every component of the
 * haircut. Fractions are decimals.
 *
 * @param volatilityUsed volatility of the collateral against the debt, per sqrt(year)
 * @param priceMove fall of the collateral over the liquidation horizon at the confidence
 * level, {@code 1 - exp(-z sigma sqrt(h))}
 * @param liquidationPriceImpact fall of the market price caused by selling the liquidated
 * size (0 under an exchange-rate oracle, which does not see it)
 * @param slippage average execution discount of selling the liquidated size, fees
 * included
 * @param jumpAddOn historical worst peg drop within one horizon beyond the diffusive
 * move, {@code max(0, worstDrop - priceMove)}
 * @param recommendedLiquidationBonus the bonus liquidators need: slippage plus their
 * margin
 * @param recommendedLiquidationThreshold
 * {@code (1 - priceMove - liquidationPriceImpact - jumpAddOn) / (1 + bonus)}, floored at
 * 0
 * @param recommendedLoanToValue {@code LT (1 - priceMove)}: a position opened at the LTV
 * survives one horizon's move at the confidence level
 * @param haircut {@code 1 - recommendedLiquidationThreshold}
 * @param looserThanRecommended names of current parameters looser than recommended
 * ({@code loanToValue}, {@code liquidationThreshold} above; {@code liquidationBonus}
 * below)
 * @param reference the method's description
 */
public record HaircutRecommendation(double volatilityUsed, double priceMove, double liquidationPriceImpact,
		double slippage, double jumpAddOn, double recommendedLiquidationBonus, double recommendedLiquidationThreshold,
		double recommendedLoanToValue, double haircut, List<String> looserThanRecommended, String reference) {

}
