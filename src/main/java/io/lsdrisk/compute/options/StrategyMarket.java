package io.lsdrisk.compute.options;

/**
 * Market inputs shared by every leg of a strategy. With jump intensity 0 the legs are
 * valued by Black-Scholes-Merton, otherwise by Merton's jump-diffusion (see
 * {@link MertonJumpDiffusion} for the ranges, which {@link OptionStrategy} checks).
 *
 * @param spot underlying price now (an LSD in ETH, or the LSD/ETH peg ratio)
 * @param volatility diffusion volatility per sqrt(year)
 * @param riskFreeRate continuous risk-free rate per year
 * @param carryYield continuous carry yield per year, earned by a holder of the underlying
 * and reinvested in it
 * @param jumpIntensity expected jumps a year (0: no jumps)
 * @param jumpMean mean log jump size
 * @param jumpVolatility standard deviation of the log jump size
 */
public record StrategyMarket(double spot, double volatility, double riskFreeRate, double carryYield,
		double jumpIntensity, double jumpMean, double jumpVolatility) {

	/**
	 * A market without jumps.
	 * @param spot underlying price now
	 * @param volatility volatility per sqrt(year)
	 * @param riskFreeRate continuous risk-free rate per year
	 * @param carryYield continuous carry yield per year
	 * @return the market
	 */
	public static StrategyMarket withoutJumps(double spot, double volatility, double riskFreeRate, double carryYield) {
		return new StrategyMarket(spot, volatility, riskFreeRate, carryYield, 0.0, 0.0, 0.0);
	}

}
