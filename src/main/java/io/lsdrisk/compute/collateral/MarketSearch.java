package io.lsdrisk.compute.collateral;

import java.util.function.DoublePredicate;

/**
 * Bracketing search for the smallest sale at which a monotone condition holds.
 */
final class MarketSearch {

	private static final double START = 1e-6;

	private static final double LARGEST = 1e30;

	private MarketSearch() {
	}

	/**
	 * Smallest {@code size > 0} with {@code reached.test(size)}, to a relative 1e-13, for
	 * a condition false at 0 and true from some size on.
	 * @param reached the monotone condition
	 * @return the size; {@link Double#POSITIVE_INFINITY} when it never holds below 1e30
	 */
	static double smallestSale(DoublePredicate reached) {
		double low = 0;
		double high = START;
		while (!reached.test(high)) {
			low = high;
			high *= 2;
			if (high > LARGEST) {
				return Double.POSITIVE_INFINITY;
			}
		}
		for (int i = 0; i < 200 && high - low > 1e-13 * high; i++) {
			double middle = 0.5 * (low + high);
			if (reached.test(middle)) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return 0.5 * (low + high);
	}

}
