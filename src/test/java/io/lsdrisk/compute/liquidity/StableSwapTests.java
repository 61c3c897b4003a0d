package io.lsdrisk.compute.liquidity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link StableSwap} against closed forms at balance, conservation of D, symmetry,
 * monotonicity, the constant-sum and constant-product limits, the derived spot-price
 * column of the real Curve stETH pool history, and the contract's own exact results.
 */
class StableSwapTests {

	private static final Path POOL_HISTORY = Path.of("db/sample/curve_steth_pool_balances_daily_2021-09_2022-06.csv");

	/** The Curve stETH pool on 2022-06-14 (82 % stETH), A = 50, fee 0.04 %. */
	private static final PoolState JUNE_14 = PoolState.of(109891.950756, 498670.801727, 50, 0.0004);

	@Test
	void balancedPoolHasInvariantEqualToSumAndPriceOne() {
		for (double balance : new double[] { 1, 777.25, 1e7 }) {
			for (double a : new double[] { 1, 50, 5000 }) {
				PoolState pool = PoolState.of(balance, balance, a, 0.0004);
				assertThat(StableSwap.invariant(balance, balance, a)).isCloseTo(2 * balance, within(2e-15 * balance));
				assertThat(StableSwap.spotPrice(pool)).isCloseTo(1.0, within(1e-14));
			}
		}
	}

	@Test
	void tradesAreSymmetricAtBalance() {
		PoolState pool = PoolState.of(300_000, 300_000, 50, 0.0004);
		for (double amount : new double[] { 0.001, 1000, 250_000, 1e6 }) {
			assertThat(StableSwap.amountOut(pool, Coin.LSD, amount))
				.isCloseTo(StableSwap.amountOut(pool, Coin.ETH, amount), within(1e-12 * amount));
			assertThat(StableSwap.priceImpactBps(pool, Coin.LSD, amount))
				.isCloseTo(-bpsOfInverse(StableSwap.priceImpactBps(pool, Coin.ETH, amount)), within(1e-6));
		}
	}

	/**
	 * Mirror image: selling ETH moves the LSD price to p, selling LSD moves it to 1/p.
	 */
	private static double bpsOfInverse(double impactBps) {
		return (1 / (1 + impactBps / 10_000) - 1) * -10_000;
	}

	/**
	 * With no fee the post-trade point lies on the same curve (D equal); when the whole
	 * fee leaves the pool (admin share 1) likewise; when providers keep part of it D
	 * rises by that kept fee times dD/dx_j at the fee-less post-trade state, to first
	 * order. From the invariant {@code F = Ann (x + y) + D - Ann D - D^3/(4 x y)}:
	 * {@code dD/dx = -F_x / F_D = (Ann + Dr/x) / (Ann - 1 + 3 Dr/D)},
	 * {@code Dr = D^3/(4xy)}.
	 */
	@Test
	void invariantIsConservedUpToFees() {
		double ann = 2 * JUNE_14.amplification();
		for (Coin sold : Coin.values()) {
			for (double amount : new double[] { 0.5, 5000, 90_000, 2e6 }) {
				PoolState noFee = new PoolState(JUNE_14.balanceEth(), JUNE_14.balanceLsd(), 50, 0, 0.5);
				double d0 = StableSwap.invariant(noFee);
				PoolState noFeeAfter = StableSwap.stateAfterSale(noFee, sold, amount);
				assertThat(StableSwap.invariant(noFeeAfter)).isCloseTo(d0, within(1e-13 * d0));

				PoolState feeToAdmin = new PoolState(JUNE_14.balanceEth(), JUNE_14.balanceLsd(), 50, 0.0004, 1);
				assertThat(StableSwap.invariant(StableSwap.stateAfterSale(feeToAdmin, sold, amount))).isCloseTo(d0,
						within(1e-13 * d0));

				double grown = StableSwap.invariant(JUNE_14.afterSale(sold, amount)) - d0;
				assertThat(grown).isPositive();
				double kept = StableSwap.amountOut(JUNE_14, sold, amount) / (1 - 0.0004) * 0.0004 * 0.5;
				double xj = noFeeAfter.balance(sold.other());
				if (kept < 1e-3 * xj) {
					double dr = d0 * d0 * d0 / (4 * noFeeAfter.balanceEth() * noFeeAfter.balanceLsd());
					double dDdx = (ann + dr / xj) / (ann - 1 + 3 * dr / d0);
					assertThat(grown).isCloseTo(kept * dDdx, within(1e-3 * kept * dDdx));
				}
			}
		}
	}

