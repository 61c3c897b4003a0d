package io.lsdrisk.compute.liquidity;

import java.math.BigInteger;

/**
 * Result of {@link StableSwapExact#exchange}: amounts in wei and the pool balances after
 * the trade as the contract's {@code balances(i)} reports them (admin share of the fee
 * removed).
 *
 * @param soldWei amount of the sold coin paid in
 * @param receivedWei amount of the bought coin paid out, after the fee
 * @param feeWei the whole fee, in the bought coin
 * @param adminFeeWei the admin share of the fee, which leaves the pool balances
 * @param balanceEthAfterWei ETH balance after the trade
 * @param balanceLsdAfterWei LSD balance after the trade
 */
public record ExactExchange(BigInteger soldWei, BigInteger receivedWei, BigInteger feeWei, BigInteger adminFeeWei,
		BigInteger balanceEthAfterWei, BigInteger balanceLsdAfterWei) {

}
