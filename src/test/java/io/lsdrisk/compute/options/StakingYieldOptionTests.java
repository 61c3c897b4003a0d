package io.lsdrisk.compute.options;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static io.lsdrisk.compute.options.OptionType.CALL;
import static io.lsdrisk.compute.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StakingYieldOptionTests {

	@Test
	void atTheMoneyMatchesTheBachelierClosedForm() {
		// F = K: price = notional * accrual * D * v / sqrt(2 pi), v = sigmaN sqrt(T) for
		// a point
		// fixing and sigmaN sqrt(T/3) for an average over the whole life.
		double discount = Math.exp(-0.04 * 2.0);
		double point = StakingYieldOption.value(CALL, 0.035, 0.035, 0.008, 2.0, 0.0, 0.04, 1e6, 0.5).price();
		assertThat(point).isCloseTo(1e6 * 0.5 * discount * 0.008 * Math.sqrt(2.0 / (2 * Math.PI)), within(1e-10));
		double averaged = StakingYieldOption.value(PUT, 0.035, 0.035, 0.008, 2.0, 2.0, 0.04, 1e6, 0.5).price();
		assertThat(averaged).isCloseTo(1e6 * 0.5 * discount * 0.008 * Math.sqrt(2.0 / 3.0 / (2 * Math.PI)),
				within(1e-10));
	}

	@Test
	void offTheMoneyMatchesHandComputedValues() {
		// Cap, F = 3.5 %, K = 3 %, sigmaN = 1 %, T = 1, no averaging, r = 0: d = 0.5,
		// (F - K) N(0.5) + v n(0.5) = 0.005 * 0.691462461274013 + 0.01 *
		// 0.3520653267642995
		// = 0.006977965574013061 (Python, math.erfc).
		assertThat(StakingYieldOption.value(CALL, 0.035, 0.03, 0.01, 1.0, 0.0, 0.0, 1.0, 1.0).price())
			.isCloseTo(0.006977965574013061, within(1e-16));
		// Floor, K = 4 %, averaging the last half year of one: v = 0.01 sqrt(1 - 1/3) =
		// 0.008164965809277261, d = -0.6123724356957941, (K - F) N(-d) + v n(d) =
		// 0.006349709627372158.
		StakingYieldValuation floor = StakingYieldOption.value(PUT, 0.035, 0.04, 0.01, 1.0, 0.5, 0.0, 1.0, 1.0);
		assertThat(floor.price()).isCloseTo(0.006349709627372158, within(1e-16));
		assertThat(floor.effectiveStandardDeviation()).isCloseTo(0.008164965809277261, within(1e-17));
	}

	@Test
	void capMinusFloorIsTheDiscountedForwardMinusStrike() {
		for (double forward : new double[] { -0.01, 0.02, 0.035, 0.08 }) {
			for (double averaging : new double[] { 0.0, 0.4, 1.5 }) {
				double cap = StakingYieldOption.value(CALL, forward, 0.03, 0.006, 1.5, averaging, -0.005, 100, 0.25)
					.price();
				double floor = StakingYieldOption.value(PUT, forward, 0.03, 0.006, 1.5, averaging, -0.005, 100, 0.25)
					.price();
				assertThat(cap - floor).isCloseTo(100 * 0.25 * Math.exp(0.005 * 1.5) * (forward - 0.03), within(1e-14));
			}
		}
	}

	@Test
	void greeksMatchFiniteDifferences() {
		for (OptionType type : OptionType.values()) {
			for (double strike : new double[] { 0.02, 0.034, 0.035, 0.05 }) {
				for (double averaging : new double[] { 0.0, 0.5, 0.9 }) {
					double f = 0.035;
					double s = 0.01;
					double t = 1.0;
					double r = 0.03;
					StakingYieldValuation a = StakingYieldOption.value(type, f, strike, s, t, averaging, r, 1e4, 1.0);
					String label = type + " K=" + strike + " A=" + averaging;
					double hf = 1e-6;
					BlackScholesMertonTests.assertClose(label + " delta", a.delta(),
							(price(type, f + hf, strike, s, t, averaging, r)
									- price(type, f - hf, strike, s, t, averaging, r)) / (2 * hf),
							1e-6);
					BlackScholesMertonTests.assertClose(label + " gamma", a.gamma(),
							(StakingYieldOption.value(type, f + hf, strike, s, t, averaging, r, 1e4, 1.0).delta()
									- StakingYieldOption.value(type, f - hf, strike, s, t, averaging, r, 1e4, 1.0)
										.delta())
									/ (2 * hf),
							1e-4);
					double hs = 1e-6;
					BlackScholesMertonTests.assertClose(label + " vega", a.vega(),
							(price(type, f, strike, s + hs, t, averaging, r)
									- price(type, f, strike, s - hs, t, averaging, r)) / (2 * hs),
							1e-6);
					double ht = 1e-5;
					BlackScholesMertonTests.assertClose(label + " theta", a.theta(),
							-(price(type, f, strike, s, t + ht, averaging, r)
									- price(type, f, strike, s, t - ht, averaging, r)) / (2 * ht),
							1e-6);
					double hr = 1e-6;
					BlackScholesMertonTests.assertClose(label + " rho", a.rho(),
							(price(type, f, strike, s, t, averaging, r + hr)
									- price(type, f, strike, s, t, averaging, r - hr)) / (2 * hr),
							1e-6);
				}
			}
		}
	}

	private static double price(OptionType type, double f, double k, double s, double t, double a, double r) {
		return StakingYieldOption.value(type, f, k, s, t, a, r, 1e4, 1.0).price();
	}

	@Test
	void monteCarloConfirmsTheOneThirdVarianceOfTheAverage() {
		// Simulates the average of F_t = F_0 + sigmaN W_t over [0, T] exactly: on each
		// step the
		// integral of a Brownian bridge between known endpoints is normal with mean h
		// (W_i + W_i+1) / 2
		// and variance h^3 / 12 (independent of the endpoints). No use of the T/3 result.
		Random random = new Random(20240115L);
		double forward = 0.035;
		double strike = 0.036;
		double sigma = 0.01;
		double time = 2.0;
		int steps = 8;
		int paths = 200_000;
		double h = time / steps;
		double sum = 0;
		double sumSquares = 0;
		double averageSum = 0;
		double averageSquares = 0;
		for (int p = 0; p < paths; p++) {
			double w = 0;
			double integral = 0;
			for (int i = 0; i < steps; i++) {
				double next = w + Math.sqrt(h) * random.nextGaussian();
				integral += h * (w + next) / 2 + Math.sqrt(h * h * h / 12) * random.nextGaussian();
				w = next;
			}
			double average = forward + sigma * integral / time;
			double payoff = Math.max(average - strike, 0);
			sum += payoff;
			sumSquares += payoff * payoff;
			averageSum += average;
			averageSquares += average * average;
		}
		double mean = sum / paths;
		double standardError = Math.sqrt((sumSquares / paths - mean * mean) / paths);
		double model = StakingYieldOption.value(CALL, forward, strike, sigma, time, time, 0.0, 1.0, 1.0).price();
		assertThat(mean).isCloseTo(model, within(4 * standardError));
		double variance = averageSquares / paths - Math.pow(averageSum / paths, 2);
		// Var(sample variance) ~ 2 v^4 / n: 4 standard errors is about 1.3 % of v^2.
		assertThat(variance).isCloseTo(sigma * sigma * time / 3, within(0.013 * sigma * sigma * time / 3));
	}

	@Test
	void withoutVolatilityTheOptionIsTheDiscountedIntrinsicValue() {
		StakingYieldValuation v = StakingYieldOption.value(CALL, 0.04, 0.03, 0.0, 1.0, 0.5, 0.02, 1.0, 1.0);
		assertThat(v.price()).isCloseTo(0.01 * Math.exp(-0.02), within(1e-17));
		assertThat(v.delta()).isCloseTo(Math.exp(-0.02), within(1e-16));
		assertThat(v.gamma()).isZero();
		StakingYieldValuation expired = StakingYieldOption.value(PUT, 0.03, 0.03, 0.01, 0.0, 0.0, 0.02, 1.0, 1.0);
		assertThat(expired.price()).isZero();
		assertThat(expired.delta()).isEqualTo(-0.5);
		assertThat(Double.isFinite(expired.theta())).isTrue();
	}

	@Test
	void rejectsInvalidInputNamingTheParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StakingYieldOption.value(CALL, 0.03, 0.03, 0.01, 1.0, 1.5, 0.0, 1.0, 1.0))
			.withMessageStartingWith("averagingPeriodYears must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StakingYieldOption.value(CALL, 0.03, 0.03, -0.01, 1.0, 0.0, 0.0, 1.0, 1.0))
			.withMessageStartingWith("normalVolatility must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StakingYieldOption.value(CALL, 0.03, 0.03, 0.01, 1.0, 0.0, 0.0, 0.0, 1.0))
			.withMessageStartingWith("notional must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StakingYieldOption.value(PUT, Double.NaN, 0.03, 0.01, 1.0, 0.0, 0.0, 1.0, 1.0))
			.withMessageStartingWith("forwardApr must be");
	}

}