	@Test
	void getYKeepsTheInvariant() {
		double d = StableSwap.invariant(JUNE_14);
		double newEth = 123_456.789;
		double lsd = StableSwap.getY(JUNE_14, Coin.ETH, newEth);
		assertThat(StableSwap.invariant(newEth, lsd, 50)).isCloseTo(d, within(1e-12 * d));
		assertThat(StableSwap.getY(JUNE_14, Coin.LSD, JUNE_14.balanceLsd())).isCloseTo(JUNE_14.balanceEth(),
				within(1e-9 * JUNE_14.balanceEth()));
	}

	@Test
	void impactGrowsWithSizeAndOutputIsConcave() {
		double previousImpact = 0;
		double previousOut = 0;
		double previousIncrement = Double.POSITIVE_INFINITY;
		for (int k = 1; k <= 40; k++) {
			double amount = 5000.0 * k;
			double impact = StableSwap.priceImpactBps(JUNE_14, Coin.LSD, amount);
			double out = StableSwap.amountOut(JUNE_14, Coin.LSD, amount);
			assertThat(impact).isLessThan(previousImpact);
			assertThat(out - previousOut).isPositive().isLessThan(previousIncrement);
			previousIncrement = out - previousOut;
			previousImpact = impact;
			previousOut = out;
		}
		assertThat(previousOut).isLessThan(JUNE_14.balanceEth());
	}

	/**
	 * Without fee, selling in two halves along the curve yields exactly what one sale
	 * yields (the path stays on one curve).
	 */
	@Test
	void salesWithoutFeeArePathIndependent() {
		PoolState pool = new PoolState(200_000, 400_000, 50, 0, 0.5);
		LsdSale whole = pool.sellLsd(60_000);
		LsdSale first = pool.sellLsd(30_000);
		LsdSale second = first.venueAfter().sellLsd(30_000);
		assertThat(first.ethOut() + second.ethOut()).isCloseTo(whole.ethOut(), within(1e-9));
		assertThat(second.spotPriceAfter()).isCloseTo(whole.spotPriceAfter(), within(1e-13));
	}

	/**
	 * As A grows the curve flattens to constant sum: out -> amount (1 - fee). The
	 * marginal price on a balanced pool after moving a fraction r of it deviates from 1
	 * by O(r/A), so at A = 1e7 and r = 0.1 the relative gap is below 1e-6.
	 */
	@Test
	void highAmplificationTendsToConstantSum() {
		PoolState pool = PoolState.of(1000, 1000, 1e7, 0.0004);
		double out = StableSwap.amountOut(pool, Coin.LSD, 100);
		assertThat(out).isCloseTo(100 * (1 - 0.0004), within(1e-6 * 100));
		PoolState lowerA = PoolState.of(1000, 1000, 1e4, 0.0004);
		double gapLower = 100 * (1 - 0.0004) - StableSwap.amountOut(lowerA, Coin.LSD, 100);
		double gapHigher = 100 * (1 - 0.0004) - out;
		assertThat(gapLower).isPositive();
		assertThat(gapHigher).isPositive().isLessThan(gapLower / 500);
	}

	/**
	 * As A falls the curve tends to constant product. On the curve
	 * {@code x y = (D^2/4) / (1 + eps)} with {@code eps = Ann (x + y - D)/D >= 0},
	 * whereas the constant-product pool through the same balanced start keeps
	 * {@code x y = D^2/4}. So after selling dx the StableSwap pool keeps
	 * {@code y1 = yCp / (1 + eps)} and pays {@code out = outCp + yCp eps/(1 + eps)}, with
	 * eps at most {@code Ann (x1 + yCp - D)/D}. Both bounds, the lower one tight as A ->
	 * 0, are checked.
	 */
	@Test
	void lowAmplificationApproachesConstantProduct() {
		double balance = 1000;
		for (double a : new double[] { 1, 2, 10 }) {
			double ann = 2 * a;
			PoolState pool = new PoolState(balance, balance, a, 0, 0);
			for (double dx : new double[] { 10, 300, 2000 }) {
				double x1 = balance + dx;
				double yCp = balance * balance / x1;
				double outCp = balance - yCp;
				double epsMax = ann * (x1 + yCp - 2 * balance) / (2 * balance);
				double out = StableSwap.amountOut(pool, Coin.ETH, dx);
				assertThat(out).isGreaterThanOrEqualTo(outCp).isLessThanOrEqualTo(outCp + yCp * epsMax + 1e-9);
			}
		}
	}

