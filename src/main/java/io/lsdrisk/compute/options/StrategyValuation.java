package io.lsdrisk.compute.options;

import java.util.List;

/**
 * Value, Greeks and payoff at expiry of an option strategy: quantity-weighted sums over
 * its legs.
 *
 * @param greeks value and Greeks, in the conventions of {@link OptionValuation}
 * @param jumpIntensitySensitivity dV/dlambda, 0 without jumps in the market
 * @param payoffAtExpiry payoff and profit on the requested price grid, in increasing
 * price
 */
public record StrategyValuation(OptionValuation greeks, double jumpIntensitySensitivity,
		List<PayoffPoint> payoffAtExpiry) {

	/** Copies the grid so that the record stays immutable. */
	public StrategyValuation {
		payoffAtExpiry = List.copyOf(payoffAtExpiry);
	}

}
