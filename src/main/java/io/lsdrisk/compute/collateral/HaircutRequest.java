package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * Inputs of {@link HaircutModel}. Fractions are decimals.
 *
 * @param pegVolatility volatility of ln(peg), per sqrt(year), {@code >= 0} (for example
 * {@link PegHistory#annualisedVolatility()})
 * @param ethVolatility volatility of ETH against the debt asset, per sqrt(year),
 * {@code >= 0}; used only when {@code debtIsEth} is false
 * @param debtIsEth whether the debt is ETH (then only the peg moves the collateral)
 * @param liquidationHorizonYears time to complete a liquidation, years, {@code > 0}
 * (1/365 for a day)
 * @param confidenceLevel one-sided confidence of the price move, in (0.5, 1)
 * @param worstPegDropOverHorizon largest historical peg fall within one horizon, fraction
 * (for example {@link PegHistory#worstDropOverHorizon()})
 * @param liquidatedSizeLsd tokens one liquidation event must sell, {@code >= 0}
 * @param liquidatorMargin what a liquidator needs beyond slippage (gas, capital, profit),
 * fraction
 * @param oracleMode which price the protocol sees
 * @param currentLoanToValue the market's LTV now, fraction
 * @param currentLiquidationThreshold the market's LT now, fraction
 * @param currentLiquidationBonus the market's bonus now, fraction
 */
public record HaircutRequest(double pegVolatility, double ethVolatility, boolean debtIsEth,
		double liquidationHorizonYears, double confidenceLevel, double worstPegDropOverHorizon,
		double liquidatedSizeLsd, double liquidatorMargin, OracleMode oracleMode, double currentLoanToValue,
		double currentLiquidationThreshold, double currentLiquidationBonus) {

	public HaircutRequest {
		Arguments.nonNegative("pegVolatility", pegVolatility);
		Arguments.nonNegative("ethVolatility", ethVolatility);
		Arguments.positive("liquidationHorizonYears", liquidationHorizonYears);
		if (!(confidenceLevel > 0.5 && confidenceLevel < 1)) {
			throw new IllegalArgumentException("confidenceLevel must be in (0.5, 1), was " + confidenceLevel);
		}
		Arguments.fraction("worstPegDropOverHorizon", worstPegDropOverHorizon);
		Arguments.nonNegative("liquidatedSizeLsd", liquidatedSizeLsd);
		Arguments.fraction("liquidatorMargin", liquidatorMargin);
		Arguments.notNull("oracleMode", oracleMode);
		Arguments.fraction("currentLoanToValue", currentLoanToValue);
		Arguments.fraction("currentLiquidationThreshold", currentLiquidationThreshold);
		Arguments.fraction("currentLiquidationBonus", currentLiquidationBonus);
	}

}
