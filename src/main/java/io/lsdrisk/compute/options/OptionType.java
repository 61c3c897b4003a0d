package io.lsdrisk.compute.options;

/**
 * The right an option gives its holder at expiry.
 */
public enum OptionType {

	/** The right to buy at the strike: payoff {@code max(S - K, 0)}. */
	CALL,

	/** The right to sell at the strike: payoff {@code max(K - S, 0)}. */
	PUT;

	/**
	 * Payoff at expiry for one option.
	 * @param priceAtExpiry the underlying's price at expiry
	 * @param strike the strike, in the same unit
	 * @return the payoff, never negative
	 */
	public double payoff(double priceAtExpiry, double strike) {
		return Math.max((this == CALL) ? priceAtExpiry - strike : strike - priceAtExpiry, 0.0);
	}

}
