package io.lsdrisk.benchmark;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.liquidity.Coin;
import io.lsdrisk.compute.liquidity.DepthLevel;
import io.lsdrisk.compute.liquidity.PoolState;
import io.lsdrisk.compute.liquidity.StableSwap;
import io.lsdrisk.compute.liquidity.StableSwapExact;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of one StableSwap quote: floating-point get_dy (goal under 1 us), the
 * contract-exact integer get_dy (goal under 20 us) and a four-level depth table. The pool
 * is the Curve stETH pool of 2022-06-14 (82 % stETH, A = 50, fee 0.04 %); sale sizes
 * cycle over four values so that nothing is constant-folded. Each figure is per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class StableSwapBenchmark {

	private static final double[] SALES = { 1, 1_000, 25_000, 250_000 };

	private PoolState pool;

	private BigInteger[] balancesWei;

	private BigInteger[] salesWei;

	private BigInteger ampPrecise;

	private BigInteger feeScaled;

	private int next;

	@Setup
	public void setUp() {
		this.pool = PoolState.of(109_891.950756, 498_670.801727, 50, 0.0004);
		this.balancesWei = new BigInteger[] { StableSwapExact.toWei(this.pool.balanceEth()),
				StableSwapExact.toWei(this.pool.balanceLsd()) };
		this.salesWei = new BigInteger[SALES.length];
		for (int k = 0; k < SALES.length; k++) {
			this.salesWei[k] = StableSwapExact.toWei(SALES[k]);
		}
		this.ampPrecise = StableSwapExact.ampPrecise(50);
		this.feeScaled = StableSwapExact.feeScaled(0.0004);
	}

	private int nextIndex() {
		this.next = (this.next + 1) & 3;
		return this.next;
	}

	@Benchmark
	public void floatGetDy(Blackhole blackhole) {
		blackhole.consume(StableSwap.amountOut(this.pool, Coin.LSD, SALES[nextIndex()]));
	}

	@Benchmark
	public void exactGetDy(Blackhole blackhole) {
		blackhole.consume(StableSwapExact.getDy(1, 0, this.salesWei[nextIndex()], this.balancesWei, this.ampPrecise,
				this.feeScaled));
	}

	@Benchmark
	public void depthTableOfBalancedPool(Blackhole blackhole) {
		PoolState balanced = PoolState.of(300_000 + nextIndex(), 300_000, 50, 0.0004);
		List<DepthLevel> depth = StableSwap.depthTable(balanced, 0.99, 0.98, 0.95, 0.90);
		blackhole.consume(depth);
	}

}
