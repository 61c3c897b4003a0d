package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * A position, or a bucket of identical positions, in a liquidation-cascade stress test.
 * All values in ETH; the LSD in token units.
 *
 * <p>
 * Health factor at oracle price p (ETH per token):
 * {@code HF = (lsdAmount p + otherCollateralEth) LT / debtEth}. Other collateral (ETH,
 * other LSDs, stablecoins with ETH/USD fixed) keeps its ETH value through the cascade and
 * shares the one, weighted, threshold; debt in other assets enters at its ETH value.
 *
 * <p>
 * A bucket stands for {@code positionCount} equal positions and carries their totals: the
 * liquidation rules are homogeneous of degree one in size (HF, close factor and bonus do
 * not depend on scale), so the bucket evolves exactly as its members do together.
 *
 * @param lsdAmount LSD collateral, tokens, {@code >= 0}
 * @param otherCollateralEth collateral that is not this LSD, ETH, {@code >= 0}
 * @param debtEth debt, ETH, {@code >= 0}
 * @param liquidationThreshold weighted liquidation threshold, in [0, 1]
 * @param positionCount positions this entry stands for, {@code >= 1}
 */
public record CascadePosition(double lsdAmount, double otherCollateralEth, double debtEth, double liquidationThreshold,
		int positionCount) {

	public CascadePosition {
		Arguments.nonNegative("lsdAmount", lsdAmount);
		Arguments.nonNegative("otherCollateralEth", otherCollateralEth);
		Arguments.nonNegative("debtEth", debtEth);
		Arguments.fraction("liquidationThreshold", liquidationThreshold);
		if (positionCount < 1) {
			throw new IllegalArgumentException("positionCount must be >= 1, was " + positionCount);
		}
	}

	/**
	 * A single position.
	 * @param lsdAmount LSD tokens
	 * @param otherCollateralEth other collateral, ETH
	 * @param debtEth debt, ETH
	 * @param liquidationThreshold fraction
	 * @return the position
	 */
	public static CascadePosition of(double lsdAmount, double otherCollateralEth, double debtEth,
			double liquidationThreshold) {
		return new CascadePosition(lsdAmount, otherCollateralEth, debtEth, liquidationThreshold, 1);
	}

	/**
	 * A bucket of a position distribution: {@code positionCount} positions of
	 * {@code lsdAmountPerPosition} tokens each, all at {@code healthFactor} at the given
	 * oracle price, with LSD collateral only.
	 * @param positionCount positions in the bucket, {@code >= 1}
	 * @param lsdAmountPerPosition tokens per position, {@code >= 0}
	 * @param healthFactor health factor of each, {@code > 0}
	 * @param liquidationThreshold fraction
	 * @param oraclePriceEth oracle price per token, ETH, {@code > 0}
	 * @return the aggregated bucket, {@code debtEth = lsd p LT / HF}
	 */
	public static CascadePosition bucket(int positionCount, double lsdAmountPerPosition, double healthFactor,
			double liquidationThreshold, double oraclePriceEth) {
		Arguments.positive("healthFactor", healthFactor);
		Arguments.positive("oraclePriceEth", oraclePriceEth);
		Arguments.nonNegative("lsdAmountPerPosition", lsdAmountPerPosition);
		double lsd = positionCount * lsdAmountPerPosition;
		return new CascadePosition(lsd, 0, lsd * oraclePriceEth * liquidationThreshold / healthFactor,
				liquidationThreshold, positionCount);
	}

	/**
	 * Health factor at an oracle price.
	 * @param oraclePriceEth ETH per token
	 * @return the health factor, infinite without debt
	 */
	public double healthFactor(double oraclePriceEth) {
		if (this.debtEth == 0) {
			return Double.POSITIVE_INFINITY;
		}
		return (this.lsdAmount * oraclePriceEth + this.otherCollateralEth) * this.liquidationThreshold / this.debtEth;
	}

}
