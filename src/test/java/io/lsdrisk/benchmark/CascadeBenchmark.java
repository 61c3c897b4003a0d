package io.lsdrisk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.collateral.CascadePosition;
import io.lsdrisk.compute.collateral.CascadeResult;
import io.lsdrisk.compute.collateral.CascadeShock;
import io.lsdrisk.compute.collateral.CascadeSimulator;
import io.lsdrisk.compute.collateral.ConstantProductMarket;
import io.lsdrisk.compute.collateral.LiquidationRules;
import io.lsdrisk.compute.collateral.OracleMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A liquidation cascade over 100,000 positions (health factors 1.0 to 2.0, E-mode and
 * normal thresholds) on a constant-product pool, Aave v3 rules, after a 5 % or 15 % peg
 * drop. Figure per cascade; target under 200 ms on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CascadeBenchmark {

	@Param({ "0.05", "0.15" })
	public double pegDrop;

	private List<CascadePosition> positions;

	private ConstantProductMarket pool;

	private LiquidationRules rules;

	@Setup
	public void setUp() {
		SplittableRandom random = new SplittableRandom(3);
		this.positions = new ArrayList<>(100_000);
		for (int i = 0; i < 100_000; i++) {
			double lsd = Math.exp(6 * random.nextDouble());
			double threshold = random.nextBoolean() ? 0.95 : 0.8;
			double healthFactor = 1.0 + random.nextDouble();
			this.positions.add(CascadePosition.of(lsd, 0, lsd * threshold / healthFactor, threshold));
		}
		this.pool = new ConstantProductMarket(2e6, 2e6, 0.0004);
		this.rules = LiquidationRules.aaveV3(0.05, OracleMode.MARKET, 1.0);
	}

	@Benchmark
	public void cascadeOf100000Positions(Blackhole blackhole) {
		CascadeResult result = CascadeSimulator.run(this.positions, this.pool, this.rules,
				CascadeShock.pegDrop(this.pegDrop));
		blackhole.consume(result);
	}

}
