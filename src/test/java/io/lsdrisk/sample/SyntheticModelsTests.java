package io.lsdrisk.sample;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generators against their defining properties: hand-computed interpolations, exact
 * bridge end points, the OU stationary variance and the noise's moments.
 */
class SyntheticModelsTests {

	private static final LocalDate START = LocalDate.of(2020, 1, 1);

	@Test
	void knotsInterpolateLinearlyAndLogLinearly() {
		Knots knots = Knots.of("2024-01-01", 100, "2024-01-11", 400);
		assertThat(knots.at(LocalDate.of(2023, 6, 1))).isEqualTo(100.0);
		assertThat(knots.at(LocalDate.of(2024, 1, 6))).isCloseTo(250.0, within(1e-12));
		// Halfway in log between 100 and 400 is sqrt(100 * 400) = 200.
		assertThat(knots.logAt(LocalDate.of(2024, 1, 6))).isCloseTo(200.0, within(1e-9));
		assertThat(knots.at(LocalDate.of(2030, 1, 1))).isEqualTo(400.0);
	}

	@Test
	void noiseIsStandardNormalAndIndependentOfStreams() {
		int n = 40_000;
		double sum = 0;
		double squares = 0;
		double cross = 0;
		for (int i = 0; i < n; i++) {
			double z = DailyNoise.gaussian(42, 1, START.plusDays(i));
			double other = DailyNoise.gaussian(42, 2, START.plusDays(i));
			sum += z;
			squares += z * z;
			cross += z * other;
		}
		// Standard errors: mean 1/sqrt(n) = 0.005, variance sqrt(2/n) = 0.007; allow 5 of
		// them.
		assertThat(sum / n).isCloseTo(0.0, within(0.025));
		assertThat(squares / n).isCloseTo(1.0, within(0.035));
		assertThat(cross / n).isCloseTo(0.0, within(0.025));
		assertThat(DailyNoise.gaussian(42, 1, START)).isEqualTo(DailyNoise.gaussian(42, 1, START));
	}

