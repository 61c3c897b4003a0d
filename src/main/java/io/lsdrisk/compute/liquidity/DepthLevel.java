package io.lsdrisk.compute.liquidity;

/**
 * One row of a depth table: how much LSD must be sold to push the marginal price down to
 * a target.
 *
 * @param price target marginal price, ETH per LSD token, without fee
 * @param sellAmount LSD tokens whose sale moves the marginal price to {@code price}; 0
 * when the price is already at or below it; {@link Double#POSITIVE_INFINITY} when no
 * finite sale reaches it (see {@link #reachable()})
 */
public record DepthLevel(double price, double sellAmount) {

	/**
	 * Whether a finite sale reaches the target price.
	 * @return false when {@link #sellAmount()} is infinite
	 */
	public boolean reachable() {
		return Double.isFinite(this.sellAmount);
	}

}
