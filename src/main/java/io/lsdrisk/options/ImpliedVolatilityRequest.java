package io.lsdrisk.options;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * Option prices to invert into Black-Scholes-Merton volatilities.
 *
 * @param contracts 1 to {@code lsdrisk.options.max-contracts} (10,000) prices
 */
record ImpliedVolatilityRequest(@NotNull List<ImpliedVolatilityContract> contracts) {

}
