package io.lsdrisk.compute.collateral;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HealthFactorsTests {

	private static final double ETH_USD = 2000;

	@Test
	void singleLsdAgainstEthDebtMatchesTheDomainFormulas() {
		// 10 wstETH, R = 1.15, peg 0.99, ETH 2000 USD: price = 1.15 * 0.99 * 2000 = 2277
		// USD.
		// Debt 8 ETH = 16000 USD. LT 0.80, LTV 0.70.
		// HF = 10 * 2277 * 0.80 / 16000 = 18216 / 16000 = 1.1385.
		// peg_liq = debtEth / (amount R LT) = 8 / (10 * 1.15 * 0.80) = 8 / 9.2 =
		// 0.8695652...
		// borrowing power left = 10 * 2277 * 0.70 - 16000 = 15939 - 16000 < 0 -> 0.
		// buffer = 1 - 1/1.1385 = 0.121651...
		Position position = new Position(
				List.of(CollateralHolding.lsd("wstETH", 10, 1.15 * 0.99 * ETH_USD, 0.80, 0.70, 1.15)),
				List.of(new DebtHolding("WETH", 8, ETH_USD, AssetKind.ETH)), ETH_USD, OracleMode.MARKET, false);
		PositionHealth health = HealthFactors.health(position);
		assertThat(health.healthFactor()).isCloseTo(1.1385, within(1e-12));
		assertThat(health.liquidationPegRatio()).isCloseTo(8 / 9.2, within(1e-12));
		assertThat(health.liquidationPegMultiplier()).isCloseTo(8 / 9.2 / 0.99, within(1e-12));
		assertThat(health.liquidationPegReason()).isNull();
		assertThat(health.borrowingPowerLeft()).isZero();
		assertThat(health.buffer()).isCloseTo(1 - 1 / 1.1385, within(1e-12));
		assertThat(health.alertTier()).isEqualTo(AlertTier.WARNING);
		// All ETH-correlated: the ETH price cannot liquidate it.
		assertThat(health.liquidationEthPrice()).isNull();
		assertThat(health.liquidationEthPriceReason()).contains("move with ETH");
		// Depeg of 5 %: HF * 0.95 = 1.081575.
		assertThat(health.shockedHealthFactors()).extracting(ShockedHealth::depegFraction)
			.containsExactly(0.01, 0.02, 0.05, 0.10, 0.20);
		assertThat(health.shockedHealthFactors().get(2).healthFactor()).isCloseTo(1.1385 * 0.95, within(1e-12));
	}

	@Test
	void severalAssetsWithUsdDebt() {
		// Collateral: 10 stETH at 0.98 ETH (1960 USD, LT 0.8, LTV 0.7), 5 WETH (2000 USD,
		// LT 0.825,
		// LTV 0.8), 1000 USDC (1 USD, LT 0.87, LTV 0.85). Debt: 12000 USDC and 2 WETH.
		// weighted LSD = 19600 * 0.8 = 15680, ETH = 10000 * 0.825 = 8250, other = 870.
		// debt = 12000 + 4000 = 16000; HF = 24800 / 16000 = 1.55.
		// borrowable = 13720 + 8000 + 850 = 22570 -> left 6570.
		// Peg: m 15680 + 8250 + 870 = 16000 -> m = (16000 - 9120) / 15680 = 0.438775...
		// -> peg 0.98 m = 0.43.
		// ETH: k (15680 + 8250) + 870 = k 4000 + 12000 -> k = 11130 / 19930 -> 1116.90...
		// USD.
		Position position = new Position(
				List.of(CollateralHolding.lsd("stETH", 10, 0.98 * ETH_USD, 0.80, 0.70, 1.0),
						CollateralHolding.of("WETH", 5, ETH_USD, 0.825, 0.80, AssetKind.ETH),
						CollateralHolding.of("USDC", 1000, 1, 0.87, 0.85, AssetKind.OTHER)),
				List.of(new DebtHolding("USDC", 12000, 1, AssetKind.OTHER),
						new DebtHolding("WETH", 2, ETH_USD, AssetKind.ETH)),
				ETH_USD, OracleMode.MARKET, false);
		PositionHealth health = HealthFactors.health(position);
		assertThat(health.healthFactor()).isCloseTo(1.55, within(1e-12));
		assertThat(health.borrowingPowerLeft()).isCloseTo(6570, within(1e-9));
		assertThat(health.liquidationPegRatio()).isCloseTo(0.98 * 6880.0 / 15680, within(1e-12));
		assertThat(health.liquidationEthPrice()).isCloseTo(ETH_USD * 11130.0 / 19930, within(1e-9));
		assertThat(health.alertTier()).isEqualTo(AlertTier.SAFE);
		// 10 % depeg: (15680 * 0.9 + 9120) / 16000 = 23232 / 16000 = 1.452
		assertThat(health.shockedHealthFactors().get(3).healthFactor()).isCloseTo(1.452, within(1e-12));
	}

	@Test
	void exchangeRateOracleIgnoresDepegs() {
		Position position = new Position(List.of(CollateralHolding.lsd("wstETH", 10, 1.15 * ETH_USD, 0.93, 0.9, 1.15)),
				List.of(new DebtHolding("WETH", 10, ETH_USD, AssetKind.ETH)), ETH_USD, OracleMode.EXCHANGE_RATE, true);
		PositionHealth health = HealthFactors.health(position);
		// HF = 11.5 * 0.93 / 10 = 1.0695: E-mode WATCH (1.05 <= HF < 1.10), normal
		// CRITICAL.
		assertThat(health.healthFactor()).isCloseTo(1.0695, within(1e-12));
		assertThat(health.alertTier()).isEqualTo(AlertTier.WATCH);
		assertThat(health.liquidationPegRatio()).isNull();
		assertThat(health.liquidationPegMultiplier()).isNull();
		assertThat(health.liquidationPegReason()).contains("exchange rate");
		assertThat(health.shockedHealthFactors())
			.allSatisfy((shocked) -> assertThat(shocked.healthFactor()).isEqualTo(health.healthFactor()));
	}

	@Test
	void noDebtIsInfinitelyHealthyAndSaysWhy() {
		Position position = new Position(List.of(CollateralHolding.lsd("rETH", 1, ETH_USD, 0.8, 0.7, 1)), List.of(),
				ETH_USD, OracleMode.MARKET, false);
		PositionHealth health = HealthFactors.health(position);
		assertThat(health.healthFactor()).isInfinite();
		assertThat(health.buffer()).isEqualTo(1.0);
		assertThat(health.alertTier()).isEqualTo(AlertTier.SAFE);
		assertThat(health.liquidationPegReason()).contains("no debt");
		assertThat(health.liquidationEthPriceReason()).contains("no debt");
	}

	@Test
	void nonLsdCollateralCoveringTheDebtMeansNoLiquidationPeg() {
		// Weighted ETH collateral 10 * 0.8 = 8 ETH covers 5 ETH debt whatever the LSD is
		// worth.
		Position position = new Position(
				List.of(CollateralHolding.lsd("stETH", 10, ETH_USD, 0.8, 0.7, 1),
						CollateralHolding.of("WETH", 10, ETH_USD, 0.8, 0.7, AssetKind.ETH)),
				List.of(new DebtHolding("WETH", 5, ETH_USD, AssetKind.ETH)), ETH_USD, OracleMode.MARKET, false);
		PositionHealth health = HealthFactors.health(position);
		assertThat(health.liquidationPegRatio()).isNull();
		assertThat(health.liquidationPegReason()).contains("covers the debt");
	}

	@Test
	void alertTierCutOffs() {
		assertThat(AlertTier.of(1.5, false)).isEqualTo(AlertTier.SAFE);
		assertThat(AlertTier.of(1.4999, false)).isEqualTo(AlertTier.WATCH);
		assertThat(AlertTier.of(1.25, false)).isEqualTo(AlertTier.WATCH);
		assertThat(AlertTier.of(1.2, false)).isEqualTo(AlertTier.WARNING);
		assertThat(AlertTier.of(1.05, false)).isEqualTo(AlertTier.CRITICAL);
		assertThat(AlertTier.of(0.99, false)).isEqualTo(AlertTier.LIQUIDATABLE);
		assertThat(AlertTier.of(1.10, true)).isEqualTo(AlertTier.SAFE);
		assertThat(AlertTier.of(1.06, true)).isEqualTo(AlertTier.WATCH);
		assertThat(AlertTier.of(1.03, true)).isEqualTo(AlertTier.WARNING);
		assertThat(AlertTier.of(1.01, true)).isEqualTo(AlertTier.CRITICAL);
		assertThat(AlertTier.of(0.999, true)).isEqualTo(AlertTier.LIQUIDATABLE);
		assertThat(AlertTier.of(Double.POSITIVE_INFINITY, true)).isEqualTo(AlertTier.SAFE);
	}

	@Test
	void randomPortfoliosAreExactlyAtHealthFactorOneAtTheirLiquidationPegAndEthPrice() {
		SplittableRandom random = new SplittableRandom(20230621L);
		int checkedPeg = 0;
		int checkedEth = 0;
		for (int trial = 0; trial < 2000; trial++) {
			Position position = randomPosition(random);
			PositionHealth health = HealthFactors.health(position);
			assertThat(health.healthFactor()).isCloseTo(bruteForceHealthFactor(position, 1, 1),
					within(1e-13 * health.healthFactor()));
			assertThat(health.buffer()).isLessThanOrEqualTo(1);
			if (health.liquidationPegMultiplier() != null) {
				checkedPeg++;
				assertThat(bruteForceHealthFactor(position, health.liquidationPegMultiplier(), 1)).isCloseTo(1.0,
						within(1e-9));
			}
			if (health.liquidationEthPrice() != null) {
				checkedEth++;
				assertThat(bruteForceHealthFactor(position, 1, health.liquidationEthPrice() / position.ethPrice()))
					.isCloseTo(1.0, within(1e-9));
			}
			for (ShockedHealth shocked : health.shockedHealthFactors()) {
				assertThat(shocked.healthFactor()).isCloseTo(
						bruteForceHealthFactor(position, 1 - shocked.depegFraction(), 1),
						within(1e-12 * Math.max(1, shocked.healthFactor())));
			}
		}
		assertThat(checkedPeg).isGreaterThan(500);
		assertThat(checkedEth).isGreaterThan(500);
	}

	@Test
	void batchKeepsOrderAndRejectsNulls() {
		SplittableRandom random = new SplittableRandom(7);
		List<Position> positions = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			positions.add(randomPosition(random));
		}
		List<PositionHealth> results = HealthFactors.health(positions);
		for (int i = 0; i < positions.size(); i++) {
			assertThat(results.get(i).healthFactor()).isEqualTo(HealthFactors.healthFactor(positions.get(i)));
		}
		List<Position> withNull = new ArrayList<>(positions);
		withNull.add(null);
		assertThatIllegalArgumentException().isThrownBy(() -> HealthFactors.health(withNull))
			.withMessageContaining("positions[50]");
	}

	@Test
	void invalidHoldingsAreRejectedWithTheParameterName() {
		assertThatIllegalArgumentException().isThrownBy(() -> CollateralHolding.lsd("stETH", -1, 1, 0.8, 0.7, 1))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> CollateralHolding.lsd("stETH", 1, 1, 0.8, 0.9, 1))
			.withMessageContaining("loanToValue must be <= liquidationThreshold");
		assertThatIllegalArgumentException().isThrownBy(() -> CollateralHolding.lsd("stETH", 1, 1, 1.2, 0.7, 1))
			.withMessageContaining("liquidationThreshold");
		assertThatIllegalArgumentException().isThrownBy(() -> new DebtHolding("WETH", Double.NaN, 1, AssetKind.ETH))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Position(List.of(), List.of(), 0, OracleMode.MARKET, false))
			.withMessageContaining("ethPrice");
	}

	/**
	 * HF after multiplying LSD prices by pegFactor and ETH-correlated prices by
	 * ethFactor.
	 */
	private static double bruteForceHealthFactor(Position position, double pegFactor, double ethFactor) {
		double weighted = 0;
		for (CollateralHolding holding : position.collateral()) {
			weighted += holding.amount() * holding.price() * factor(holding.kind(), pegFactor, ethFactor)
					* holding.liquidationThreshold();
		}
		double debt = 0;
		for (DebtHolding holding : position.debt()) {
			debt += holding.amount() * holding.price() * factor(holding.kind(), pegFactor, ethFactor);
		}
		return weighted / debt;
	}

	private static double factor(AssetKind kind, double pegFactor, double ethFactor) {
		return switch (kind) {
			case LSD -> pegFactor * ethFactor;
			case ETH -> ethFactor;
			case OTHER -> 1;
		};
	}

	static Position randomPosition(SplittableRandom random) {
		double ethUsd = 1000 + 3000 * random.nextDouble();
		double peg = 0.9 + 0.1 * random.nextDouble();
		List<CollateralHolding> collateral = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			double threshold = 0.5 + 0.45 * random.nextDouble();
			double loanToValue = threshold * random.nextDouble();
			double amount = 100 * random.nextDouble();
			switch (random.nextInt(3)) {
				case 0 -> {
					double rate = 1 + 0.2 * random.nextDouble();
					collateral.add(CollateralHolding.lsd("LSD" + i, amount, rate * peg * ethUsd, threshold, loanToValue,
							rate));
				}
				case 1 ->
					collateral.add(CollateralHolding.of("WETH", amount, ethUsd, threshold, loanToValue, AssetKind.ETH));
				default -> collateral
					.add(CollateralHolding.of("USDC", amount * ethUsd, 1, threshold, loanToValue, AssetKind.OTHER));
			}
		}
		List<DebtHolding> debt = new ArrayList<>();
		int debtCount = 1 + random.nextInt(2);
		for (int i = 0; i < debtCount; i++) {
			double amount = 60 * random.nextDouble() + 1e-3;
			switch (random.nextInt(3)) {
				case 0 -> debt.add(new DebtHolding("stETH", amount, peg * ethUsd, AssetKind.LSD));
				case 1 -> debt.add(new DebtHolding("WETH", amount, ethUsd, AssetKind.ETH));
				default -> debt.add(new DebtHolding("USDC", amount * ethUsd, 1, AssetKind.OTHER));
			}
		}
		return new Position(collateral, debt, ethUsd, OracleMode.MARKET, random.nextBoolean());
	}

}
