package io.lsdrisk.compute.liquidity;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floating-point {@link StableSwap} against the contract-exact
 * {@link StableSwapExact} over a grid of pool sizes (1 to 1e7 ETH a side), imbalances
 * (95/5 either way), amplifications (1 to 5000) and trade sizes (1e-6 to 5 times the
 * bought coin's balance): amount out, D and post-trade balances within 1e-9 relative.
 */
class StableSwapAgreementTests {

	private static final double FEE = 0.0004;

	private static final double TOLERANCE = 1e-9;

	@Test
	void floatingPointAgreesWithContractIntegers() {
		BigInteger feeScaled = StableSwapExact.feeScaled(FEE);
		int compared = 0;
		double worst = 0;
		for (double total : new double[] { 2, 37, 1e3, 123_456.5, 1e6, 2e7 }) {
			for (double lsdShare : new double[] { 0.05, 0.3, 0.5, 0.82, 0.95 }) {
				for (double a : new double[] { 1, 10, 37.25, 50, 100, 1000, 5000 }) {
					PoolState pool = PoolState.of(total * (1 - lsdShare), total * lsdShare, a, FEE);
					BigInteger[] balancesWei = { StableSwapExact.toWei(pool.balanceEth()),
							StableSwapExact.toWei(pool.balanceLsd()) };
					BigInteger amp = StableSwapExact.ampPrecise(a);
					double d = StableSwap.invariant(pool);
					double exactD = StableSwapExact.toTokens(StableSwapExact.getD(balancesWei, amp));
					assertThat(relative(d, exactD)).as("D %s", pool).isLessThan(TOLERANCE);
					for (Coin sold : Coin.values()) {
						for (double fraction : new double[] { 1e-6, 1e-3, 0.05, 0.5, 1, 5 }) {
							double amount = fraction * pool.balance(sold.other());
							BigInteger amountWei = StableSwapExact.toWei(amount);
							ExactExchange exact = StableSwapExact.exchange(sold.index(), sold.other().index(),
									amountWei, balancesWei, amp, feeScaled, StableSwapExact.STETH_POOL_ADMIN_FEE);
							double out = StableSwap.amountOut(pool, sold, amount);
							double error = relative(out, StableSwapExact.toTokens(exact.receivedWei()));
							assertThat(error).as("%s sell %s %s", pool, amount, sold).isLessThan(TOLERANCE);
							if (error > worst) {
								worst = error;
								System.out.println(
										error + " " + pool + " " + sold + " " + amount + " " + exact.receivedWei());
							}
							PoolState after = pool.afterSale(sold, amount);
							assertThat(
									relative(after.balanceEth(), StableSwapExact.toTokens(exact.balanceEthAfterWei())))
								.isLessThan(TOLERANCE);
							assertThat(
									relative(after.balanceLsd(), StableSwapExact.toTokens(exact.balanceLsdAfterWei())))
								.isLessThan(TOLERANCE);
							compared++;
						}
					}
				}
			}
		}
		assertThat(compared).isEqualTo(6 * 5 * 7 * 2 * 6);
		// Well inside the tolerance: the float path loses no digits to cancellation. The
		// worst
		// case is the smallest trade (1e-7 ETH out, 1.2e10 wei), where the contract's own
		// 1-wei deduction and floors are 1e-10 of the result.
		assertThat(worst).isLessThan(1e-10);
	}

	private static double relative(double actual, double expected) {
		return Math.abs(actual - expected) / Math.abs(expected);
	}

}
