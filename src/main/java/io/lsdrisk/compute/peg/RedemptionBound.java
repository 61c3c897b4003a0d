package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

/**
 * The discount that arbitrage through a withdrawal queue tolerates (DOMAIN: redemption
 * bound): buy the token at a discount, redeem it, wait W years for the ETH, paying the
 * funding rate r and earning y_q meanwhile. Tolerated discount
 * {@code max(0, 1 - exp(-(r - y_q) W)) + fees}; the corresponding peg floor is one minus
 * that. A discount far beyond it is market stress (the queue itself may be what
 * lengthens).
 * <p>
 * Used as {@link DepegSimulationSettings#pegFloor()} in the open regime: a peg that
 * cannot fall below the floor never reaches a threshold below it, and the floor does not
 * change the first passage to any threshold above it.
 */
public final class RedemptionBound {

	private RedemptionBound() {
	}

	/**
	 * The discount arbitrage tolerates, as a fraction of fair value.
	 * @param fundingRatePerYear r, continuous per year, finite
	 * @param queueYieldPerYear y_q earned while queued, continuous per year, finite (0
	 * for stETH in Lido's queue)
	 * @param withdrawalWaitYears W, finite and {@code >= 0}
	 * @param feesFraction gas and fees of the round trip as a fraction of the amount, in
	 * [0, 1]
	 * @return the discount in [0, 1]
	 */
	public static double maxDiscount(double fundingRatePerYear, double queueYieldPerYear, double withdrawalWaitYears,
			double feesFraction) {
		Arguments.finite("fundingRatePerYear", fundingRatePerYear);
		Arguments.finite("queueYieldPerYear", queueYieldPerYear);
		Arguments.nonNegative("withdrawalWaitYears", withdrawalWaitYears);
		if (!(feesFraction >= 0 && feesFraction <= 1)) {
			throw new IllegalArgumentException("feesFraction must be in [0, 1], was " + feesFraction);
		}
		double carry = -Math.expm1(-(fundingRatePerYear - queueYieldPerYear) * withdrawalWaitYears);
		return Math.min(1, Math.max(0, carry) + feesFraction);
	}

	/** {@code 1 - maxDiscount(...)}: the lowest peg arbitrage lets stand. */
	public static double pegFloor(double fundingRatePerYear, double queueYieldPerYear, double withdrawalWaitYears,
			double feesFraction) {
		return 1 - maxDiscount(fundingRatePerYear, queueYieldPerYear, withdrawalWaitYears, feesFraction);
	}

}
