package io.lsdrisk.compute.peg;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The regime state machine of {@link DepegMonteCarlo}: the reflecting redemption floor of
 * the OPEN state and the STRESSED sojourn, against closed forms.
 */
class RegimeSwitchingTests {

	private static DepegSimulationSettings open(double floor, PegModel stressed, double meanStressedDays) {
		return DepegSimulationSettings.DEFAULT
			.withRegimeSwitching(RegimeSwitching.open(floor, stressed, meanStressedDays));
	}

	@Test
	void transitionsOfTheStateMachine() {
		assertThat(PegState.OPEN.afterJump(-0.01)).isEqualTo(PegState.STRESSED);
		assertThat(PegState.OPEN.afterJump(0.01)).isEqualTo(PegState.OPEN);
		assertThat(PegState.STRESSED.afterJump(-0.01)).isEqualTo(PegState.STRESSED);
		assertThat(PegState.STRESSED.startsSojourn(-0.01)).isTrue();
		assertThat(PegState.STRESSED.afterSojourn()).isEqualTo(PegState.OPEN);
		assertThat(PegState.CLOSED.afterJump(-0.5)).isEqualTo(PegState.CLOSED);
		assertThat(PegState.CLOSED.startsSojourn(-0.5)).isFalse();
		assertThat(PegState.CLOSED.afterSojourn()).isEqualTo(PegState.CLOSED);
		assertThat(PegState.OPEN.hasBarrier()).isTrue();
		assertThat(PegState.STRESSED.hasBarrier()).isFalse();
		assertThat(PegState.CLOSED.hasBarrier()).isFalse();
		RegimeSwitching open = RegimeSwitching.open(0.99, PegModel.withoutJumps(10, 0, 0.1), 30);
		assertThat(open.initialState()).isEqualTo(PegState.OPEN);
		assertThat(RegimeSwitching.CLOSED.initialState()).isEqualTo(PegState.CLOSED);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RegimeSwitching.open(0, PegModel.withoutJumps(1, 0, 0.1), 30))
			.withMessageContaining("pegFloor");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RegimeSwitching.open(0.99, PegModel.withoutJumps(1, 0, 0.1), 0))
			.withMessageContaining("meanStressedDays");
	}

	@Test
	void theReflectedPegNeverGoesBelowTheFloor() {
		// Up-jumps only, so no path leaves OPEN; a threshold a hair below the floor is
		// simulated (jumps exist) and must never be reached, at a grid time, a jump or
		// between steps. Zero hits in n paths: the upper bound is 1 - 0.05^(1/n); for
		// n = 10,000 that is 1 - exp(ln(0.05) / 10,000) = 2.9957323e-4 - (2.9957323e-4)^2
		// / 2 = 2.995284e-4.
		PegModel model = new PegModel(30, Math.log(0.999), 0.08, 50, 0.002, 0);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 1.0, new double[] { 0.99499, 0.99 },
				new double[] { 30, 365 }, 10_000, 5, open(0.995, model, 30));
		for (DepegEstimate estimate : estimates) {
			assertThat(estimate.probability()).as("%s", estimate).isZero();
			assertThat(estimate.standardError()).as("%s", estimate).isZero();
			assertThat(estimate.upperBound95()).as("%s", estimate).isCloseTo(2.995284e-4, within(1e-9));
		}
	}

	@Test
	void reflectedBrownianMotionWithJumpsMatchesItsClosedFormAtAnyStep() {
		// OPEN: driftless Brownian motion (kappa = 0, sigma 0.05) from x0 = 0 reflected
		// at
		// f = ln 0.995. Jumps J = ln 0.955 at rate 2 a year; the first switches the path
		// to STRESSED for ever with no diffusion, so the path then only adds J per jump.
		// The threshold b = ln 0.96 < f is crossed by T iff R(t1) + k J <= b, t1 the
		// first
		// jump and k - 1 the jumps in (t1, T]:
		// P = lambda e^{-lambda T} int_0^T sum_j (lambda (T - t))^j / j! F(t, b - (j + 1)
		// J)
		// dt, with F(t, y) = P(R_t <= y) = N((y - x0)/s) - N((2 f - y - x0)/s), s = sigma
		// sqrt(t) (reflection principle for the reflected Brownian motion).
		double sigma = 0.05;
		double lambda = 2;
		double jump = Math.log(0.955);
		double floor = Math.log(0.995);
		double barrier = Math.log(0.96);
		double years = 30 / 365.0;
		int intervals = 2000;
		double integral = 0;
		for (int i = 0; i <= intervals; i++) {
			double t = years * i / intervals;
			double sum = 0;
			double poisson = 1;
			for (int j = 0; j < 30; j++) {
				double level = barrier - (j + 1) * jump;
				sum += poisson * reflectedCdf(t, level, floor, sigma);
				poisson *= lambda * (years - t) / (j + 1);
			}
			double simpson = (i == 0 || i == intervals) ? 1 : ((i % 2 == 1) ? 4 : 2);
			integral += simpson * sum;
		}
		double expected = lambda * Math.exp(-lambda * years) * integral * years / intervals / 3;
		assertThat(expected).isBetween(0.02, 0.2);
		PegModel model = new PegModel(0, 0, sigma, lambda, jump, 0);
		for (double stepDays : new double[] { 1, 10 }) {
			DepegSimulationSettings settings = open(0.995, PegModel.withoutJumps(0, 0, 0), Double.POSITIVE_INFINITY)
				.withStepDays(stepDays);
			DepegEstimate estimate = DepegMonteCarlo
				.estimate(model, 1.0, new double[] { 0.96 }, new double[] { 30 }, 100_000, 21, settings)
				.get(0);
			assertThat(estimate.probability()).as("step %s days", stepDays)
				.isCloseTo(expected, within(3 * estimate.standardError()));
		}
	}

	/** P(R_t <= y) for Brownian motion from 0 reflected at floor (y >= floor). */
	private static double reflectedCdf(double t, double y, double floor, double sigma) {
		if (y < floor) {
			return 0;
		}
		if (t == 0) {
			return (y >= 0) ? 1 : 0;
		}
		double s = sigma * Math.sqrt(t);
		return StandardNormal.cdf(y / s) - StandardNormal.cdf((2 * floor - y) / s);
	}

	@Test
	void stressedSojournsAndReEntryMatchTheirMarkovChain() {
		// No diffusion in either state and a peg starting at the floor f = 0.99: fixed
		// jumps J = ln 0.97 at rate lambda = 20 a year take the path to f + J (STRESSED),
		// f + 2J, ...; a sojourn (mean 10 days, rate mu = 36.5 a year) ends with the peg
		// lifted back to f. 0.95 lies between f + 2J = ln 0.93149 and f + J = ln 0.96030
		// (two jumps within a sojourn), 0.92 between f + 3J = ln 0.90355 and f + 2J
		// (three). The crossing probabilities by T are those of the absorbing chains
		// 0 -lambda-> 1 -lambda-> X, 1 -mu-> 0 and 0 -lambda-> 1 -lambda-> 2 -lambda-> X,
		// 1, 2 -mu-> 0, integrated here by RK4.
		double lambda = 20;
		double mu = 365 / 10.0;
		double years = 90 / 365.0;
		double two = absorbed(new double[][] { { -lambda, lambda }, { mu, -lambda - mu } }, years);
		double three = absorbed(
				new double[][] { { -lambda, lambda, 0 }, { mu, -lambda - mu, lambda }, { mu, 0, -lambda - mu } },
				years);
		PegModel model = new PegModel(0, 0, 0, lambda, Math.log(0.97), 0);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 0.99, new double[] { 0.95, 0.92 },
				new double[] { 90 }, 100_000, 4, open(0.99, PegModel.withoutJumps(0, 0, 0), 10));
		assertThat(estimates.get(0).probability()).isCloseTo(two, within(3 * estimates.get(0).standardError()));
		assertThat(estimates.get(1).probability()).isCloseTo(three, within(3 * estimates.get(1).standardError()));
		assertThat(two).isBetween(0.3, 0.99);
		assertThat(three).isBetween(0.05, two - 0.05);
	}

	/** 1 - sum of p(T) for p' = p Q, p(0) = (1, 0, ...), Q the transient generator. */
	private static double absorbed(double[][] generator, double years) {
		int n = generator.length;
		double[] p = new double[n];
		p[0] = 1;
		int steps = 20_000;
		double h = years / steps;
		for (int step = 0; step < steps; step++) {
			double[] k1 = derivative(p, generator);
			double[] k2 = derivative(add(p, k1, h / 2), generator);
			double[] k3 = derivative(add(p, k2, h / 2), generator);
			double[] k4 = derivative(add(p, k3, h), generator);
			for (int i = 0; i < n; i++) {
				p[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
			}
		}
		double survival = 0;
		for (double value : p) {
			survival += value;
		}
		return 1 - survival;
	}

	private static double[] derivative(double[] p, double[][] generator) {
		double[] result = new double[p.length];
		for (int i = 0; i < p.length; i++) {
			for (int j = 0; j < p.length; j++) {
				result[j] += p[i] * generator[i][j];
			}
		}
		return result;
	}

	private static double[] add(double[] p, double[] direction, double scale) {
		double[] result = new double[p.length];
		for (int i = 0; i < p.length; i++) {
			result[i] = p[i] + scale * direction[i];
		}
		return result;
	}

	@Test
	void halvingTheStepChangesNoProbabilityBeyondItsStandardError() {
		// Mean-reverting OPEN dynamics (half-life 5 days) reflected at 0.998, calibrated
		// down-jumps switching to slower stressed dynamics for 10 days on average:
		// thresholds above the floor (diffusion), just below it and far below (jumps).
		PegModel model = new PegModel(50, Math.log(0.999), 0.05, 6, Math.log(0.99), 0.01);
		DepegSimulationSettings settings = open(0.998, PegModel.withoutJumps(10, Math.log(0.99), 0.05), 10);
		double[] thresholds = { 0.9985, 0.99, 0.97 };
		double[] horizons = { 7, 30 };
		List<DepegEstimate> coarse = DepegMonteCarlo.estimate(model, 1.0, thresholds, horizons, 40_000, 31,
				settings.withStepDays(0.2));
		List<DepegEstimate> fine = DepegMonteCarlo.estimate(model, 1.0, thresholds, horizons, 40_000, 32,
				settings.withStepDays(0.1));
		for (int i = 0; i < coarse.size(); i++) {
			double combined = Math.hypot(coarse.get(i).standardError(), fine.get(i).standardError());
			assertThat(coarse.get(i).probability()).as("%s vs %s", coarse.get(i), fine.get(i))
				.isCloseTo(fine.get(i).probability(), within(3 * combined));
			assertThat(fine.get(i).probability()).as("%s", fine.get(i)).isBetween(1e-3, 0.999);
		}
	}

}
