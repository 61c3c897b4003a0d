package io.lsdrisk.compute.options;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import static io.lsdrisk.compute.options.OptionType.CALL;
import static io.lsdrisk.compute.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MertonJumpDiffusionTests {

	private static final double TOLERANCE = 1e-14;

	// Haug, "Option pricing formulas" (1998) p. 9, Merton (1976) jump-diffusion calls
	// with S = 100,
	// q = 0, r = 0.08, total volatility v = 0.25, as corrected to 1e-2 in QuantLib's
	// test-suite/jumpdiffusion.cpp (testMerton76). Rows: strikes 80..120; columns:
	// intensity 1, 5,
	// 10, each for T = 0.10, 0.25, 0.50. gamma is the share of the total variance due to
	// jumps.
	private static final double[] HAUG_STRIKES = { 80, 90, 100, 110, 120 };

	private static final double[] HAUG_INTENSITIES = { 1, 5, 10 };

	private static final double[] HAUG_TIMES = { 0.10, 0.25, 0.50 };

	private static final double[][] HAUG_GAMMA_025 = {
			{ 20.67, 21.74, 23.63, 20.65, 21.70, 23.61, 20.64, 21.70, 23.61 },
			{ 11.00, 12.74, 15.40, 10.98, 12.75, 15.42, 10.98, 12.75, 15.42 },
			{ 3.42, 5.88, 8.95, 3.51, 5.96, 9.02, 3.53, 5.97, 9.03 },
			{ 0.55, 2.11, 4.67, 0.56, 2.16, 4.73, 0.56, 2.17, 4.74 },
			{ 0.10, 0.64, 2.23, 0.06, 0.63, 2.25, 0.05, 0.62, 2.25 } };

	private static final double[][] HAUG_GAMMA_050 = {
			{ 20.72, 21.83, 23.71, 20.66, 21.73, 23.63, 20.65, 21.71, 23.61 },
			{ 11.04, 12.72, 15.34, 11.02, 12.76, 15.41, 11.00, 12.75, 15.41 },
			{ 3.14, 5.58, 8.71, 3.39, 5.87, 8.96, 3.46, 5.93, 9.00 },
			{ 0.53, 1.93, 4.42, 0.58, 2.11, 4.67, 0.57, 2.14, 4.71 },
			{ 0.19, 0.71, 2.15, 0.10, 0.66, 2.23, 0.07, 0.64, 2.24 } };

	@Test
	void pricesMatchHaugMertonTable() {
		checkHaug(0.25, HAUG_GAMMA_025);
		checkHaug(0.50, HAUG_GAMMA_050);
	}

	private static void checkHaug(double jumpShare, double[][] table) {
		double totalVol = 0.25;
		for (int i = 0; i < HAUG_STRIKES.length; i++) {
			for (int j = 0; j < HAUG_INTENSITIES.length; j++) {
				for (int t = 0; t < HAUG_TIMES.length; t++) {
					double intensity = HAUG_INTENSITIES[j];
					// Haug's parametrisation, mapped as in QuantLib's test: k = 0.
					double jumpVol = totalVol * Math.sqrt(jumpShare / intensity);
					double diffusionVol = totalVol * Math.sqrt(1 - jumpShare);
					double meanLogJump = -0.5 * jumpVol * jumpVol;
					double price = MertonJumpDiffusion
						.value(CALL, 100, HAUG_STRIKES[i], HAUG_TIMES[t], diffusionVol, 0.08, 0.0, intensity,
								meanLogJump, jumpVol, TOLERANCE)
						.price();
					assertThat(price)
						.as("K=%s lambda=%s T=%s gamma=%s", HAUG_STRIKES[i], intensity, HAUG_TIMES[t], jumpShare)
						.isCloseTo(table[i][3 * j + t], within(1e-2));
				}
			}
		}
	}

	@Test
	void matchesTheMertonSeriesOverQuantLibBlackScholesPrices() {
		// QuantLib 1.29's Python binding has no JumpDiffusionEngine, so these references
		// are
		// DOMAIN.md's series sum_n e^{-lambda' T} (lambda' T)^n / n! * BSM(S, K, T, r_n,
		// q, sigma_n)
		// over 80 terms, each BSM term and Greek from QuantLib's AnalyticEuropeanEngine
		// (Actual365Fixed, T = days / 365); vega chained with dsigma_n/dsigma = sigma /
		// sigma_n,
		// rho and dividendRho summed as they are (dr_n/dr = 1). Columns: type, S, K, q,
		// r, vol, days,
		// lambda, muJ, deltaJ, NPV, delta, gamma, vega, rho, dividendRho.
		Object[][] references = {
				{ CALL, 100.0, 100.0, 0.0, 0.05, 0.20, 365, 1.0, -0.10, 0.15, 12.761288593628763, 0.6496595499945675,
						0.014530733107161936, 29.06146621432387, 52.20466640582798, -64.96595499945677 },
				{ PUT, 100.0, 100.0, 0.0, 0.05, 0.20, 365, 1.0, -0.10, 0.15, 7.884231043700155, -0.3503404500054327,
						0.014530733107161936, 29.06146621432387, -42.91827604424342, 35.03404500054327 },
				{ PUT, 1.0, 0.97, 0.0, 0.04, 0.05, 365, 0.5, -0.08, 0.05, 0.010941605167028343, -0.1611714733809707,
						2.2276169027502815, 0.11138084513751428, -0.172113078547999, 0.1611714733809707 },
				{ CALL, 1.0, 1.02, 0.035, -0.01, 0.10, 182, 2.0, -0.03, 0.02, 0.014516399671467083, 0.3084925529579855,
						4.531340827626164, 0.22594630976108523, 0.14658536958396262, -0.15382368394069418 },
				{ PUT, 100.0, 90.0, -0.02, -0.01, 0.25, 730, 0.8, 0.10, 0.30, 15.326293563677604, -0.3440752002989905,
						0.007208968872731126, 36.04484436365564, -99.46762718715333, 68.81504005979806 },
				{ CALL, 100.0, 110.0, 0.02, 0.03, 0.25, 730, 0.8, 0.10, 0.30, 18.301824012046584, 0.505933079495743,
						0.006844613244872275, 34.22306622436137, 64.58296787505546, -101.1866158991486 } };
		for (Object[] row : references) {
			JumpValuation v = MertonJumpDiffusion.value((OptionType) row[0], (double) row[1], (double) row[2],
					(int) row[6] / 365.0, (double) row[5], (double) row[4], (double) row[3], (double) row[7],
					(double) row[8], (double) row[9], TOLERANCE);
			double[] actual = { v.price(), v.delta(), v.gamma(), v.vega(), v.rho(), v.carryRho() };
			for (int i = 0; i < actual.length; i++) {
				double expected = (double) row[10 + i];
				assertThat(actual[i]).as("%s K=%s figure %d", row[0], row[2], i)
					.isCloseTo(expected, within(1e-10 * Math.abs(expected) + 1e-13));
			}
		}
	}

	@Test
	void matchesTheLiteralSeriesOfDomainFormula() {
		for (OptionType type : OptionType.values()) {
			for (double strike : new double[] { 0.8, 0.97, 1.0, 1.1 }) {
				for (double[] jump : new double[][] { { 0.3, -0.2, 0.1 }, { 2.0, 0.05, 0.02 }, { 5.0, -0.01, 0.3 } }) {
					double time = 0.7;
					double expected = literalSeries(type, 1.0, strike, time, 0.3, 0.02, 0.035, jump[0], jump[1],
							jump[2]);
					double actual = MertonJumpDiffusion
						.value(type, 1.0, strike, time, 0.3, 0.02, 0.035, jump[0], jump[1], jump[2], TOLERANCE)
						.price();
					assertThat(actual).isCloseTo(expected, within(1e-13));
				}
			}
		}
	}

	/**
	 * DOMAIN.md's formula as written, with lambda' weights and r_n, sigma_n, 150 terms.
	 */
	private static double literalSeries(OptionType type, double s, double k, double t, double vol, double r, double q,
			double lambda, double muJ, double deltaJ) {
		double kappa = Math.exp(muJ + 0.5 * deltaJ * deltaJ) - 1;
		double lambdaPrime = lambda * (1 + kappa);
		double sum = 0;
		double weight = Math.exp(-lambdaPrime * t);
		for (int n = 0; n < 150; n++) {
			if (n > 0) {
				weight *= lambdaPrime * t / n;
			}
			double sigmaN = Math.sqrt(vol * vol + n * deltaJ * deltaJ / t);
			double rN = r - lambda * kappa + n * Math.log(1 + kappa) / t;
			sum += weight * BlackScholesMerton.priceUnchecked(type == CALL, s, k, t, sigmaN, rN, q);
		}
		return sum;
	}

	@Test
	void withoutJumpsItIsBlackScholesMerton() {
		for (OptionType type : OptionType.values()) {
			for (double strike : new double[] { 0.5, 0.98, 1.0, 1.3 }) {
				for (double time : new double[] { 0.0, 0.02, 1.0, 10.0 }) {
					for (double vol : new double[] { 0.0, 0.05, 0.6 }) {
						OptionValuation expected = BlackScholesMerton.value(type, 1.0, strike, time, vol, -0.01, 0.035);
						OptionValuation actual = MertonJumpDiffusion
							.value(type, 1.0, strike, time, vol, -0.01, 0.035, 0.0, -0.1, 0.2, TOLERANCE)
							.greeks();
						assertSameFigures(actual, expected, 1e-13);
					}
				}
			}
		}
	}

	private static void assertSameFigures(OptionValuation actual, OptionValuation expected, double tolerance) {
		double[] a = figures(actual);
		double[] e = figures(expected);
		for (int i = 0; i < a.length; i++) {
			assertThat(a[i]).as("figure %d of %s vs %s", i, actual, expected)
				.isCloseTo(e[i], within(tolerance * Math.max(1, Math.abs(e[i]))));
		}
	}

	private static double[] figures(OptionValuation v) {
		return new double[] { v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm() };
	}

	@Test
	void putCallParityHolds() {
		for (double[] jump : new double[][] { { 1.0, -0.3, 0.2 }, { 3.0, 0.2, 0.4 }, { 0.1, -2.0, 1.0 } }) {
			for (double strike : new double[] { 0.5, 0.99, 1.0, 2.0 }) {
				for (double time : new double[] { 0.0, 0.01, 1.0, 5.0 }) {
					JumpValuation call = MertonJumpDiffusion.value(CALL, 1.0, strike, time, 0.3, -0.005, 0.03, jump[0],
							jump[1], jump[2], TOLERANCE);
					JumpValuation put = MertonJumpDiffusion.value(PUT, 1.0, strike, time, 0.3, -0.005, 0.03, jump[0],
							jump[1], jump[2], TOLERANCE);
					double forwardValue = Math.exp(-0.03 * time) - strike * Math.exp(0.005 * time);
					assertThat(call.price() - put.price()).isCloseTo(forwardValue, within(1e-12));
					assertThat(call.delta() - put.delta()).isCloseTo(Math.exp(-0.03 * time), within(1e-12));
					assertThat(call.jumpIntensitySensitivity()).isCloseTo(put.jumpIntensitySensitivity(),
							within(1e-11));
				}
			}
		}
	}

	@Test
	void everyGreekAndTheJumpIntensitySensitivityMatchFiniteDifferences() {
		double[][] jumps = { { 1.0, -0.10, 0.15 }, { 0.5, -0.05, 0.02 }, { 3.0, 0.10, 0.30 } };
		for (OptionType type : OptionType.values()) {
			for (double strike : new double[] { 0.9, 1.0, 1.15 }) {
				for (double time : new double[] { 0.1, 1.0, 4.0 }) {
					for (double[] jump : jumps) {
						checkGreeks(type, strike, time, 0.25, -0.01, 0.03, jump[0], jump[1], jump[2]);
						checkGreeks(type, strike, time, 0.02, 0.04, -0.01, jump[0], jump[1], jump[2]);
					}
				}
			}
		}
	}

	private static void checkGreeks(OptionType type, double k, double t, double vol, double r, double q, double lambda,
			double muJ, double deltaJ) {
		double s = 1.0;
		JumpValuation a = MertonJumpDiffusion.value(type, s, k, t, vol, r, q, lambda, muJ, deltaJ, TOLERANCE);
		String label = type + " K=" + k + " T=" + t + " vol=" + vol + " lambda=" + lambda;
		double hs = 1e-3 * Math.min(1.0, vol * Math.sqrt(t));
		double hv = 1e-5;
		double ht = 1e-5 * t;
		double hr = 1e-6;
		ToDoubleFunction<double[]> price = (x) -> MertonJumpDiffusion
			.value(type, x[0], k, x[1], x[2], x[3], x[4], x[5], muJ, deltaJ, TOLERANCE)
			.price();
		ToDoubleFunction<double[]> delta = (x) -> MertonJumpDiffusion
			.value(type, x[0], k, x[1], x[2], x[3], x[4], x[5], muJ, deltaJ, TOLERANCE)
			.delta();
		ToDoubleFunction<double[]> vega = (x) -> MertonJumpDiffusion
			.value(type, x[0], k, x[1], x[2], x[3], x[4], x[5], muJ, deltaJ, TOLERANCE)
			.vega();
		double[] base = { s, t, vol, r, q, lambda };
		BlackScholesMertonTests.assertClose(label + " delta", a.delta(), difference(price, base, 0, hs), 1e-7);
		BlackScholesMertonTests.assertClose(label + " gamma", a.gamma(), difference(delta, base, 0, hs), 1e-6);
		BlackScholesMertonTests.assertClose(label + " theta", a.theta(), -difference(price, base, 1, ht), 1e-7);
		BlackScholesMertonTests.assertClose(label + " charm", a.charm(), -difference(delta, base, 1, ht), 1e-6);
		BlackScholesMertonTests.assertClose(label + " vega", a.vega(), difference(price, base, 2, hv), 1e-7);
		BlackScholesMertonTests.assertClose(label + " vanna", a.vanna(), difference(delta, base, 2, hv), 1e-6);
		BlackScholesMertonTests.assertClose(label + " volga", a.volga(), difference(vega, base, 2, hv), 1e-6);
		BlackScholesMertonTests.assertClose(label + " rho", a.rho(), difference(price, base, 3, hr), 1e-7);
		BlackScholesMertonTests.assertClose(label + " carryRho", a.carryRho(), difference(price, base, 4, hr), 1e-7);
		BlackScholesMertonTests.assertClose(label + " dV/dlambda", a.jumpIntensitySensitivity(),
				difference(price, base, 5, 1e-5), 1e-7);
	}

	private static double difference(ToDoubleFunction<double[]> function, double[] base, int index, double step) {
		double[] up = base.clone();
		double[] down = base.clone();
		up[index] += step;
		down[index] -= step;
		return (function.applyAsDouble(up) - function.applyAsDouble(down)) / (2 * step);
	}

	@Test
	void truncationHonoursTheStatedBound() {
		JumpValuation exact = MertonJumpDiffusion.value(PUT, 1.0, 0.97, 1.0, 0.1, 0.03, 0.0, 4.0, -0.1, 0.1, 1e-15);
		for (double tolerance : new double[] { 1e-2, 1e-4, 1e-6, 1e-9, 1e-12 }) {
			JumpValuation truncated = MertonJumpDiffusion.value(PUT, 1.0, 0.97, 1.0, 0.1, 0.03, 0.0, 4.0, -0.1, 0.1,
					tolerance);
			assertThat(truncated.truncationErrorBound()).isLessThanOrEqualTo(tolerance);
			// The omitted terms are all positive, so the truncated price is below and
			// within the bound.
			assertThat(exact.price() - truncated.price()).isBetween(-1e-15, truncated.truncationErrorBound());
			assertThat(truncated.seriesTerms()).isLessThanOrEqualTo(exact.seriesTerms());
		}
		// Poisson(4) mass beyond 25 jumps is about 1e-12: a tolerance of 1e-12 needs more
		// than 20 terms.
		assertThat(MertonJumpDiffusion.value(PUT, 1.0, 0.97, 1.0, 0.1, 0.03, 0.0, 4.0, -0.1, 0.1, 1e-12).seriesTerms())
			.isBetween(20, 30);
	}

	@Test
	void extremeInputsGiveFiniteFigures() {
		double[][] cases = { { 100, 50, 5, 3 }, { 100, 50, -5, 0 }, { 1e-6, 50, -5, 3 }, { 0.0, 10, 0.1, 0.1 },
				{ 1e-3, 0.01, -0.05, 0.0 }, { 30, 20, 2, 0.5 } };
		for (OptionType type : OptionType.values()) {
			for (double[] c : cases) {
				for (double vol : new double[] { 0.0, 0.3, 10 }) {
					for (double strike : new double[] { 1e-6, 0.5, 1.0, 1e6 }) {
						JumpValuation v = MertonJumpDiffusion.value(type, 1.0, strike, c[0], vol, 0.05, -0.02, c[1],
								c[2], c[3], TOLERANCE);
						BlackScholesMertonTests.assertFinite(v.greeks());
						assertThat(Double.isFinite(v.jumpIntensitySensitivity())).as("%s", v).isTrue();
					}
				}
			}
		}
		// lambda T = 5000: weights carried in logarithms; parity still holds.
		JumpValuation call = MertonJumpDiffusion.value(CALL, 1.0, 1.0, 100, 0.1, 0.0, 0.0, 50, -0.01, 0.02, TOLERANCE);
		JumpValuation put = MertonJumpDiffusion.value(PUT, 1.0, 1.0, 100, 0.1, 0.0, 0.0, 50, -0.01, 0.02, TOLERANCE);
		assertThat(call.price() - put.price()).isCloseTo(0.0, within(1e-11));
		assertThat(call.seriesTerms()).isGreaterThan(5000);
	}

	@Test
	void rejectsInvalidJumpInputNamingTheParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MertonJumpDiffusion.value(CALL, 1, 1, 1, 0.2, 0, 0, -1, 0, 0.1, TOLERANCE))
			.withMessageStartingWith("jumpIntensity must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MertonJumpDiffusion.value(CALL, 1, 1, 1, 0.2, 0, 0, 1, Double.NaN, 0.1, TOLERANCE))
			.withMessageStartingWith("jumpMean must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MertonJumpDiffusion.value(CALL, 1, 1, 1, 0.2, 0, 0, 1, 0, -0.1, TOLERANCE))
			.withMessageStartingWith("jumpVolatility must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MertonJumpDiffusion.value(CALL, 1, 1, 1, 0.2, 0, 0, 1, 0, 0.1, 0.0))
			.withMessageStartingWith("truncationTolerance must be");
	}

}
