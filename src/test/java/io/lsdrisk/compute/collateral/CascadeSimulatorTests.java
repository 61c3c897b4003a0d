package io.lsdrisk.compute.collateral;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CascadeSimulatorTests {

	private static final LiquidationRules AAVE_V3 = LiquidationRules.aaveV3(0.05, OracleMode.MARKET, 1.0);

	@Test
	void singlePositionByHand() {
		// Pool 1000 ETH / 1000 LSD, no fee, price 1. Position: 100 LSD, 80 ETH debt, LT
		// 0.85:
		// HF = 85 / 80 = 1.0625.
		// Shock: peg drop 10 % -> y = sqrt(10^6 / 0.9) = 1054.0925..., price 0.9.
		// Round 1 at 0.9: HF = 76.5 / 80 = 0.95625 >= 0.95 -> close factor 50 %: repay
		// 40,
		// seize 40 * 1.05 / 0.9 = 46.666... LSD; left 53.333... LSD, 40 ETH debt
		// (HF = 53.333 * 0.9 * 0.85 / 40 = 1.02). Sale of 46.666: y = 1100.759..., price
		// =
		// 10^6 / y^2 = 0.825318...
		// Round 2 at 0.8253: HF = 53.333 * 0.8253 * 0.85 / 40 = 0.9353 < 0.95 -> repay
		// all 40,
		// seize 42 / 0.8253 = 50.8895 LSD. Debt gone, 2.44 LSD left. Round 3: nothing.
		ConstantProductMarket pool = new ConstantProductMarket(1000, 1000, 0);
		CascadeResult result = CascadeSimulator.run(List.of(CascadePosition.of(100, 0, 80, 0.85)), pool, AAVE_V3,
				CascadeShock.pegDrop(0.10));
		double y1 = Math.sqrt(1e6 / 0.9);
		double seized1 = 40 * 1.05 / 0.9;
		double y2 = y1 + seized1;
		double price2 = 1e6 / (y2 * y2);
		double seized2 = 42 / price2;
		assertThat(result.shockedMarketPriceEth()).isCloseTo(0.9, within(1e-12));
		assertThat(result.rounds()).hasSize(2);
		CascadeRound first = result.rounds().get(0);
		assertThat(first.oraclePriceEth()).isCloseTo(0.9, within(1e-12));
		assertThat(first.debtRepaidEth()).isCloseTo(40, within(1e-12));
		assertThat(first.collateralSeizedLsd()).isCloseTo(seized1, within(1e-12));
		assertThat(first.marketPriceAfterEth()).isCloseTo(price2, within(1e-12));
		CascadeRound second = result.rounds().get(1);
		assertThat(second.debtRepaidEth()).isCloseTo(40, within(1e-12));
		assertThat(second.collateralSeizedLsd()).isCloseTo(seized2, within(1e-9));
		assertThat(result.totalDebtRepaidEth()).isCloseTo(80, within(1e-12));
		assertThat(result.remainingCollateralLsd()).isCloseTo(100 - seized1 - seized2, within(1e-9));
		assertThat(result.badDebtEth()).isZero();
		assertThat(result.positionsLiquidated()).isEqualTo(1);
		assertThat(result.converged()).isTrue();
		double y3 = y2 + seized2;
		assertThat(result.finalMarketPriceEth()).isCloseTo(1e6 / (y3 * y3), within(1e-12));
	}

	@Test
	void underwaterPositionLeavesBadDebt() {
		// 100 LSD, 95 ETH debt, LT 0.95: HF 1 at price 1. At 0.9 HF = 0.9 < 0.95 -> repay
		// all 95,
		// which needs 95 * 1.05 / 0.9 = 110.8 LSD > 100: seize all 100, repay 100 * 0.9 /
		// 1.05 =
		// 85.714...; bad debt 95 - 85.714 = 9.2857...
		CascadeResult result = CascadeSimulator.run(List.of(CascadePosition.of(100, 0, 95, 0.95)),
				new ConstantProductMarket(1e6, 1e6, 0), AAVE_V3, CascadeShock.pegDrop(0.10));
		assertThat(result.totalCollateralLiquidatedLsd()).isCloseTo(100, within(1e-12));
		assertThat(result.totalDebtRepaidEth()).isCloseTo(90 / 1.05, within(1e-9));
		assertThat(result.badDebtEth()).isCloseTo(95 - 90 / 1.05, within(1e-9));
		assertThat(result.remainingDebtEth()).isZero();
	}

	@Test
	void otherCollateralIsSeizedOnceTheLsdIsGone() {
		// 10 LSD + 20 ETH other, 29 ETH debt, LT 0.9: HF = 27 / 29 < 0.95 at price 1, so
		// round 1
		// repays all: needs 30.45 ETH of LSD, has 10 -> seize 10 LSD, repay 10 / 1.05.
		// Round 2 (no LSD left): debt 29 - 9.5238 = 19.476, HF = 20 * 0.9 / 19.476 =
		// 0.924 < 0.95,
		// so repay all: needs 20.45 ETH, has 20 -> seize 20, repay 20 / 1.05; bad debt
		// 29 - 30 / 1.05 = 0.428571...
		CascadeResult result = CascadeSimulator.run(List.of(CascadePosition.of(10, 20, 29, 0.9)),
				new ConstantProductMarket(1e9, 1e9, 0), AAVE_V3, CascadeShock.sale(0));
		assertThat(result.rounds().get(0).collateralSeizedLsd()).isCloseTo(10, within(1e-12));
		assertThat(result.rounds().get(0).debtRepaidEth()).isCloseTo(10 / 1.05, within(1e-9));
		assertThat(result.rounds().get(1).otherCollateralSeizedEth()).isCloseTo(20, within(1e-12));
		assertThat(result.rounds().get(1).debtRepaidEth()).isCloseTo(20 / 1.05, within(1e-9));
		assertThat(result.badDebtEth()).isCloseTo(29 - 30 / 1.05, within(1e-9));
		assertThat(result.rounds()).hasSize(2);
		assertConserved(result);
	}

	@Test
	void exchangeRateOracleDoesNotLiquidateOnAMarketDepeg() {
		SplittableRandom random = new SplittableRandom(11);
		List<CascadePosition> positions = randomPositions(random, 2000, 1.0, 1.0, 1.0);
		LiquidationRules rules = LiquidationRules.aaveV3(0.05, OracleMode.EXCHANGE_RATE, 1.0);
		for (double drop : new double[] { 0.05, 0.2, 0.5 }) {
			CascadeResult result = CascadeSimulator.run(positions, new ConstantProductMarket(5e4, 5e4, 0), rules,
					CascadeShock.pegDrop(drop));
			assertThat(result.rounds()).isEmpty();
			assertThat(result.totalCollateralLiquidatedLsd()).isZero();
			assertThat(result.finalMarketPriceEth()).isCloseTo(1 - drop, within(1e-12));
		}
		CascadeResult market = CascadeSimulator.run(positions, new ConstantProductMarket(5e4, 5e4, 0), AAVE_V3,
				CascadeShock.pegDrop(0.2));
		assertThat(market.totalCollateralLiquidatedLsd()).isGreaterThan(0);
	}

	@Test
	void randomPortfoliosConserveCollateralAndDebtAndNeverHaveNegativeBadDebt() {
		SplittableRandom random = new SplittableRandom(42);
		for (int trial = 0; trial < 200; trial++) {
			List<CascadePosition> positions = randomPositions(random, 1 + random.nextInt(300), 1.0, 1.0, 0.97);
			LiquidationRules rules = random.nextBoolean() ? AAVE_V3
					: LiquidationRules.aaveV2(0.02 + 0.1 * random.nextDouble(), OracleMode.MARKET, 1.0);
			double depth = 1e3 + 1e5 * random.nextDouble();
			CascadeResult result = CascadeSimulator.run(positions,
					new ConstantProductMarket(depth, depth, 0.0004 * random.nextDouble()), rules,
					CascadeShock.pegDrop(0.3 * random.nextDouble()));
			assertConserved(result);
			assertThat(result.badDebtEth()).isGreaterThanOrEqualTo(0);
			for (CascadeRound round : result.rounds()) {
				assertThat(round.badDebtEth()).isGreaterThanOrEqualTo(0);
				assertThat(round.collateralSeizedLsd()).isGreaterThanOrEqualTo(0);
				assertThat(round.marketPriceAfterEth()).isLessThanOrEqualTo(round.marketPriceBeforeEth());
			}
			assertThat(result.converged()).isTrue();
		}
	}

	@Test
	void sweepAgreesWithANaiveRescanOfAllPositions() {
		SplittableRandom random = new SplittableRandom(99);
		for (int trial = 0; trial < 100; trial++) {
			List<CascadePosition> positions = randomPositions(random, 1 + random.nextInt(200), 1.0, 1.0, 0.97);
			double depth = 2e3 + 2e4 * random.nextDouble();
			ConstantProductMarket pool = new ConstantProductMarket(depth, depth, 0.0004);
			CascadeShock shock = CascadeShock.sale(depth * 0.2 * random.nextDouble());
			CascadeResult fast = CascadeSimulator.run(positions, pool, AAVE_V3, shock);
			NaiveResult naive = naive(positions, pool, AAVE_V3, shock);
			assertThat(fast.rounds()).hasSameSizeAs(naive.pricePath);
			for (int r = 0; r < naive.pricePath.size(); r++) {
				assertThat(fast.rounds().get(r).oraclePriceEth()).isCloseTo(naive.pricePath.get(r),
						within(1e-9 * naive.pricePath.get(r)));
			}
			assertThat(fast.totalCollateralLiquidatedLsd()).isCloseTo(naive.seized, within(1e-9 * (1 + naive.seized)));
			assertThat(fast.totalDebtRepaidEth()).isCloseTo(naive.repaid, within(1e-9 * (1 + naive.repaid)));
			assertThat(fast.badDebtEth()).isCloseTo(naive.badDebt, within(1e-9 * (1 + naive.badDebt)));
		}
	}

	/**
	 * With liquidations one at a time, close factor 1 and a fee-less constant-product
	 * pool (price a function of the cumulative sale), a larger shock never liquidates
	 * less (proof in {@link CascadeSimulator}): neither LSD volume nor positions.
	 */
	@Test
	void aLargerShockNeverLiquidatesLess() {
		SplittableRandom random = new SplittableRandom(2022);
		LiquidationRules fullClose = new LiquidationRules(1.0, 0, 0.05, OracleMode.MARKET, 1.0);
		for (int trial = 0; trial < 60; trial++) {
			List<CascadePosition> positions = randomPositions(random, 50 + random.nextInt(300), 1.0, 1.0, 0.97);
			double depth = 5e3 + 5e4 * random.nextDouble();
			ConstantProductMarket pool = new ConstantProductMarket(depth, depth, 0);
			long previousCount = 0;
			double previousLsd = 0;
			double previousSold = 0;
			for (int step = 0; step <= 30; step++) {
				CascadeResult result = CascadeSimulator.run(positions, pool, fullClose,
						CascadeShock.pegDrop(0.01 * step), CascadeSimulator.Timing.SEQUENTIAL, 1_000_000);
				assertThat(result.positionsLiquidated()).isGreaterThanOrEqualTo(previousCount);
				assertThat(result.totalCollateralLiquidatedLsd()).isGreaterThanOrEqualTo(previousLsd * (1 - 1e-12));
				double sold = result.exogenousSaleLsd() + result.totalCollateralLiquidatedLsd();
				assertThat(sold).isGreaterThanOrEqualTo(previousSold * (1 - 1e-12));
				previousCount = result.positionsLiquidated();
				previousLsd = result.totalCollateralLiquidatedLsd();
				previousSold = sold;
			}
		}
	}

	/**
	 * Under synchronous rounds only the first round is monotone in the shock for certain;
	 * the whole cascade is not (see {@link CascadeSimulator}), so this checks the first
	 * round on Aave v3 rules.
	 */
	@Test
	void aLargerShockNeverLiquidatesLessInTheFirstRound() {
		SplittableRandom random = new SplittableRandom(2023);
		for (int trial = 0; trial < 60; trial++) {
			List<CascadePosition> positions = randomPositions(random, 50 + random.nextInt(300), 1.0, 1.0, 1.0);
			double depth = 5e3 + 5e4 * random.nextDouble();
			ConstantProductMarket pool = new ConstantProductMarket(depth, depth, 0.0004);
			long previousCount = 0;
			double previousLsd = 0;
			for (int step = 0; step <= 30; step++) {
				CascadeResult result = CascadeSimulator.run(positions, pool, AAVE_V3,
						CascadeShock.pegDrop(0.01 * step));
				long count = result.rounds().isEmpty() ? 0 : result.rounds().get(0).positionsLiquidated();
				double lsd = result.rounds().isEmpty() ? 0 : result.rounds().get(0).collateralSeizedLsd();
				assertThat(count).isGreaterThanOrEqualTo(previousCount);
				assertThat(lsd).isGreaterThanOrEqualTo(previousLsd);
				previousCount = count;
				previousLsd = lsd;
			}
		}
	}

	@Test
	void sequentialTimingConservesToo() {
		SplittableRandom random = new SplittableRandom(5);
		for (int trial = 0; trial < 50; trial++) {
			List<CascadePosition> positions = randomPositions(random, 1 + random.nextInt(300), 1.0, 1.0, 0.97);
			double depth = 1e3 + 1e5 * random.nextDouble();
			CascadeResult result = CascadeSimulator.run(positions, new ConstantProductMarket(depth, depth, 0.0004),
					AAVE_V3, CascadeShock.pegDrop(0.3 * random.nextDouble()), CascadeSimulator.Timing.SEQUENTIAL,
					1_000_000);
			assertConserved(result);
			assertThat(result.converged()).isTrue();
			assertThat(result.rounds()).allSatisfy((round) -> assertThat(round.positionsLiquidated()).isEqualTo(1));
		}
	}

	@Test
	void aBucketBehavesLikeItsMembers() {
		// 50 equal positions against one bucket of 50: the same cascade, scaled.
		List<CascadePosition> members = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			members.add(CascadePosition.bucket(1, 20, 1.03, 0.95, 1.0));
		}
		CascadePosition bucket = CascadePosition.bucket(50, 20, 1.03, 0.95, 1.0);
		ConstantProductMarket pool = new ConstantProductMarket(3000, 3000, 0);
		CascadeResult separate = CascadeSimulator.run(members, pool, AAVE_V3, CascadeShock.pegDrop(0.05));
		CascadeResult together = CascadeSimulator.run(List.of(bucket), pool, AAVE_V3, CascadeShock.pegDrop(0.05));
		assertThat(together.positionsLiquidated()).isEqualTo(50);
		assertThat(together.rounds()).hasSameSizeAs(separate.rounds());
		assertThat(together.totalCollateralLiquidatedLsd()).isCloseTo(separate.totalCollateralLiquidatedLsd(),
				within(1e-9));
		assertThat(together.finalMarketPriceEth()).isCloseTo(separate.finalMarketPriceEth(), within(1e-12));
	}

	@Test
	void rejectsBadInputs() {
		assertThatIllegalArgumentException().isThrownBy(() -> CascadeShock.pegDrop(1))
			.withMessageContaining("pegDropFraction");
		assertThatIllegalArgumentException().isThrownBy(() -> new LiquidationRules(0, 0.95, 0.05, OracleMode.MARKET, 1))
			.withMessageContaining("closeFactor");
		assertThatIllegalArgumentException().isThrownBy(() -> CascadePosition.of(1, 0, 1, 1.5))
			.withMessageContaining("liquidationThreshold");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CascadeSimulator.run(List.of(), new ConstantProductMarket(1, 1, 0), AAVE_V3,
					CascadeShock.sale(0), CascadeSimulator.Timing.ROUNDS, 0))
			.withMessageContaining("maxRounds");
	}

	static void assertConserved(CascadeResult result) {
		double tolerance = 1e-9 * (1 + result.initialCollateralLsd());
		assertThat(result.remainingCollateralLsd() + result.totalCollateralLiquidatedLsd())
			.isCloseTo(result.initialCollateralLsd(), within(tolerance));
		assertThat(result.rounds().stream().mapToDouble(CascadeRound::collateralSeizedLsd).sum())
			.isCloseTo(result.totalCollateralLiquidatedLsd(), within(tolerance));
		double debtTolerance = 1e-9 * (1 + result.initialDebtEth());
		assertThat(result.remainingDebtEth() + result.totalDebtRepaidEth() + result.badDebtEth())
			.isCloseTo(result.initialDebtEth(), within(debtTolerance));
		assertThat(result.rounds().stream().mapToDouble(r -> r.debtRepaidEth() + r.badDebtEth()).sum())
			.isCloseTo(result.totalDebtRepaidEth() + result.badDebtEth(), within(debtTolerance));
		assertThat(result.remainingOtherCollateralEth() + result.totalOtherCollateralLiquidatedEth())
			.isCloseTo(result.initialOtherCollateralEth(), within(1e-9 * (1 + result.initialOtherCollateralEth())));
	}

	/**
	 * Positions with health factors spread over [minimum, minimum + 1.03] at the oracle
	 * price.
	 */
	static List<CascadePosition> randomPositions(SplittableRandom random, int count, double priceEth, double scale,
			double minimumHealthFactor) {
		List<CascadePosition> positions = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double lsd = scale * Math.exp(5 * random.nextDouble());
			double other = random.nextInt(4) == 0 ? lsd * random.nextDouble() : 0;
			double threshold = random.nextBoolean() ? 0.95 : 0.7 + 0.13 * random.nextDouble();
			double healthFactor = minimumHealthFactor + random.nextDouble() * random.nextDouble() * 1.03;
			double debt = (lsd * priceEth + other) * threshold / healthFactor;
			positions.add(CascadePosition.of(lsd, other, debt, threshold));
		}
		return positions;
	}

	record NaiveResult(List<Double> pricePath, double seized, double repaid, double badDebt) {
	}

	/** Straightforward reference: rescan every position every round. */
	static NaiveResult naive(List<CascadePosition> positions, LiquidationMarket market, LiquidationRules rules,
			CascadeShock shock) {
		int n = positions.size();
		double[] lsd = new double[n];
		double[] other = new double[n];
		double[] debt = new double[n];
		for (int i = 0; i < n; i++) {
			lsd[i] = positions.get(i).lsdAmount();
			other[i] = positions.get(i).otherCollateralEth();
			debt[i] = positions.get(i).debtEth();
		}
		LiquidationMarket current = market.afterSale(shock.initialSaleLsd());
		List<Double> path = new ArrayList<>();
		double seized = 0;
		double repaid = 0;
		double badDebt = 0;
		double bonus = rules.liquidationBonus();
		while (true) {
			double price = current.priceEth();
			double roundSeized = 0;
			boolean any = false;
			for (int i = 0; i < n; i++) {
				double threshold = positions.get(i).liquidationThreshold();
				if (debt[i] <= 0 || (lsd[i] * price + other[i]) * threshold >= debt[i]) {
					continue;
				}
				any = true;
				double healthFactor = (lsd[i] * price + other[i]) * threshold / debt[i];
				double repay = (healthFactor < rules.fullLiquidationHealthFactor() ? 1 : rules.closeFactor()) * debt[i];
				if (lsd[i] > 0) {
					double take = Math.min(lsd[i], repay * (1 + bonus) / price);
					repay = Math.min(repay, take * price / (1 + bonus));
					lsd[i] -= take;
					roundSeized += take;
				}
				else {
					double take = Math.min(other[i], repay * (1 + bonus));
					repay = Math.min(repay, take / (1 + bonus));
					other[i] -= take;
				}
				repaid += repay;
				debt[i] = Math.max(0, debt[i] - repay);
				if (debt[i] > 0 && lsd[i] == 0 && other[i] == 0) {
					badDebt += debt[i];
					debt[i] = 0;
				}
			}
			if (!any) {
				return new NaiveResult(path, seized, repaid, badDebt);
			}
			path.add(price);
			seized += roundSeized;
			current = current.afterSale(roundSeized);
		}
	}

}
