package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.time.LocalDate;

/**
 * Whether an LSD's holders can redeem it for ETH through the protocol on a given day. The
 * peg behaves differently in the two: stETH's daily AR(1) half-life was about 22 days in
 * the second half of 2022 and under a day once withdrawals opened.
 */
public enum RedemptionRegime {

	/** No redemption channel: nothing but the market ties the token to ETH. */
	CLOSED,

	/** Redemption open: arbitrage through the withdrawal queue bounds the discount. */
	OPEN;

	/**
	 * The regime on a day.
	 * @param day a UTC day
	 * @param withdrawalsEnabledFrom the first day redemption was open, or null if it
	 * never was
	 */
	public static RedemptionRegime on(LocalDate day, LocalDate withdrawalsEnabledFrom) {
		Arguments.notNull("day", day);
		return (withdrawalsEnabledFrom != null && !day.isBefore(withdrawalsEnabledFrom)) ? OPEN : CLOSED;
	}

}
