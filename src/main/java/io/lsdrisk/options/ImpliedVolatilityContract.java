package io.lsdrisk.options;

import io.lsdrisk.compute.options.OptionType;
import jakarta.validation.constraints.NotNull;

/**
 * One option price to invert.
 *
 * @param type CALL or PUT
 * @param spot underlying price now, in [1e-12, 1e12]
 * @param strike strike in the unit of spot, in [1e-12, 1e12]
 * @param expiryYears time to expiry in years, in (0, 100]
 * @param riskFreeRate continuous risk-free rate per year, in [-1, 1]
 * @param carryYield continuous carry yield per year, in [-1, 1]; default 0
 * @param price the option's price, within the no-arbitrage bounds
 */
record ImpliedVolatilityContract(@NotNull OptionType type, @NotNull Double spot, @NotNull Double strike,
		@NotNull Double expiryYears, @NotNull Double riskFreeRate, Double carryYield, @NotNull Double price) {

}
