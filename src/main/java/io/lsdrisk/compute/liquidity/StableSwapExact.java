package io.lsdrisk.compute.liquidity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The Curve stETH/ETH pool's exchange math in the contract's own integer arithmetic:
 * uint256 values, floor division, the same Newton iterations, stopping rules and
 * rounding, so that results agree with the contract to the wei.
 * <p>
 * Reference: {@code StableSwapSTETH.vy} (curvefi/curve-contract,
 * {@code contracts/pools/steth}), functions {@code get_D}, {@code get_y}, {@code get_dy}
 * and {@code exchange}. Coin 0 is ETH, coin 1 the LSD; balances are in wei (1e18 per
 * token, the pool has no rate multipliers). The amplification is {@code A_precise()} (A
 * times {@link #A_PRECISION}), the fee is scaled by {@link #FEE_DENOMINATOR} (0.04 % is
 * 4,000,000).
 * <p>
 * Where the contract would revert (uint256 overflow or underflow, division by zero, no
 * convergence in 255 rounds) these methods throw {@link IllegalArgumentException} saying
 * so: there is no contract result to reproduce.
 */
public final class StableSwapExact {

	/** The contract's A_PRECISION: {@code A_precise() = A * 100}. */
	public static final BigInteger A_PRECISION = BigInteger.valueOf(100);

	/** Fees are integers over this denominator (1e10). */
	public static final BigInteger FEE_DENOMINATOR = BigInteger.TEN.pow(10);

	/** The contract's MAX_A (1e6) times A_PRECISION. */
	public static final BigInteger MAX_AMP_PRECISE = BigInteger.TEN.pow(8);

	/** The stETH pool's admin fee: half of each swap fee ({@code admin_fee = 5e9}). */
	public static final BigInteger STETH_POOL_ADMIN_FEE = BigInteger.valueOf(5_000_000_000L);

	/** Wei per token (1e18). */
	public static final BigInteger WEI_PER_TOKEN = BigInteger.TEN.pow(18);

	private static final int N_COINS = 2;

	private static final int MAX_ROUNDS = 255;

	private static final int UINT256_BITS = 256;

	private static final BigInteger TWO = BigInteger.TWO;

	private static final BigInteger THREE = BigInteger.valueOf(3);

	private StableSwapExact() {
	}

	/**
	 * The invariant D of the contract's {@code get_D(xp, amp)}.
	 * @param balancesWei the two pool balances in wei, coin 0 ETH and coin 1 the LSD,
	 * each in [0, 2^256)
	 * @param ampPrecise {@code A_precise()}, in [1, {@link #MAX_AMP_PRECISE}]
	 * @return D in wei; 0 for an empty pool
	 */
	public static BigInteger getD(BigInteger[] balancesWei, BigInteger ampPrecise) {
		checkBalances(balancesWei);
		checkAmp(ampPrecise);
		return invariant(balancesWei[0], balancesWei[1], ampPrecise);
	}

	/**
	 * The contract's {@code get_y(i, j, x, xp)}: the balance of coin j that keeps D
	 * unchanged when the balance of coin i becomes {@code newBalanceWei}.
	 * @param i index of the coin whose balance changes (0 or 1)
	 * @param j index of the other coin (1 or 0)
	 * @param newBalanceWei the new balance of coin i in wei
	 * @param balancesWei the current balances in wei
	 * @param ampPrecise {@code A_precise()}
	 * @return the balance of coin j in wei
	 */
	public static BigInteger getY(int i, int j, BigInteger newBalanceWei, BigInteger[] balancesWei,
			BigInteger ampPrecise) {
		checkIndices(i, j);
		checkUint("newBalanceWei", newBalanceWei);
		checkBalances(balancesWei);
		checkAmp(ampPrecise);
		return balanceAfter(newBalanceWei, balancesWei, ampPrecise);
	}

	/**
	 * The contract's {@code get_dy(i, j, dx)}: the amount of coin j received for
	 * {@code dxWei} of coin i, after the fee.
	 * @param i index of the coin sold (0 ETH, 1 LSD)
	 * @param j index of the coin bought
	 * @param dxWei amount sold in wei, in [0, 2^256)
	 * @param balancesWei the current balances in wei
	 * @param ampPrecise {@code A_precise()}
	 * @param feeScaled the fee times 1e10, in [0, 1e10)
	 * @return amount received in wei
	 */
	public static BigInteger getDy(int i, int j, BigInteger dxWei, BigInteger[] balancesWei, BigInteger ampPrecise,
			BigInteger feeScaled) {
		checkIndices(i, j);
		checkUint("dxWei", dxWei);
		checkBalances(balancesWei);
		checkAmp(ampPrecise);
		checkFee("feeScaled", feeScaled);
		BigInteger dy = grossOut(i, j, dxWei, balancesWei, ampPrecise);
		return sub(dy, div(mul(feeScaled, dy), FEE_DENOMINATOR));
	}

	/**
	 * The contract's {@code exchange(i, j, dx, 0)}: the amount received and the pool's
	 * balances afterwards, as {@code balances(i)} reports them, that is with the admin
	 * share of the fee removed (it is set aside in {@code admin_balances}); the liquidity
	 * providers' share stays in the pool. Transfer rounding of stETH itself (shares) is
	 * not modelled.
	 * @param i index of the coin sold
	 * @param j index of the coin bought
	 * @param dxWei amount sold in wei
	 * @param balancesWei the current balances in wei
	 * @param ampPrecise {@code A_precise()}
	 * @param feeScaled the fee times 1e10, in [0, 1e10)
	 * @param adminFeeScaled the admin share of the fee times 1e10, in [0, 1e10]
	 * ({@link #STETH_POOL_ADMIN_FEE} for the stETH pool)
	 * @return amounts and balances after the trade
	 */
	public static ExactExchange exchange(int i, int j, BigInteger dxWei, BigInteger[] balancesWei,
			BigInteger ampPrecise, BigInteger feeScaled, BigInteger adminFeeScaled) {
		checkIndices(i, j);
		checkUint("dxWei", dxWei);
		checkBalances(balancesWei);
		checkAmp(ampPrecise);
		checkFee("feeScaled", feeScaled);
		if (adminFeeScaled == null || adminFeeScaled.signum() < 0 || adminFeeScaled.compareTo(FEE_DENOMINATOR) > 0) {
			throw new IllegalArgumentException("adminFeeScaled must be in [0, 1e10], was " + adminFeeScaled);
		}
		BigInteger dy = grossOut(i, j, dxWei, balancesWei, ampPrecise);
		BigInteger dyFee = div(mul(dy, feeScaled), FEE_DENOMINATOR);
		BigInteger received = sub(dy, dyFee);
		BigInteger adminFee = div(mul(dyFee, adminFeeScaled), FEE_DENOMINATOR);
		BigInteger[] after = { balancesWei[0], balancesWei[1] };
		after[i] = add(after[i], dxWei);
		after[j] = sub(sub(after[j], received), adminFee);
		return new ExactExchange(dxWei, received, dyFee, adminFee, after[0], after[1]);
	}

	/**
	 * Converts a token amount to wei, rounding half-even to the nearest wei.
	 * @param amountTokens amount in tokens, finite and >= 0
	 * @return the amount in wei
	 */
	public static BigInteger toWei(double amountTokens) {
		if (!Double.isFinite(amountTokens) || amountTokens < 0) {
			throw new IllegalArgumentException("amountTokens must be finite and >= 0, was " + amountTokens);
		}
		return new BigDecimal(amountTokens).movePointRight(18).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
	}

	/**
	 * Converts wei to tokens, correctly rounded to the nearest double.
	 * @param amountWei amount in wei
	 * @return the amount in tokens
	 */
	public static double toTokens(BigInteger amountWei) {
		return new BigDecimal(amountWei).movePointLeft(18).doubleValue();
	}

	/**
	 * Converts A as the contract's {@code A()} reports it (fractional during a ramp) to
	 * {@code A_precise()}, rounding to the nearest integer.
	 * @param amplification A, in [0.01, 1e6]
	 * @return A times 100
	 */
	public static BigInteger ampPrecise(double amplification) {
		if (!Double.isFinite(amplification) || amplification < 0.01 || amplification > 1e6) {
			throw new IllegalArgumentException("amplification must be in [0.01, 1e6], was " + amplification);
		}
		return BigInteger.valueOf(Math.round(amplification * 100));
	}

	/**
	 * Converts a fee fraction to the contract's scaled integer, rounding to the nearest
	 * unit.
	 * @param fee fee as a fraction of the output, in [0, 1)
	 * @return fee times 1e10
	 */
	public static BigInteger feeScaled(double fee) {
		if (!Double.isFinite(fee) || fee < 0 || fee >= 1) {
			throw new IllegalArgumentException("fee must be in [0, 1), was " + fee);
		}
		return BigInteger.valueOf(Math.round(fee * 1e10));
	}

	private static BigInteger grossOut(int i, int j, BigInteger dxWei, BigInteger[] balancesWei,
			BigInteger ampPrecise) {
		BigInteger x = add(balancesWei[i], dxWei);
		BigInteger y = balanceAfter(x, balancesWei, ampPrecise);
		return sub(sub(balancesWei[j], y), BigInteger.ONE);
	}

	private static BigInteger invariant(BigInteger x0, BigInteger x1, BigInteger amp) {
		BigInteger s = add(x0, x1);
		if (s.signum() == 0) {
			return BigInteger.ZERO;
		}
		BigInteger ann = mul(amp, TWO);
		BigInteger annS = div(mul(ann, s), A_PRECISION);
		BigInteger annLessOne = sub(ann, A_PRECISION);
		// The contract's "+ 1" keeps an empty coin from dividing by zero.
		BigInteger divisor0 = add(mul(x0, TWO), BigInteger.ONE);
		BigInteger divisor1 = add(mul(x1, TWO), BigInteger.ONE);
		BigInteger d = s;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			BigInteger dP = div(mul(d, d), divisor0);
			dP = div(mul(dP, d), divisor1);
			BigInteger previous = d;
			BigInteger numerator = mul(add(annS, mul(dP, TWO)), d);
			BigInteger denominator = add(div(mul(annLessOne, d), A_PRECISION), mul(THREE, dP));
			d = div(numerator, denominator);
			if (d.subtract(previous).abs().compareTo(BigInteger.ONE) <= 0) {
				return d;
			}
		}
		throw revert("get_D did not converge in 255 rounds");
	}

	private static BigInteger balanceAfter(BigInteger x, BigInteger[] balancesWei, BigInteger amp) {
		BigInteger d = invariant(balancesWei[0], balancesWei[1], amp);
		BigInteger ann = mul(amp, TWO);
		BigInteger c = div(mul(d, d), mul(x, TWO));
		c = div(mul(mul(c, d), A_PRECISION), mul(ann, TWO));
		BigInteger b = add(x, div(mul(d, A_PRECISION), ann));
		BigInteger y = d;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			BigInteger previous = y;
			y = div(add(mul(y, y), c), sub(add(mul(TWO, y), b), d));
			if (y.subtract(previous).abs().compareTo(BigInteger.ONE) <= 0) {
				return y;
			}
		}
		throw revert("get_y did not converge in 255 rounds");
	}

	private static BigInteger add(BigInteger a, BigInteger b) {
		return checkOverflow(a.add(b));
	}

	private static BigInteger mul(BigInteger a, BigInteger b) {
		return checkOverflow(a.multiply(b));
	}

	private static BigInteger sub(BigInteger a, BigInteger b) {
		BigInteger result = a.subtract(b);
		if (result.signum() < 0) {
			throw revert("uint256 underflow");
		}
		return result;
	}

	private static BigInteger div(BigInteger a, BigInteger b) {
		if (b.signum() == 0) {
			throw revert("division by zero");
		}
		return a.divide(b);
	}

	private static BigInteger checkOverflow(BigInteger value) {
		if (value.bitLength() > UINT256_BITS) {
			throw revert("uint256 overflow");
		}
		return value;
	}

	private static IllegalArgumentException revert(String reason) {
		return new IllegalArgumentException("the pool contract reverts for these inputs: " + reason);
	}

	private static void checkIndices(int i, int j) {
		if (i < 0 || i >= N_COINS || j < 0 || j >= N_COINS || i == j) {
			throw new IllegalArgumentException("i and j must be 0 and 1 in either order, were " + i + " and " + j);
		}
	}

	private static void checkBalances(BigInteger[] balancesWei) {
		if (balancesWei == null || balancesWei.length != N_COINS) {
			throw new IllegalArgumentException("balancesWei must hold exactly 2 balances (ETH, LSD)");
		}
		checkUint("balancesWei[0]", balancesWei[0]);
		checkUint("balancesWei[1]", balancesWei[1]);
	}

	private static void checkUint(String name, BigInteger value) {
		if (value == null || value.signum() < 0 || value.bitLength() > UINT256_BITS) {
			throw new IllegalArgumentException(name + " must be an integer in [0, 2^256), was " + value);
		}
	}

	private static void checkAmp(BigInteger ampPrecise) {
		if (ampPrecise == null || ampPrecise.signum() <= 0 || ampPrecise.compareTo(MAX_AMP_PRECISE) > 0) {
			throw new IllegalArgumentException("ampPrecise must be in [1, 1e8] (A times 100), was " + ampPrecise);
		}
	}

	private static void checkFee(String name, BigInteger value) {
		if (value == null || value.signum() < 0 || value.compareTo(FEE_DENOMINATOR) >= 0) {
			throw new IllegalArgumentException(name + " must be in [0, 1e10) (fee times 1e10), was " + value);
		}
	}

}
