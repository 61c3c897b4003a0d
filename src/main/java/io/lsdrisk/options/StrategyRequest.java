package io.lsdrisk.options;

import java.util.List;

import io.lsdrisk.compute.options.LegKind;
import io.lsdrisk.compute.options.OptionType;
import jakarta.validation.constraints.NotNull;

/**
 * A strategy to value: one of the seed's two, or custom legs, on a market given in the
 * request or read from a stored LSD.
 *
 * @param strategy COVERED_CALL, DEPEG_HEDGE or CUSTOM
 * @param symbol a stored LSD whose market inputs fill what {@code market} leaves out;
 * null to give every input
 * @param model BSM or MERTON_JUMP; default MERTON_JUMP with a symbol, else BSM
 * @param expiryYears the options' common expiry in years, in [0, 100]
 * @param units COVERED_CALL and DEPEG_HEDGE: LSD units held at expiry and covered, &gt;
 * 0; default 1
 * @param strike COVERED_CALL: call strike (default at the money); DEPEG_HEDGE: the peg
 * ratio insured (default lsdrisk.options.depeg-hedge-strike, 0.98)
 * @param legs CUSTOM only: the legs (absent or empty for COVERED_CALL and DEPEG_HEDGE)
 * @param market inputs that override or replace the stored ones
 * @param payoffGrid the prices at expiry to report payoffs for; default spot x [0.5, 1.5]
 * at lsdrisk.options.default-grid-points
 */
record StrategyRequest(@NotNull StrategyKind strategy, String symbol, OptionModel model, @NotNull Double expiryYears,
		Double units, Double strike, List<StrategyLegInput> legs, StrategyMarketInput market, PayoffGrid payoffGrid) {

	/**
	 * One leg of a custom strategy.
	 *
	 * @param kind UNDERLYING or OPTION
	 * @param type CALL or PUT for an OPTION leg; absent for UNDERLYING
	 * @param strike strike of an OPTION leg; absent for UNDERLYING
	 * @param quantity units of the underlying held now, or options; negative short
	 */
	record StrategyLegInput(@NotNull LegKind kind, OptionType type, Double strike, @NotNull Double quantity) {

	}

	/**
	 * Market inputs; each overrides the stored one, and all that the model needs are
	 * required without a symbol.
	 *
	 * @param spot underlying value now (LSD price in ETH, or the peg ratio for a depeg
	 * hedge)
	 * @param volatility diffusion volatility per sqrt(year), in [0, 10]
	 * @param riskFreeRate continuous risk-free rate per year, in [-1, 1]; default
	 * configured
	 * @param carryYield continuous carry yield per year, in [-1, 1]; default from the
	 * token model, or 0 without a symbol
	 * @param jumpIntensity MERTON_JUMP: expected jumps a year, in [0, 50]
	 * @param jumpMean MERTON_JUMP: mean log jump, in [-5, 5]
	 * @param jumpVolatility MERTON_JUMP: standard deviation of the log jump, in [0, 3]
	 */
	record StrategyMarketInput(Double spot, Double volatility, Double riskFreeRate, Double carryYield,
			Double jumpIntensity, Double jumpMean, Double jumpVolatility) {

	}

	/**
	 * Evenly spaced prices of the underlying at expiry.
	 *
	 * @param lowestPrice lowest price, &gt;= 0
	 * @param highestPrice highest price, &gt; lowestPrice
	 * @param points number of prices, in [2, lsdrisk.options.max-grid-points]
	 */
	record PayoffGrid(Double lowestPrice, Double highestPrice, Integer points) {

	}

}