	@Test
	void exchangeRateNeverFallsAndGrowsAtTheNetApr() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		DailyPath rate = SyntheticModels.exchangeRate(7, start, start.plusDays(3650), 1.0, 0.9)[0];
		for (int i = 1; i < rate.values().length; i++) {
			assertThat(rate.values()[i]).isGreaterThanOrEqualTo(rate.values()[i - 1]);
		}
		// After the last knot the gross APR is 0.029: 10 years of daily accrual at 0.9 *
		// 0.029
		// give about exp(0.0261 * 10) = 1.298 (daily compounding differs by < 1e-4).
		assertThat(rate.at(start.plusDays(3650))).isCloseTo(Math.exp(0.0261 * 10), within(0.005));
	}

	@Test
	void anchoredPathHitsTheAnchor() {
		DailyPath rate = SyntheticModels.exchangeRate(7, START, START.plusDays(100), 1.0, 0.9)[0];
		DailyPath anchored = SyntheticModels.anchored(rate, START.plusDays(40), 1.1288);
		assertThat(anchored.at(START.plusDays(40))).isCloseTo(1.1288, within(1e-15));
		assertThat(anchored.at(START.plusDays(80)) / anchored.at(START))
			.isCloseTo(rate.at(START.plusDays(80)) / rate.at(START), within(1e-14));
	}

	@Test
	void pegHasTheOuStationaryStdevAndMean() {
		int days = 40_000;
		PegModel diffusion = new PegModel(22.81, 0.02711, 0, new double[0], StressShape.NONE);
		DailyPath peg = SyntheticModels
			.peg(11, START, START.plusDays(days - 1), 0.995, null, 0.995, 0.995, diffusion, diffusion)
			.path();
		double sum = 0;
		double squares = 0;
		for (double value : peg.values()) {
			sum += Math.log(value);
		}
		double mean = sum / days;
		for (double value : peg.values()) {
			squares += (Math.log(value) - mean) * (Math.log(value) - mean);
		}
		// Stationary stdev of OU: sigma / sqrt(2 kappa) = 0.02711 / sqrt(45.62) =
		// 0.004014.
		assertThat(Math.sqrt(squares / days)).isCloseTo(0.004014, within(0.0004));
		assertThat(mean).isCloseTo(Math.log(0.995), within(0.0005));
	}

	/**
	 * Jumps found in the path by an independent rule (a daily residual of the known OU
	 * step beyond 5 of its standard deviations) occur at the model's rate: over 200 years
	 * at 8.5 a year, 1,700 expected with a Poisson standard deviation of 41; the
	 * tolerance, 10 %, is about 4 of them.
	 */
	@Test
	void jumpsOccurAtTheirRate() {
		double kappa = 440;
		double sigma = 0.0113;
		double rate = 8.5;
		PegModel model = new PegModel(kappa, sigma, rate, new double[] { -0.004, 0.003, -0.0025 }, StressShape.NONE);
		int days = 200 * 365;
		DailyPath peg = SyntheticModels.peg(23, START, START.plusDays(days - 1), 1.0, START, 1.0, 1.0, model, model)
			.path();
		double decay = Math.exp(-kappa / 365);
		double stepStdev = sigma * Math.sqrt((1 - decay * decay) / (2 * kappa));
		int detected = 0;
		for (int i = 1; i < days; i++) {
			double residual = Math.log(peg.values()[i]) - decay * Math.log(peg.values()[i - 1]);
			if (Math.abs(residual) > 5 * stepStdev) {
				detected++;
			}
		}
		assertThat(detected / 200.0).isCloseTo(rate, within(0.10 * rate));
	}

	/**
	 * Stress episodes found in the path (excursions below half the smallest depth, which
	 * the diffusion alone reaches with probability below 1e-10 a day) start at the
	 * documented rate: over 1,000 years at 0.3 a year, 300 expected (Poisson standard
	 * deviation 17; a few merge when two overlap); tolerance 20 %, about 3.5 of them.
	 * Each trough sits at its drawn depth, and the peg is back at its mean when the
	 * episode ends.
	 */
	@Test
	void stressEpisodesOccurAtTheirRateWithTheirShape() {
		StressShape stress = SyntheticModels.OPEN_STRESS;
		PegModel model = new PegModel(440, 0.0113, 0, new double[0], stress);
		int days = 1000 * 365;
		PegPath result = SyntheticModels.peg(29, START, START.plusDays(days - 1), 1.0, START, 1.0, 1.0, model, model);
		DailyPath peg = result.path();
		double stationary = 0.0113 / Math.sqrt(2 * 440);
		assertThat(stress.minDepth() / 2).isGreaterThan(6.3 * stationary);
		// An excursion starts below -minDepth / 2 and ends above -minDepth / 8: the gap
		// is 5 stationary standard deviations, so noise does not split an episode.
		int excursions = 0;
		boolean below = false;
		for (double value : peg.values()) {
			double x = Math.log(value);
			if (!below && x < -stress.minDepth() / 2) {
				excursions++;
				below = true;
			}
			else if (below && x > -stress.minDepth() / 8) {
				below = false;
			}
		}
		assertThat(excursions / 1000.0).isCloseTo(stress.ratePerYear(), within(0.2 * stress.ratePerYear()));
		assertThat(result.episodes().size() / 1000.0).isCloseTo(stress.ratePerYear(),
				within(0.2 * stress.ratePerYear()));
		PegPath.Episode first = result.episodes().get(0);
		assertThat(first.depth()).isBetween(stress.minDepth(), stress.maxDepth());
		assertThat(first.downDays()).isBetween(stress.minDownDays(), stress.maxDownDays());
		assertThat(first.recoveryDays()).isBetween(stress.minRecoveryDays(), stress.maxRecoveryDays());
		assertThat(Math.log(peg.at(first.trough()))).isCloseTo(-first.depth(), within(5 * stationary));
		assertThat(Math.log(peg.at(first.start().plusDays(first.downDays() + first.recoveryDays())))).isCloseTo(0.0,
				within(5 * stationary));
	}

	@Test
	void stressProfileHasTheJune2022Shape() {
		// Linear fall to the trough, then back along (e^{-3u} - e^{-3}) / (1 - e^{-3}).
		assertThat(StressShape.profile(0.06, 10, 90, 0)).isZero();
		assertThat(StressShape.profile(0.06, 10, 90, 5)).isCloseTo(0.03, within(1e-15));
		assertThat(StressShape.profile(0.06, 10, 90, 10)).isCloseTo(0.06, within(1e-15));
		double halfway = 0.06 * (Math.exp(-1.5) - Math.exp(-3)) / (1 - Math.exp(-3));
		assertThat(StressShape.profile(0.06, 10, 90, 55)).isCloseTo(halfway, within(1e-15));
		assertThat(halfway / 0.06).isCloseTo(0.1824, within(1e-4));
		assertThat(StressShape.profile(0.06, 10, 90, 100)).isZero();
	}

	/**
	 * The robust fit recovers known parameters from a long simulated path with jumps: 50
	 * years at kappa 100, sigma 0.02 and 10 jumps a year of 0.01 (11 step standard
	 * deviations). Tolerances: kappa 10 % (its standard error here is about 2 %), sigma 5
	 * %, the jump rate 15 % (500 jumps, Poisson standard deviation 4.5 %).
	 */
	@Test
	void robustFitRecoversKnownParametersAndLeavesJumpsOut() {
		PegModel model = new PegModel(100, 0.02, 10, new double[] { 0.01, -0.01 }, StressShape.NONE);
		int days = 50 * 365;
		DailyPath peg = SyntheticModels
			.peg(31, START, START.plusDays(days - 1), 0.999, START, 0.999, 0.999, model, model)
			.path();
		PegFit fit = PegFit.fit(START, peg.values());
		assertThat(fit.kappa()).isCloseTo(100, within(10.0));
		assertThat(fit.sigma()).isCloseTo(0.02, within(0.001));
		assertThat(fit.jumpRatePerYear()).isCloseTo(10, within(1.5));
		assertThat(Math.exp(fit.mu())).isCloseTo(0.999, within(1e-4));
		for (double size : fit.jumpSizes()) {
			assertThat(Math.abs(size)).isGreaterThan(4 * 0.02 * Math.sqrt((1 - Math.exp(-200.0 / 365)) / 200));
		}
	}

	/**
	 * The open-regime fit on the real stETH/ETH rounds (last round per day, 2023-05-15 ..
	 * 2024-01-28, read here independently of the loader): the values an independent
	 * implementation of the same rule gives (kappa 440.8, sigma 0.01129, six jumps), the
	 * rule holds at its fixed point (exactly the jump days lie beyond 4 robust standard
	 * deviations of the fitted line), and leaving them out lowers sigma below the plain
	 * AR(1) fit's (0.01366).
	 */
	@Test
	void openRegimeFitOnTheRealPegLeavesItsJumpsOut() {
		java.util.TreeMap<LocalDate, Double> lastPerDay = new java.util.TreeMap<>();
		for (String[] row : SampleFiles.rows("steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv")) {
			lastPerDay.put(LocalDate.parse(row[2].substring(0, 10)), Double.parseDouble(row[3]));
		}
		LocalDate first = LocalDate.of(2023, 5, 15);
		double[] pegs = lastPerDay.subMap(first, true, LocalDate.of(2024, 1, 28), true)
			.values()
			.stream()
			.mapToDouble(Double::doubleValue)
			.toArray();
		assertThat(pegs).hasSize(259);
		PegFit fit = PegFit.fit(first, pegs);
		assertThat(fit.kappa()).isCloseTo(440.8, within(0.5));
		assertThat(fit.sigma()).isCloseTo(0.01129, within(0.00001));
		assertThat(Math.exp(fit.mu())).isCloseTo(0.999457, within(1e-6));
		assertThat(fit.jumpDays()).containsExactly(LocalDate.of(2023, 8, 22), LocalDate.of(2023, 11, 4),
				LocalDate.of(2023, 11, 5), LocalDate.of(2023, 11, 10), LocalDate.of(2023, 12, 14),
				LocalDate.of(2023, 12, 15));
		double b = Math.exp(-fit.kappa() / 365);
		double a = fit.mu() * (1 - b);
		double[] residuals = new double[pegs.length - 1];
		for (int i = 0; i < residuals.length; i++) {
			residuals[i] = Math.log(pegs[i + 1]) - a - b * Math.log(pegs[i]);
		}
		double[] sorted = residuals.clone();
		java.util.Arrays.sort(sorted);
		double median = 0.5 * (sorted[128] + sorted[129]);
		double[] deviations = java.util.Arrays.stream(residuals).map((r) -> Math.abs(r - median)).sorted().toArray();
		double limit = 4 * 1.4826 * 0.5 * (deviations[128] + deviations[129]);
		for (int i = 0; i < residuals.length; i++) {
			assertThat(Math.abs(residuals[i] - median) > limit).as(first.plusDays(i + 1L).toString())
				.isEqualTo(fit.jumpDays().contains(first.plusDays(i + 1L)));
		}
		assertThat(fit.sigma()).isLessThan(0.01366);
	}

	@Test
	void bridgedPathPassesThroughEveryAnchorAndKeepsItsNoise() {
		DailyPath rate = SyntheticModels.exchangeRate(7, START, START.plusDays(100), 1.0, 0.9)[0];
		java.util.TreeMap<LocalDate, Double> anchors = new java.util.TreeMap<>();
		anchors.put(START.plusDays(10), 1.01);
		anchors.put(START.plusDays(60), 1.02);
		DailyPath bridged = SyntheticModels.bridged(rate, anchors);
		assertThat(bridged.at(START.plusDays(10))).isCloseTo(1.01, within(1e-15));
		assertThat(bridged.at(START.plusDays(60))).isCloseTo(1.02, within(1e-15));
		// Before the first anchor the factor is constant: ratios of days are kept.
		assertThat(bridged.at(START.plusDays(5)) / bridged.at(START))
			.isCloseTo(rate.at(START.plusDays(5)) / rate.at(START), within(1e-14));
		// Halfway between the anchors the log factor is the mean of both ends'.
		double lower = Math.log(1.01 / rate.at(START.plusDays(10)));
		double upper = Math.log(1.02 / rate.at(START.plusDays(60)));
		assertThat(bridged.at(START.plusDays(35)))
			.isCloseTo(rate.at(START.plusDays(35)) * Math.exp(0.5 * (lower + upper)), within(1e-14));
	}

	@Test
	void bridgeStartsAndEndsOnItsLevels() {
		DailyPath bridge = SyntheticModels.ethUsdBridge(5, START, 3680, START.plusDays(459), 1908.19);
		assertThat(bridge.at(START)).isCloseTo(3680, within(1e-9));
		assertThat(bridge.at(START.plusDays(459))).isCloseTo(1908.19, within(1e-9));
	}

}
