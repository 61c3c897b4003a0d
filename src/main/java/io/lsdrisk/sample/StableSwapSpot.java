package io.lsdrisk.sample;

import io.lsdrisk.compute.liquidity.PoolState;
import io.lsdrisk.compute.liquidity.StableSwap;

/**
 * Fee-less marginal price of a two-coin Curve StableSwap pool in floating point, and its
 * inverse in the pool's composition. Conventions of {@code DOMAIN.md}: A as the contract
 * reports it, {@code Ann = 2 A}, invariant
 * {@code Ann (x + y) + D = Ann D + D^3 / (4 x y)}, price of coin 1 in coin 0
 * {@code p = x (Ann y + Dr) / (y (Ann x + Dr))} with {@code Dr = D^3 / (4 x y)}. The
 * price itself comes from {@link StableSwap}; this class adds the inverse used to shape
 * sample balances.
 */
final class StableSwapSpot {

	private static final double SHARE_MIN = 0.02;

	private static final double SHARE_MAX = 0.98;

	private StableSwapSpot() {
	}

	/** Price of coin 1 in units of coin 0 for balances x (coin 0) and y (coin 1). */
	static double price(double x, double y, double amplification) {
		return StableSwap.spotPrice(PoolState.of(x, y, amplification, 0.0));
	}

	/**
	 * The share {@code y / (x + y)} of coin 1 at which the price equals {@code price}, by
	 * bisection (the price falls as the share rises), limited to [0.02, 0.98].
	 */
	static double shareForPrice(double price, double amplification) {
		double low = SHARE_MIN;
		double high = SHARE_MAX;
		if (price >= price(1.0 - low, low, amplification)) {
			return low;
		}
		if (price <= price(1.0 - high, high, amplification)) {
			return high;
		}
		for (int i = 0; i < 60; i++) {
			double middle = 0.5 * (low + high);
			if (price(1.0 - middle, middle, amplification) > price) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return 0.5 * (low + high);
	}

}
