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
 * The one function of the bound: the valuation's redemption bound and the reflecting
 * floor of the depeg model's open regime ({@link RegimeSwitching#pegFloor()}) both call
 * it, with the same parameters.
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

	/**
	 * The wait of a redemption when the queue is known: the protocol's usual wait plus
	 * the time the queue ahead takes to be paid out, {@code W = baseWaitDays + queueEth /
	 * throughputEthPerDay}, in years (365 days).
	 * @param baseWaitDays the usual wait without a queue, days, finite and {@code >= 0}
	 * @param queueEth ETH waiting in the queue, finite and {@code >= 0}
	 * @param throughputEthPerDay ETH a day the queue is paid out at, finite and
	 * {@code > 0}
	 * @return W in years
	 */
	public static double withdrawalWaitYears(double baseWaitDays, double queueEth, double throughputEthPerDay) {
		Arguments.nonNegative("baseWaitDays", baseWaitDays);
		Arguments.nonNegative("queueEth", queueEth);
		Arguments.positive("throughputEthPerDay", throughputEthPerDay);
		return (baseWaitDays + queueEth / throughputEthPerDay) / DayCount.DAYS_PER_YEAR;
	}

	/** {@code 1 - maxDiscount(...)}: the lowest peg arbitrage lets stand. */
	public static double pegFloor(double fundingRatePerYear, double queueYieldPerYear, double withdrawalWaitYears,
			double feesFraction) {
		return 1 - maxDiscount(fundingRatePerYear, queueYieldPerYear, withdrawalWaitYears, feesFraction);
	}

}
