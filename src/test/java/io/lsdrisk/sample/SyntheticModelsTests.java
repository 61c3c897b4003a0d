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
		DailyPath peg = SyntheticModels.peg(11, START, START.plusDays(days - 1), 0.995, null, 0.995, 0.995);
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
		double expected = SyntheticModels.PRE_WITHDRAWAL_SIGMA / Math.sqrt(2 * SyntheticModels.PRE_WITHDRAWAL_KAPPA);
		assertThat(expected).isCloseTo(0.004014, within(1e-6));
		assertThat(Math.sqrt(squares / days)).isCloseTo(expected, within(0.0004));
		assertThat(mean).isCloseTo(Math.log(0.995), within(0.0005));
	}

	@Test
	void bridgeStartsAndEndsOnItsLevels() {
		DailyPath bridge = SyntheticModels.ethUsdBridge(5, START, 3680, START.plusDays(459), 1908.19);
		assertThat(bridge.at(START)).isCloseTo(3680, within(1e-9));
		assertThat(bridge.at(START.plusDays(459))).isCloseTo(1908.19, within(1e-9));
	}

}
