package io.lsdrisk.compute.valuation;

import io.lsdrisk.compute.peg.RedemptionBound;

/**
 * The discount that arbitrage through a protocol's withdrawal queue tolerates (DOMAIN.md,
 * redemption bound): buy the token at a discount, redeem it, wait W years for the ETH,
 * paying the funding rate r and earning y_q while queued. The tolerated discount is
 * {@code max(0, 1 - exp(-(r - y_q) W)) + fees}, capped at 1; the peg floor is one minus
 * it, computed by {@link RedemptionBound#maxDiscount}, the same function as the depeg
 * model's redemption floor. Before a protocol had withdrawals there is no such bound
 * (callers check that).
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
		// the one function of the bound, shared with the depeg model's redemption floor
		double discount = RedemptionBound.maxDiscount(fundingRatePerYear, queueYieldPerYear, withdrawalWaitYears,
				feesFraction);
		return new RedemptionArbitrage(discount, discount * 10_000, 1 - discount);
	}

}
