package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * Published methods for collateral parameters, computed side by side with
 * {@link HaircutModel}.
 *
 * <ul>
 * <li>Risk DAO, SmartLTV (2023, B.Protocol risk oracle,
 * https://docs.bprotocol.org/risk-oracle/smartltv-formula):
 * {@code LTV = exp(-c sigma sqrt(d / l)) - bonus}.</li>
 * <li>Gauntlet, "E-Mode Methodology: Aave V3 Liquid Staking Tokens" (Aave governance
 * forum, 2023,
 * https://governance.aave.com/t/arfc-gauntlet-e-mode-methodology-aave-v3-liquid-staking-tokens/12700):
 * historical divergence of market rate from conversion rate below {@code 1 - LT};
 * slippage of selling 10 % of the supply cap below the bonus.</li>
 * <li>Chaos Labs, supply-cap methodology for Aave v3 (Aave governance forum, 2023):
 * supply cap at twice the liquidity that can be sold before the price falls by the
 * liquidation bonus.</li>
 * </ul>
 * None of them counts the liquidation's own price impact on a market oracle or a depeg
 * jump; {@link HaircutModel} adds both.
 */
public final class PublishedHaircutMethods {

	private PublishedHaircutMethods() {
	}

	/**
	 * Risk DAO's SmartLTV.
	 * @param pairVolatility sigma, volatility of the collateral/debt pair per sqrt of the
	 * time unit in which the liquidity l is available again (daily in the paper),
	 * {@code >= 0}
	 * @param supplyCapLsd d, the supply cap (or debt ceiling) in tokens, {@code >= 0}
	 * @param confidenceFactor c, {@code >= 0}
	 * @param liquidationBonus bonus, fraction
	 * @param market the DEX market, for l = tokens sellable within a slippage equal to
	 * the bonus
	 * @return the LTV, the liquidity used and the reference
	 */
	public static SmartLtv smartLtv(double pairVolatility, double supplyCapLsd, double confidenceFactor,
			double liquidationBonus, LiquidationMarket market) {
		Arguments.nonNegative("pairVolatility", pairVolatility);
		Arguments.nonNegative("supplyCapLsd", supplyCapLsd);
		Arguments.nonNegative("confidenceFactor", confidenceFactor);
		Arguments.fraction("liquidationBonus", liquidationBonus);
		Arguments.notNull("market", market);
		double liquidity = (liquidationBonus < 1) ? market.saleWithinSlippage(liquidationBonus) : 0;
		double formula;
		if (supplyCapLsd == 0) {
			formula = 1 - liquidationBonus;
		}
		else if (liquidity == 0) {
			formula = -liquidationBonus;
		}
		else {
			formula = Math.exp(-confidenceFactor * pairVolatility * Math.sqrt(supplyCapLsd / liquidity))
					- liquidationBonus;
		}
		return new SmartLtv(Math.max(0, formula), formula, liquidity, SmartLtv.REFERENCE);
	}

	/**
	 * Gauntlet's two E-mode conditions.
	 * @param maxHistoricalDivergence largest |1 - market / conversion rate| on record
	 * (for example {@link PegHistory#maxDivergence()})
	 * @param liquidationThreshold the E-mode LT, fraction
	 * @param liquidationBonus the E-mode bonus, fraction
	 * @param supplyCapLsd supply cap in tokens, {@code >= 0}
	 * @param market the DEX market
	 * @return each condition with its numbers
	 */
	public static GauntletEmodeCheck gauntletEmode(double maxHistoricalDivergence, double liquidationThreshold,
			double liquidationBonus, double supplyCapLsd, LiquidationMarket market) {
		Arguments.nonNegative("maxHistoricalDivergence", maxHistoricalDivergence);
		Arguments.fraction("liquidationThreshold", liquidationThreshold);
		Arguments.fraction("liquidationBonus", liquidationBonus);
		Arguments.nonNegative("supplyCapLsd", supplyCapLsd);
		Arguments.notNull("market", market);
		double divergenceLimit = 1 - liquidationThreshold;
		double sale = 0.1 * supplyCapLsd;
		double slippage = market.slippage(sale);
		boolean divergenceOk = maxHistoricalDivergence < divergenceLimit;
		boolean slippageOk = slippage < liquidationBonus;
		return new GauntletEmodeCheck(maxHistoricalDivergence, divergenceLimit, divergenceOk, sale, slippage,
				liquidationBonus, slippageOk, divergenceOk && slippageOk, GauntletEmodeCheck.REFERENCE);
	}

	/**
	 * Chaos Labs' supply-cap rule.
	 * @param liquidationBonus bonus, fraction, in (0, 1)
	 * @param currentSupplyCapLsd the market's cap in tokens, {@code >= 0}
	 * @param market the DEX market
	 * @return the recommended cap and whether the current one exceeds it
	 */
	public static ChaosLabsSupplyCap chaosLabsSupplyCap(double liquidationBonus, double currentSupplyCapLsd,
			LiquidationMarket market) {
		Arguments.openFraction("liquidationBonus", liquidationBonus);
		Arguments.nonNegative("currentSupplyCapLsd", currentSupplyCapLsd);
		Arguments.notNull("market", market);
		double liquidity = market.saleToReachPrice(market.priceEth() * (1 - liquidationBonus));
		double cap = 2 * liquidity;
		return new ChaosLabsSupplyCap(liquidity, cap, currentSupplyCapLsd > cap, ChaosLabsSupplyCap.REFERENCE);
	}

	/**
	 * SmartLTV result.
	 *
	 * @param loanToValue the formula floored at 0
	 * @param formulaValue {@code exp(-c sigma sqrt(d / l)) - bonus} before the floor
	 * ({@code 1 - bonus} when d = 0; {@code -bonus} when l = 0)
	 * @param liquidityWithinBonusLsd l, tokens sellable within a slippage equal to the
	 * bonus
	 * @param reference where the method is published
	 */
	public record SmartLtv(double loanToValue, double formulaValue, double liquidityWithinBonusLsd, String reference) {

		static final String REFERENCE = "Risk DAO, SmartLTV: LTV = exp(-c sigma sqrt(d / l)) - bonus"
				+ " (https://docs.bprotocol.org/risk-oracle/smartltv-formula)";

	}

	/**
	 * Gauntlet E-mode conditions.
	 *
	 * @param maxHistoricalDivergence largest historical divergence
	 * @param divergenceLimit {@code 1 - LT}
	 * @param divergenceCondition divergence below the limit
	 * @param saleLsd 10 % of the supply cap, tokens
	 * @param saleSlippage slippage of that sale
	 * @param liquidationBonus the bonus it must stay under
	 * @param slippageCondition slippage below the bonus
	 * @param passes both conditions hold
	 * @param reference where the method is published
	 */
	public record GauntletEmodeCheck(double maxHistoricalDivergence, double divergenceLimit,
			boolean divergenceCondition, double saleLsd, double saleSlippage, double liquidationBonus,
			boolean slippageCondition, boolean passes, String reference) {

		static final String REFERENCE = "Gauntlet, E-Mode Methodology: Aave V3 Liquid Staking Tokens"
				+ " (https://governance.aave.com/t/arfc-gauntlet-e-mode-methodology-aave-v3-liquid-staking-tokens/12700)";

	}

	/**
	 * Chaos Labs supply cap.
	 *
	 * @param liquidityWithinBonusLsd tokens sellable before the marginal price falls by
	 * the bonus
	 * @param recommendedSupplyCapLsd twice that
	 * @param currentCapExceedsRecommended whether the current cap is looser
	 * @param reference where the method is published
	 */
	public record ChaosLabsSupplyCap(double liquidityWithinBonusLsd, double recommendedSupplyCapLsd,
			boolean currentCapExceedsRecommended, String reference) {

		static final String REFERENCE = "Chaos Labs, Aave v3 supply-cap methodology: cap = 2 x liquidity"
				+ " within the liquidation bonus's price impact (Aave governance forum, 2023)";

	}

}
