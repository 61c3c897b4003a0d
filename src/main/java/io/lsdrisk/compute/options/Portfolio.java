package io.lsdrisk.compute.options;

import java.util.List;

/**
 * Quantity-weighted sums of option valuations on one underlying (a book's price and
 * Greeks).
 */
public final class Portfolio {

	private Portfolio() {
	}

	/**
	 * Sum of {@code quantities[i] * valuations.get(i)}, figure by figure.
	 * @param valuations the valuations of one contract each
	 * @param quantities number of contracts of each, positive long, negative short,
	 * finite
	 * @return the total; {@link OptionValuation#ZERO} for an empty list
	 * @throws IllegalArgumentException when the lists differ in length or a quantity is
	 * not finite
	 */
	public static OptionValuation total(List<OptionValuation> valuations, double[] quantities) {
		checkSizes(valuations.size(), quantities);
		OptionValuation total = OptionValuation.ZERO;
		for (int i = 0; i < quantities.length; i++) {
			total = total.plus(valuations.get(i).times(quantities[i]));
		}
		return total;
	}

	/**
	 * Sum of jump-diffusion valuations: Greeks and dV/dlambda weighted by quantity, the
	 * largest number of series terms, and the quantity-weighted sum of the truncation
	 * bounds (a bound on the total's truncation error).
	 * @param valuations the valuations of one contract each
	 * @param quantities number of contracts of each, positive long, negative short,
	 * finite
	 * @return the total
	 * @throws IllegalArgumentException when the lists differ in length or a quantity is
	 * not finite
	 */
	public static JumpValuation totalWithJumps(List<JumpValuation> valuations, double[] quantities) {
		checkSizes(valuations.size(), quantities);
		OptionValuation total = OptionValuation.ZERO;
		double jumpIntensitySensitivity = 0.0;
		double errorBound = 0.0;
		int terms = 0;
		for (int i = 0; i < quantities.length; i++) {
			JumpValuation valuation = valuations.get(i);
			total = total.plus(valuation.greeks().times(quantities[i]));
			jumpIntensitySensitivity += quantities[i] * valuation.jumpIntensitySensitivity();
			errorBound += Math.abs(quantities[i]) * valuation.truncationErrorBound();
			terms = Math.max(terms, valuation.seriesTerms());
		}
		return new JumpValuation(total.price(), total.delta(), total.gamma(), total.vega(), total.theta(), total.rho(),
				total.carryRho(), total.vanna(), total.volga(), total.charm(), jumpIntensitySensitivity, terms,
				errorBound);
	}

	private static void checkSizes(int valuationCount, double[] quantities) {
		if (quantities.length != valuationCount) {
			throw new IllegalArgumentException("quantities must hold one entry per valuation: " + valuationCount
					+ " valuations, " + quantities.length + " quantities");
		}
		for (int i = 0; i < quantities.length; i++) {
			Checks.finite("quantities[" + i + "]", quantities[i]);
		}
	}

}
