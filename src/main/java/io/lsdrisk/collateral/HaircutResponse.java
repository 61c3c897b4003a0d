package io.lsdrisk.collateral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.lsdrisk.compute.DataProvenance;
import org.jspecify.annotations.Nullable;

/**
 * A recommended LTV, liquidation threshold and bonus for one LSD in one market, with each
 * component, the market's current parameters and the published methods side by side.
 * Fractions are decimals; volatilities per sqrt(year).
 *
 * @param symbol the LSD
 * @param market the lending market
 * @param debt ETH (only the peg moves the collateral against the debt) or USD (peg and
 * ETH/USD)
 * @param horizonHours liquidation horizon
 * @param confidence one-sided confidence of the price move
 * @param liquidationSizeLsd tokens one liquidation sells
 * @param liquidationSizeSource REQUEST, SUPPLY_CAP (fraction of the market's cap) or POOL
 * (fraction of the pool's LSD balance, when the market has no cap)
 * @param recommendedLtv {@code LT (1 - priceMove)}
 * @param recommendedLiquidationThreshold
 * {@code (1 - priceMove - liquidationPriceImpact - jumpAddOn) / (1 + bonus)}
 * @param recommendedLiquidationBonus slippage plus the liquidator's margin
 * @param haircut {@code 1 - recommendedLiquidationThreshold}
 * @param components every component of the haircut
 * @param current the market's current parameters
 * @param looserThanRecommended current parameters looser than recommended (ltv and
 * liquidationThreshold above, liquidationBonus below)
 * @param pegHistory the stored peg history behind the price move and jump
 * @param pool the stored DEX pool the liquidation sells into
 * @param publishedMethods SmartLTV, Gauntlet's E-mode conditions and Chaos Labs' supply
 * cap, from the same inputs
 * @param method the method's formula
 * @param dataProvenance real and generated days of the stored states used: every UTC day
 * of the peg history (and of the ETH/USD series for USD debt), from its first state to
 * the latest (every state feeds the volatility and the worst drop, so a day is generated
 * when any of its states is; a day without a state repeats the last one before it), plus
 * the stored pool state's day and the days of the exchange rates that scale or unwrap it
 */
public record HaircutResponse(String symbol, String market, String debt, double horizonHours, double confidence,
		double liquidationSizeLsd, String liquidationSizeSource, double recommendedLtv,
		double recommendedLiquidationThreshold, double recommendedLiquidationBonus, double haircut,
		HaircutComponents components, LendingMarket current, List<String> looserThanRecommended,
		PegHistoryData pegHistory, DexPool pool, PublishedMethods publishedMethods, String method,
		DataProvenance dataProvenance) {

	/**
	 * @param priceMove {@code 1 - exp(-z sigma sqrt(horizon))}
	 * @param volatilityUsed sigma: the peg volatility (ETH debt) or
	 * {@code hypot(pegVolatility, ethVolatility)} (USD debt)
	 * @param pegVolatility realised volatility of ln(peg) from the stored history
	 * @param ethVolatility realised volatility of ln(ETH/USD) from the same stored states
	 * (USD debt only, else null)
	 * @param liquidationPriceImpact fall of the market price from selling the liquidation
	 * size (0 under an EXCHANGE_RATE oracle, which does not see it)
	 * @param slippage average discount of selling the liquidation size, fee included
	 * @param liquidatorMargin what liquidators need beyond slippage
	 * @param jumpAddOn {@code max(0, worstDropOverHorizon - priceMove)}
	 * @param oracleMode the market's oracle mode
	 */
	public record HaircutComponents(double priceMove, double volatilityUsed, double pegVolatility,
			@Nullable Double ethVolatility, double liquidationPriceImpact, double slippage, double liquidatorMargin,
			double jumpAddOn, OracleMode oracleMode) {

	}

	/**
	 * @param from first state used
	 * @param to last state used
	 * @param observations states with a market price and an exchange rate
	 * @param annualisedVolatility realised volatility of ln(peg)
	 * @param maxDiscount {@code max(0, 1 - min peg)}
	 * @param maxDivergence {@code max |1 - peg|}
	 * @param worstDropOverHorizon largest fall within one horizon
	 * @param ethUsdObservations states with an ETH/USD (USD debt only, else 0)
	 */
	public record PegHistoryData(Instant from, Instant to, int observations, double annualisedVolatility,
			double maxDiscount, double maxDivergence, double worstDropOverHorizon, int ethUsdObservations) {

	}

	/**
	 * @param smartLtv Risk DAO SmartLTV (null with a reason without a supply cap)
	 * @param smartLtvReason why it is null
	 * @param gauntletEmode Gauntlet's E-mode conditions (null with a reason without a
	 * cap)
	 * @param gauntletEmodeReason why it is null
	 * @param chaosLabsSupplyCap Chaos Labs' supply cap (null with a reason at bonus 0)
	 * @param chaosLabsSupplyCapReason why it is null
	 */
	public record PublishedMethods(@Nullable SmartLtvResult smartLtv, @Nullable String smartLtvReason,
			@Nullable GauntletEmodeResult gauntletEmode, @Nullable String gauntletEmodeReason,
			@Nullable ChaosLabsSupplyCapResult chaosLabsSupplyCap, @Nullable String chaosLabsSupplyCapReason) {

	}

	/**
	 * {@code LTV = exp(-c sigma sqrt(d / l)) - bonus}.
	 *
	 * @param ltv the formula floored at 0
	 * @param formulaValue before the floor
	 * @param confidenceFactor c
	 * @param dailyVolatility sigma, the pair volatility per sqrt(day) (volatilityUsed /
	 * sqrt(365))
	 * @param supplyCapLsd d
	 * @param liquidityWithinBonusLsd l, tokens sellable within a slippage equal to the
	 * bonus
	 * @param liquidationBonus the market's bonus
	 * @param reference where it is published
	 */
	public record SmartLtvResult(double ltv, double formulaValue, double confidenceFactor, double dailyVolatility,
			double supplyCapLsd, double liquidityWithinBonusLsd, double liquidationBonus, String reference) {

	}

	/**
	 * @param maxHistoricalDivergence max |1 - peg| on record
	 * @param divergenceLimit {@code 1 - LT}
	 * @param divergenceCondition divergence below the limit
	 * @param saleLsd 10 % of the supply cap
	 * @param saleSlippage its slippage
	 * @param liquidationBonus the bonus it must stay under
	 * @param slippageCondition slippage below the bonus
	 * @param passes both hold
	 * @param reference where it is published
	 */
	public record GauntletEmodeResult(double maxHistoricalDivergence, double divergenceLimit,
			boolean divergenceCondition, double saleLsd, double saleSlippage, double liquidationBonus,
			boolean slippageCondition, boolean passes, String reference) {

	}

	/**
	 * @param liquidityWithinBonusLsd tokens sellable before the price falls by the bonus
	 * @param recommendedSupplyCapLsd twice that
	 * @param currentSupplyCapLsd the market's cap (null: uncapped)
	 * @param currentCapExceedsRecommended whether the current cap is looser (true when
	 * uncapped)
	 * @param reference where it is published
	 */
	public record ChaosLabsSupplyCapResult(double liquidityWithinBonusLsd, double recommendedSupplyCapLsd,
			@Nullable BigDecimal currentSupplyCapLsd, boolean currentCapExceedsRecommended, String reference) {

	}

}
