package io.lsdrisk.compute.peg;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Forecast scores and tests against hand calculations and large-sample limits. */
class ForecastScoresTests {

	@Test
	void brierAndLogScoresByHand() {
		double[] p = { 0.0, 1.0, 0.25, 0.8 };
		boolean[] o = { false, false, true, true };
		// (0)^2 + (1)^2 + (0.75)^2 + (0.2)^2 = 1.6025
		assertThat(ForecastScores.brier(p, o)).isCloseTo(1.6025 / 4, within(1e-15));
		// -ln(1 - 0.01) - ln(0.01) - ln(0.25) - ln(0.8) with p clipped to [0.01, 0.99]
		double expected = (-Math.log(0.99) - Math.log(0.01) - Math.log(0.25) - Math.log(0.8)) / 4;
		assertThat(ForecastScores.logScore(p, o, 0.01)).isCloseTo(expected, within(1e-15));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ForecastScores.brier(new double[] { 1.2 }, new boolean[] { true }));
	}

	@Test
	void aSingleBlockCoveringEverythingResamplesTheSampleItself() {
		double[] losses = { 0.1, 0.4, 0.2, 0.7 };
		ForecastScores.Interval interval = ForecastScores.blockBootstrapMean(losses, 4, 200, 1L, 0.95);
		assertThat(interval.lower()).isCloseTo(0.35, within(1e-15));
		assertThat(interval.upper()).isCloseTo(0.35, within(1e-15));
	}

	@Test
	void withIndependentLossesAndBlocksOfOneTheIntervalIsTheNormalOne() {
		SplittableRandom random = new SplittableRandom(42);
		int n = 4_000;
		double[] losses = new double[n];
		for (int i = 0; i < n; i++) {
			losses[i] = random.nextDouble();
		}
		double mean = ForecastScores.mean(losses);
		// uniform(0, 1): standard deviation 1/sqrt(12); the 95 % interval of the mean is
		// mean -/+ 1.96 / sqrt(12 n) = -/+ 0.00895
		double halfWidth = 1.959964 / Math.sqrt(12.0 * n);
		ForecastScores.Interval interval = ForecastScores.blockBootstrapMean(losses, 1, 4_000, 3L, 0.95);
		assertThat(mean - interval.lower()).isCloseTo(halfWidth, within(0.1 * halfWidth));
		assertThat(interval.upper() - mean).isCloseTo(halfWidth, within(0.1 * halfWidth));
	}

	@Test
	void correlatedLossesNeedLongerBlocksForAHonestWidth() {
		// an MA(9) series: each loss is the mean of 10 consecutive uniforms; blocks of 1
		// treat it as independent and understate the width by about sqrt(10)
		SplittableRandom random = new SplittableRandom(5);
		int n = 3_000;
		double[] noise = new double[n + 9];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = random.nextDouble();
		}
		double[] losses = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < 10; j++) {
				losses[i] += noise[i + j] / 10;
			}
		}
		ForecastScores.Interval naive = ForecastScores.blockBootstrapMean(losses, 1, 2_000, 3L, 0.95);
		ForecastScores.Interval blocked = ForecastScores.blockBootstrapMean(losses, 50, 2_000, 3L, 0.95);
		double ratio = (blocked.upper() - blocked.lower()) / (naive.upper() - naive.lower());
		// long-run variance 1/12 against the lag-0 variance 1/120: ratio sqrt(10) = 3.16
		assertThat(ratio).isBetween(2.6, 3.7);
	}

	@Test
	void dieboldMarianoWithoutLagsIsTheOneSampleZTest() {
		double[] a = { 0.3, 0.1, 0.4, 0.2 };
		double[] b = { 0.1, 0.1, 0.1, 0.1 };
		// d = (0.2, 0, 0.3, 0.1), mean 0.15, variance (1/n) sum (d - mean)^2 = 0.0125
		ForecastScores.DieboldMariano dm = ForecastScores.dieboldMariano(a, b, 0);
		assertThat(dm.meanLossDifference()).isCloseTo(0.15, within(1e-15));
		assertThat(dm.statistic()).isCloseTo(0.15 / Math.sqrt(0.0125 / 4), within(1e-12));
		// z = 2.683: two-sided p = 0.00729
		assertThat(dm.pValue()).isCloseTo(0.007290, within(2e-6));
		ForecastScores.DieboldMariano same = ForecastScores.dieboldMariano(a, a, 3);
		assertThat(same.statistic()).isNull();
		assertThat(same.pValue()).isNull();
	}

}
