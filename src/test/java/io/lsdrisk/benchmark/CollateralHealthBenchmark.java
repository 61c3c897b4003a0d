package io.lsdrisk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.collateral.AssetKind;
import io.lsdrisk.compute.collateral.CollateralHolding;
import io.lsdrisk.compute.collateral.DebtHolding;
import io.lsdrisk.compute.collateral.HealthFactors;
import io.lsdrisk.compute.collateral.OracleMode;
import io.lsdrisk.compute.collateral.Position;
import io.lsdrisk.compute.collateral.PositionHealth;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full health reports (HF, liquidation peg and ETH price, tier, five depeg shocks) for a
 * batch of 10,000 positions with one to three collateral and one or two debt assets: the
 * largest request the endpoint accepts. Figure per batch; target under 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CollateralHealthBenchmark {

	private List<Position> positions;

	@Setup
	public void setUp() {
		SplittableRandom random = new SplittableRandom(1);
		this.positions = new ArrayList<>(10_000);
		double ethUsd = 1720;
		for (int i = 0; i < 10_000; i++) {
			List<CollateralHolding> collateral = new ArrayList<>();
			collateral.add(CollateralHolding.lsd("wstETH", 100 * random.nextDouble(), 1.1288 * 0.999 * ethUsd, 0.8, 0.7,
					1.1288));
			if (random.nextBoolean()) {
				collateral
					.add(CollateralHolding.of("WETH", 50 * random.nextDouble(), ethUsd, 0.825, 0.8, AssetKind.ETH));
			}
			if (random.nextBoolean()) {
				collateral.add(CollateralHolding.of("USDC", 1e5 * random.nextDouble(), 1, 0.87, 0.85, AssetKind.OTHER));
			}
			List<DebtHolding> debt = new ArrayList<>();
			debt.add(new DebtHolding("WETH", 40 * random.nextDouble(), ethUsd, AssetKind.ETH));
			if (random.nextBoolean()) {
				debt.add(new DebtHolding("USDC", 3e4 * random.nextDouble(), 1, AssetKind.OTHER));
			}
			this.positions.add(new Position(collateral, debt, ethUsd, OracleMode.MARKET, random.nextInt(4) == 0));
		}
	}

	@Benchmark
	public void healthOf10000Positions(Blackhole blackhole) {
		List<PositionHealth> results = HealthFactors.health(this.positions);
		blackhole.consume(results);
	}

}
