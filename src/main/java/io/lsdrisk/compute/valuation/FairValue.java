package io.lsdrisk.compute.valuation;

import io.lsdrisk.compute.Arguments;

/**
 * Fair value, peg and premium of a liquid staking token (DOMAIN.md, Valuation). Prices
 * are in ETH per token unless named {@code Usd}.
 */
public final class FairValue {

	private FairValue() {
	}

	/**
	 * Forward fair value after {@code horizonYears} at a continuous staking yield:
	 * {@code R * exp(y T)}, the ETH that the holding of one token today is worth then
	 * (for a rebasing token, through balance growth at one ETH per token; for a
	 * non-rebasing token, through the rate).
	 * @param exchangeRate R today, ETH per token, finite and > 0
	 * @param continuousYieldPerYear y, continuous per year, finite
	 * @param horizonYears T, finite and >= 0
	 * @return ETH; equals {@code exchangeRate} at T = 0
	 * @throws IllegalArgumentException on invalid input or an overflowing result
	 */
	public static double forward(double exchangeRate, double continuousYieldPerYear, double horizonYears) {
		Arguments.positive("exchangeRate", exchangeRate);
		Arguments.finite("continuousYieldPerYear", continuousYieldPerYear);
		Arguments.nonNegative("horizonYears", horizonYears);
		double value = exchangeRate * Math.exp(continuousYieldPerYear * horizonYears);
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("continuousYieldPerYear * horizonYears = "
					+ (continuousYieldPerYear * horizonYears) + " overflows the forward value");
		}
		return value;
	}

	/**
	 * Peg ratio {@code marketEth / fairEth}: 1 at par, below 1 at a discount.
	 * @param marketPriceEth market price, ETH per token, finite and > 0
	 * @param fairValueEth fair value (the exchange rate), ETH per token, finite and > 0
	 * @return the ratio, > 0
	 */
	public static double pegRatio(double marketPriceEth, double fairValueEth) {
		Arguments.positive("marketPriceEth", marketPriceEth);
		Arguments.positive("fairValueEth", fairValueEth);
		return marketPriceEth / fairValueEth;
	}

	/**
	 * Premium {@code (peg - 1) * 10,000} in basis points; negative for a discount.
	 * @param pegRatio market over fair value, finite and > 0
	 * @return basis points
	 */
	public static double premiumBps(double pegRatio) {
		Arguments.positive("pegRatio", pegRatio);
		return (pegRatio - 1) * 10_000;
	}

}
