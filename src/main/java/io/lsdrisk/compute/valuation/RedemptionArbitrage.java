package io.lsdrisk.compute.valuation;

import io.lsdrisk.compute.Arguments;

/**
 * The discount that arbitrage through a protocol's withdrawal queue tolerates (DOMAIN.md,
 * redemption bound): buy the token at a discount, redeem it, wait W years for the ETH,
 * paying the funding rate r and earning y_q while queued. The tolerated discount is
 * {@code max(0, 1 - exp(-(r - y_q) W)) + fees}, capped at 1; the peg floor is one minus
 * it. Before a protocol had withdrawals there is no such bound (callers check that).
 *
 * @param maxDiscount tolerated discount, a fraction of fair value in [0, 1]
 * @param maxDiscountBps the same in basis points
 * @param pegFloor {@code 1 - maxDiscount}, the lowest peg arbitrage lets stand
 */
public record RedemptionArbitrage(double maxDiscount, double maxDiscountBps, double pegFloor) {

	/**
	 * The bound for one withdrawal wait.
	 * @param fundingRatePerYear r, continuous per year, finite
	 * @param queueYieldPerYear y_q earned while queued, continuous per year, finite (0
	 * for stETH in Lido's queue)
	 * @param withdrawalWaitYears W, finite and >= 0
	 * @param feesFraction gas and fees of the round trip as a fraction of the amount, in
	 * [0, 1]
	 * @return the bound
	 */
	public static RedemptionArbitrage bound(double fundingRatePerYear, double queueYieldPerYear,
			double withdrawalWaitYears, double feesFraction) {
		Arguments.finite("fundingRatePerYear", fundingRatePerYear);
		Arguments.finite("queueYieldPerYear", queueYieldPerYear);
		Arguments.nonNegative("withdrawalWaitYears", withdrawalWaitYears);
		if (!(feesFraction >= 0 && feesFraction <= 1)) {
			throw new IllegalArgumentException("feesFraction must be in [0, 1], was " + feesFraction);
		}
		// A queue that earns more than funding costs costs nothing to wait in: carry 0.
		double carry = Math.max(0, -Math.expm1(-(fundingRatePerYear - queueYieldPerYear) * withdrawalWaitYears));
		double discount = Math.min(1, carry + feesFraction);
		return new RedemptionArbitrage(discount, discount * 10_000, 1 - discount);
	}

}
