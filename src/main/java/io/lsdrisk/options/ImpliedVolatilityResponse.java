package io.lsdrisk.options;

import java.util.List;

/**
 * Implied volatilities in request order.
 *
 * @param results one per contract
 */
record ImpliedVolatilityResponse(List<ImpliedVolatilityResult> results) {

	/**
	 * @param impliedVolatility Black-Scholes-Merton volatility per sqrt(year) that
	 * reproduces the price
	 */
	record ImpliedVolatilityResult(double impliedVolatility) {

	}

}