	/**
	 * The sample file's derived column is the fee-less marginal price at A = 50 (Ann =
	 * 100), given to 6 decimals. It is neither consistently rounded nor truncated (12 of
	 * 322 rows differ from ours by between 5e-7 and 7.4e-7), so each row must agree
	 * within one unit of the last decimal, and nearly all must round to it. Mixing
	 * conventions (Ann = 50 or 200) misses by up to 0.05.
	 */
	@Test
	void reproducesImpliedSpotColumnOfRealPoolHistory() throws IOException {
		List<String> lines = Files.readAllLines(POOL_HISTORY);
		assertThat(lines.get(0)).isEqualTo(
				"unix_ts,utc_time,virtual_price,steth_balance,eth_balance,steth_share,implied_spot_steth_eth_A50");
		int roundingMatches = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");
			double price = StableSwap
				.spotPrice(PoolState.of(Double.parseDouble(fields[4]), Double.parseDouble(fields[3]), 50, 0.0004));
			double expected = Double.parseDouble(fields[6]);
			assertThat(price).as(fields[1]).isCloseTo(expected, within(1e-6));
			if (Math.abs(price - expected) <= 5e-7) {
				roundingMatches++;
			}
		}
		assertThat(lines).hasSize(323);
		assertThat(roundingMatches).isGreaterThanOrEqualTo(305);
	}

	/**
	 * The 82 % stETH pool of 2022-06-14: price 0.9345 (the file's column, and Chainlink's
	 * stETH/ETH feed printed 0.935 four days later). Depth: 0.99, 0.98 and 0.95 are
	 * already passed; 0.90 takes a sale of about 24k stETH. Checks: that sale pays out
	 * less ETH than the pool holds, its ETH before fee lies between the sale valued at
	 * the end price and at the start price (the price falls monotonically along it), and
	 * a sale 0.1 % smaller stops above 0.90.
	 */
	@Test
	void stressedPoolOfJune2022HasLowPriceAndRealisticDepth() {
		double spot = StableSwap.spotPrice(JUNE_14);
		assertThat(spot).isCloseTo(0.934502, within(1e-6));
		List<DepthLevel> depth = StableSwap.depthTable(JUNE_14, 0.99, 0.98, 0.95, 0.90);
		assertThat(depth).extracting(DepthLevel::sellAmount).startsWith(0.0, 0.0, 0.0);
		double sale = depth.get(3).sellAmount();
		assertThat(sale).isBetween(10_000.0, 50_000.0);
		double grossEth = StableSwap.amountOut(JUNE_14, Coin.LSD, sale) / (1 - 0.0004);
		assertThat(grossEth).isBetween(0.90 * sale, spot * sale).isLessThan(JUNE_14.balanceEth());
		assertThat(JUNE_14.afterSale(Coin.LSD, sale).spotPrice()).isLessThanOrEqualTo(0.90);
		assertThat(JUNE_14.afterSale(Coin.LSD, sale * 0.999).spotPrice()).isGreaterThan(0.90);
	}

	@Test
	void sellAmountToPriceBracketsTheTargetAndHandlesLimits() {
		PoolState balanced = PoolState.of(500_000, 500_000, 50, 0.0004);
		double previous = 0;
		for (double target : new double[] { 0.999999, 0.99, 0.98, 0.95, 0.90, 0.5, 1e-3 }) {
			double amount = StableSwap.sellAmountToPrice(balanced, target);
			assertThat(amount).isGreaterThan(previous);
			assertThat(balanced.afterSale(Coin.LSD, amount).spotPrice()).isLessThanOrEqualTo(target);
			assertThat(balanced.afterSale(Coin.LSD, amount * (1 - 1e-9)).spotPrice()).isGreaterThan(target);
			previous = amount;
		}
		assertThat(StableSwap.sellAmountToPrice(balanced, 1.0)).isZero();
		assertThat(StableSwap.sellAmountToPrice(balanced, 1.5)).isZero();
		assertThat(balanced.lsdSaleToReachPrice(1e-40)).isInfinite();
		assertThat(StableSwap.depthTable(balanced, 1e-40).get(0).reachable()).isFalse();
	}

	@Test
	void cliffAtHighAmplificationIsFoundByBisection() {
		PoolState pool = PoolState.of(100_000, 100_000, 5000, 0.0001);
		double amount = StableSwap.sellAmountToPrice(pool, 0.9);
		// Almost all ETH goes at close to par before the price falls off the cliff.
		assertThat(amount).isBetween(95_000.0, 110_000.0);
		assertThat(pool.afterSale(Coin.LSD, amount).spotPrice()).isCloseTo(0.9, within(1e-9));
	}

	@Test
	void quoteIsConsistentForBothDirections() {
		StableSwapQuote lsdSale = StableSwap.quote(JUNE_14, Coin.LSD, 1000);
		assertThat(lsdSale.amountOut()).isEqualTo(StableSwap.amountOut(JUNE_14, Coin.LSD, 1000));
		assertThat(lsdSale.spotPriceBefore()).isEqualTo(StableSwap.spotPrice(JUNE_14));
		assertThat(lsdSale.spotPriceAfter()).isEqualTo(lsdSale.stateAfter().spotPrice());
		assertThat(lsdSale.priceImpactBps()).isNegative()
			.isCloseTo((lsdSale.spotPriceAfter() / lsdSale.spotPriceBefore() - 1) * 10_000, within(1e-9));
		assertThat(lsdSale.executionPrice()).isCloseTo(lsdSale.amountOut() / 1000, within(1e-15))
			.isLessThan(lsdSale.spotPriceBefore() * (1 - 0.0004))
			.isGreaterThan(lsdSale.spotPriceAfter() * (1 - 0.0004));
		// The fee alone costs 4 bp; the rest is slippage, about half the 11.8 bp price
		// move.
		assertThat(lsdSale.executionCostBps()).isBetween(4.0, 4.0 - lsdSale.priceImpactBps());
		assertThat(lsdSale.depth()).extracting(DepthLevel::price).containsExactly(0.99, 0.98, 0.95, 0.90);

		StableSwapQuote ethSale = StableSwap.quote(JUNE_14, Coin.ETH, 1000);
		assertThat(ethSale.priceImpactBps()).isPositive();
		assertThat(ethSale.executionPrice()).isCloseTo(1000 / ethSale.amountOut(), within(1e-15))
			.isGreaterThan(ethSale.spotPriceBefore() / (1 - 0.0004));
		assertThat(ethSale.executionCostBps()).isPositive();

		StableSwapQuote nothing = StableSwap.quote(JUNE_14, Coin.LSD, 0);
		assertThat(nothing.amountOut()).isZero();
		assertThat(nothing.priceImpactBps()).isZero();
		assertThat(nothing.executionCostBps()).isCloseTo(4.0, within(1e-9));
	}

	@Test
	void rejectsInvalidArgumentsNamingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> PoolState.of(0, 1, 50, 0.0004))
			.withMessageContaining("balanceEth");
		assertThatIllegalArgumentException().isThrownBy(() -> PoolState.of(1, Double.NaN, 50, 0.0004))
			.withMessageContaining("balanceLsd");
		assertThatIllegalArgumentException().isThrownBy(() -> PoolState.of(1, 1, 0.5, 0.0004))
			.withMessageContaining("amplification");
		assertThatIllegalArgumentException().isThrownBy(() -> PoolState.of(1, 1, 50, 1)).withMessageContaining("fee");
		assertThatIllegalArgumentException().isThrownBy(() -> PoolState.of(1, 1e120, 50, 0.0004))
			.withMessageContaining("balanceEth / balanceLsd");
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwap.amountOut(JUNE_14, Coin.LSD, -1))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwap.sellAmountToPrice(JUNE_14, 0))
			.withMessageContaining("targetPrice");
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwap.depthTable(JUNE_14, 0.9, -1))
			.withMessageContaining("targetPrices[1]");
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwap.quote(JUNE_14, null, 1))
			.withMessageContaining("sold");
	}

}
