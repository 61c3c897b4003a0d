package io.lsdrisk.options;

import io.lsdrisk.compute.options.OptionType;
import jakarta.validation.constraints.NotNull;

/**
 * One European option of a greeks request. Checked item by item by the service (the
 * constraints here document the rules; see {@link GreeksService}).
 *
 * @param type CALL or PUT
 * @param spot underlying price now, in (0, 1e12] (at least 1e-12)
 * @param strike strike in the unit of spot, in (0, 1e12] (at least 1e-12)
 * @param expiryYears time to expiry in years (365 days), in [0, 100]
 * @param volatility lognormal (diffusion) volatility per sqrt(year), in [0, 10]; 0 gives
 * the deterministic limit
 * @param riskFreeRate continuous risk-free rate per year, in [-1, 1]
 * @param carryYield continuous carry (staking) yield per year, in [-1, 1]; default 0
 * @param quantity contracts held, positive long, negative short, |quantity| <= 1e12;
 * default 1
 * @param jumpIntensity MERTON_JUMP only: expected jumps a year, in [0, 50]
 * @param jumpMean MERTON_JUMP only: mean log jump size, in [-5, 5]
 * @param jumpVolatility MERTON_JUMP only: standard deviation of the log jump size, in [0,
 * 3]
 */
record OptionContract(@NotNull OptionType type, @NotNull Double spot, @NotNull Double strike,
		@NotNull Double expiryYears, @NotNull Double volatility, @NotNull Double riskFreeRate, Double carryYield,
		Double quantity, Double jumpIntensity, Double jumpMean, Double jumpVolatility) {

}
