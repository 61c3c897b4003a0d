package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * The shock that starts a cascade: an exogenous peg drop, then an initial sale, both into
 * the market before the first round.
 *
 * <p>
 * A peg drop of d is modelled as an outside seller pushing the market's marginal price to
 * {@code (1 - d)} times its starting value (the sale is {@code saleToReachPrice}); it
 * moves the protocol's price only under a {@link OracleMode#MARKET} oracle.
 *
 * @param pegDropFraction fall of the market price, in [0, 1)
 * @param initialSaleLsd tokens sold after the drop, {@code >= 0}
 */
public record CascadeShock(double pegDropFraction, double initialSaleLsd) {

	public CascadeShock {
		if (!(pegDropFraction >= 0 && pegDropFraction < 1)) {
			throw new IllegalArgumentException("pegDropFraction must be in [0, 1), was " + pegDropFraction);
		}
		Arguments.nonNegative("initialSaleLsd", initialSaleLsd);
	}

	/**
	 * @param pegDropFraction fall of the market price, in [0, 1)
	 * @return a peg-drop shock
	 */
	public static CascadeShock pegDrop(double pegDropFraction) {
		return new CascadeShock(pegDropFraction, 0);
	}

	/**
	 * @param initialSaleLsd tokens sold, {@code >= 0}
	 * @return a sale shock
	 */
	public static CascadeShock sale(double initialSaleLsd) {
		return new CascadeShock(0, initialSaleLsd);
	}

}
