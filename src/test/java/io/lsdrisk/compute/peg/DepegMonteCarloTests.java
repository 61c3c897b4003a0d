package io.lsdrisk.compute.peg;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DepegMonteCarloTests {

	private static final double[] THRESHOLDS = { 0.999, 0.99, 0.95, 0.90 };

	private static final double[] HORIZONS = { 1, 30, 365 };

	@ParameterizedTest
	@CsvSource({ "0.02", "0.1", "0.5" })
	void withoutMeanReversionAndJumpsMatchesTheClosedForm(double sigma) {
		PegModel model = PegModel.withoutJumps(0, 0, sigma);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 1.0, THRESHOLDS, HORIZONS, 20_000, 11);
		assertThat(estimates).hasSize(THRESHOLDS.length * HORIZONS.length);
		int compared = 0;
		for (DepegEstimate estimate : estimates) {
			double expected = BrownianFirstPassage.probabilityOfHitting(0, sigma, 0, Math.log(estimate.threshold()),
					estimate.horizonDays() / 365);
			if (expected < 1e-3) {
				// Events rarer than 1 in 1,000 are seen a handful of times in 20,000
				// paths and
				// the sample standard error is itself unreliable: only check they stay
				// rare.
				assertThat(estimate.probability()).as("%s", estimate).isLessThan(2e-3);
				continue;
			}
			compared++;
			assertThat(estimate.probability()).as("%s", estimate)
				.isCloseTo(expected, within(3 * estimate.standardError()));
		}
		assertThat(compared).isGreaterThanOrEqualTo(6);
	}

	@ParameterizedTest
	@CsvSource({ "5, 0.993, 0.04, 0.995, 0.98, 90", "15, 0.993, 0.06, 0.995, 0.98, 30",
			"15, 0.98, 0.07, 0.99, 0.95, 365", "100, 0.99, 0.1, 0.99, 0.97, 30",
			"450, 0.9994, 0.0176, 0.9994, 0.998, 7" })
	void withMeanReversionMatchesTheSurvivalPde(double kappa, double meanPeg, double sigma, double initialPeg,
			double threshold, double horizonDays) {
		PegModel model = PegModel.withoutJumps(kappa, Math.log(meanPeg), sigma);
		DepegEstimate estimate = DepegMonteCarlo
			.estimate(model, initialPeg, new double[] { threshold }, new double[] { horizonDays }, 40_000, 5)
			.get(0);
		double pde = SurvivalPde.depegProbability(model, initialPeg, threshold, horizonDays);
		assertThat(estimate.probability()).isCloseTo(pde, within(3 * estimate.standardError() + 1e-9));
		assertThat(estimate.standardError()).isLessThan(0.004);
	}

	@ParameterizedTest
	@CsvSource({ "5, 0.993, 0.04, 0.995, 0.98, 90", "9.67, 0.991, 0.0335, 0.995, 0.98, 30",
			"15, 0.98, 0.07, 0.99, 0.95, 365", "2, 0.995, 0.02, 1.0, 0.99, 7" })
	void theServedStepLimitOfTwoDaysStillMatchesTheSurvivalPde(double kappa, double meanPeg, double sigma,
			double initialPeg, double threshold, double horizonDays) {
		// steps of min(2 days, 0.05 / kappa years): kappa * step <= 0.05 as with daily
		// steps
		PegModel model = PegModel.withoutJumps(kappa, Math.log(meanPeg), sigma);
		DepegEstimate estimate = DepegMonteCarlo
			.estimate(model, initialPeg, new double[] { threshold }, new double[] { horizonDays }, 40_000, 6,
					DepegSimulationSettings.DEFAULT.withStepDays(2))
			.get(0);
		double pde = SurvivalPde.depegProbability(model, initialPeg, threshold, horizonDays);
		assertThat(estimate.probability()).isCloseTo(pde, within(3 * estimate.standardError() + 1e-9));
	}

	@Test
	void barrierAtTheMeanMatchesTheTimeChangedClosedForm() {
		// see SurvivalPdeTests: P = 2 N(-(x0 - mu) / sqrt(tau)), tau = sigma^2 (e^{2
		// kappa T} - 1)/(2 kappa)
		double kappa = 30;
		double mu = Math.log(0.99);
		double sigma = 0.05;
		double years = 20 / 365.0;
		double tau = sigma * sigma * Math.expm1(2 * kappa * years) / (2 * kappa);
		double expected = 2 * StandardNormal.cdf(mu / Math.sqrt(tau));
		DepegEstimate estimate = DepegMonteCarlo
			.estimate(PegModel.withoutJumps(kappa, mu, sigma), 1.0, new double[] { 0.99 }, new double[] { 20 }, 40_000,
					9)
			.get(0);
		assertThat(estimate.probability()).isCloseTo(expected, within(3 * estimate.standardError()));
	}

	@Test
	void fixedSizeJumpsWithoutDiffusionArePoissonArrivals() {
		// sigma = 0, kappa = 0 and every jump -5 %: the peg reaches 0.96 exactly when at
		// least
		// one jump has arrived, P = 1 - exp(-lambda T).
		PegModel model = new PegModel(0, 0, 0, 3, Math.log(0.95), 0);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 1.0, new double[] { 0.96 },
				new double[] { 7, 30, 365 }, 50_000, 3);
		for (DepegEstimate estimate : estimates) {
			double expected = -Math.expm1(-3 * estimate.horizonDays() / 365);
			assertThat(estimate.probability()).as("%s", estimate)
				.isCloseTo(expected, within(3 * estimate.standardError()));
		}
	}

	@Test
	void eventRiskAddsItsArrivalRate() {
		// Without diffusion the two event components reach 0.95 at the rate
		// sum_i lambda_i P(J_i <= ln 0.95): exploit lambda 0.01, J ~ N(ln 0.85, 0.1^2);
		// slashing lambda 0.005, J ~ N(ln 0.98, 0.01^2) (reaches 0.95 with probability
		// ~1e-3).
		ProtocolEventRisk risk = ProtocolEventRisk.DEFAULT;
		double rate = 0;
		for (JumpComponent component : risk.components()) {
			rate += component.intensityPerYear()
					* StandardNormal.cdf((Math.log(0.95) - component.meanLogJump()) / component.volatilityLogJump());
		}
		double expected = -Math.expm1(-rate * 10);
		// without diffusion the step size does not matter: monthly steps keep the test
		// fast
		DepegSimulationSettings settings = DepegSimulationSettings.DEFAULT.withEventJumps(risk.components())
			.withStepDays(30);
		DepegEstimate estimate = DepegMonteCarlo
			.estimate(PegModel.withoutJumps(0, 0, 0), 1.0, new double[] { 0.95 }, new double[] { 3650 }, 100_000, 17,
					settings)
			.get(0);
		assertThat(estimate.probability()).isCloseTo(expected, within(3 * estimate.standardError()));
	}

	@Test
	void jumpsOnlyRaiseTheProbability() {
		PegModel diffusion = PegModel.withoutJumps(15, Math.log(0.995), 0.05);
		double[] thresholds = { 0.99, 0.98, 0.95 };
		double[] horizons = { 7, 30, 90 };
		List<DepegEstimate> without = DepegMonteCarlo.estimate(diffusion, 1.0, thresholds, horizons, 20_000, 21);
		for (PegModel withJumps : List.of(new PegModel(15, Math.log(0.995), 0.05, 5, -0.02, 0.01),
				new PegModel(15, Math.log(0.995), 0.05, 5, 0, 0.02),
				new PegModel(15, Math.log(0.995), 0.05, 0.5, -0.1, 0))) {
			List<DepegEstimate> with = DepegMonteCarlo.estimate(withJumps, 1.0, thresholds, horizons, 20_000, 21);
			boolean someClearlyHigher = false;
			for (int i = 0; i < with.size(); i++) {
				double combined = Math.hypot(with.get(i).standardError(), without.get(i).standardError());
				assertThat(with.get(i).probability()).as("%s with %s", with.get(i), withJumps)
					.isGreaterThanOrEqualTo(without.get(i).probability() - 3 * combined);
				someClearlyHigher |= with.get(i).probability() > without.get(i).probability() + 5 * combined;
			}
			assertThat(someClearlyHigher).as("%s", withJumps).isTrue();
		}
	}

	@Test
	void probabilityGrowsWithHorizonAndThreshold() {
		PegModel model = new PegModel(10, Math.log(0.99), 0.08, 2, -0.01, 0.01);
		double[] thresholds = { 0.90, 0.95, 0.99 };
		double[] horizons = { 1, 7, 30, 90 };
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 1.0, thresholds, horizons, 5_000, 1);
		for (int t = 0; t < thresholds.length; t++) {
			for (int h = 0; h < horizons.length; h++) {
				DepegEstimate estimate = estimates.get(t * horizons.length + h);
				assertThat(estimate.threshold()).isEqualTo(thresholds[t]);
				assertThat(estimate.horizonDays()).isEqualTo(horizons[h]);
				if (h > 0) {
					assertThat(estimate.probability())
						.isGreaterThanOrEqualTo(estimates.get(t * horizons.length + h - 1).probability());
				}
				if (t > 0) {
					assertThat(estimate.probability())
						.isGreaterThanOrEqualTo(estimates.get((t - 1) * horizons.length + h).probability());
				}
			}
		}
	}

	@Test
	void isReproducibleForASeedAndVariesAcrossSeeds() {
		PegModel model = new PegModel(10, Math.log(0.99), 0.08, 2, -0.01, 0.01);
		List<DepegEstimate> first = DepegMonteCarlo.estimate(model, 1.0, THRESHOLDS, HORIZONS, 2_000, 42);
		List<DepegEstimate> again = DepegMonteCarlo.estimate(model, 1.0, THRESHOLDS, HORIZONS, 2_000, 42);
		List<DepegEstimate> other = DepegMonteCarlo.estimate(model, 1.0, THRESHOLDS, HORIZONS, 2_000, 43);
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void standardErrorMatchesTheSpreadAcrossSeedsAndAntitheticPairsReduceIt() {
		// The reported standard error must describe the scatter of independent runs:
		// compare
		// it with the standard deviation of 40 runs with different seeds.
		PegModel model = PegModel.withoutJumps(15, Math.log(0.995), 0.06);
		double[] threshold = { 0.98 };
		double[] horizon = { 30 };
		for (boolean antithetic : new boolean[] { true, false }) {
			DepegSimulationSettings settings = DepegSimulationSettings.DEFAULT.withAntithetic(antithetic);
			int runs = 40;
			double sum = 0;
			double sumOfSquares = 0;
			double meanStandardError = 0;
			for (int seed = 0; seed < runs; seed++) {
				DepegEstimate estimate = DepegMonteCarlo
					.estimate(model, 1.0, threshold, horizon, 2_000, 1_000 + seed, settings)
					.get(0);
				sum += estimate.probability();
				sumOfSquares += estimate.probability() * estimate.probability();
				meanStandardError += estimate.standardError() / runs;
			}
			double spread = Math.sqrt((sumOfSquares - sum * sum / runs) / (runs - 1));
			// with 40 runs the sample standard deviation is within +-35 % with ~97 %
			// probability
			assertThat(spread).as("antithetic %s", antithetic)
				.isBetween(0.65 * meanStandardError, 1.35 * meanStandardError);
		}
		DepegEstimate paired = DepegMonteCarlo.estimate(model, 1.0, threshold, horizon, 20_000, 7).get(0);
		DepegEstimate plain = DepegMonteCarlo
			.estimate(model, 1.0, threshold, horizon, 20_000, 7, DepegSimulationSettings.DEFAULT.withAntithetic(false))
			.get(0);
		// measured: about 0.85 with mean reversion, 0.55 without (kappa = 0)
		assertThat(paired.standardError()).isLessThan(0.9 * plain.standardError());
	}

	@Test
	void antitheticWaitingTimesAgreeWithPlainSamplingAndLowerTheStandardError() {
		// The benchmark model (stETH 2022, 25 jumps a year): a pair shares mirrored
		// normals, mirrored jump sizes and antithetic waiting times. Its estimate must
		// agree with independent paths, at a lower standard error per path (measured:
		// 0.74 and 0.86 of the plain one; 0.84 and 0.92 when the pair shared its waiting
		// times).
		PegModel model = new PegModel(9.67, -0.0091, 0.0335, 25.4, -0.0045, 0.0107);
		DepegSimulationSettings settings = DepegSimulationSettings.DEFAULT.withStepDays(2);
		double[] thresholds = { 0.98, 0.95 };
		double[] horizons = { 30, 365 };
		List<DepegEstimate> paired = DepegMonteCarlo.estimate(model, 0.995, thresholds, horizons, 40_000, 11, settings);
		List<DepegEstimate> plain = DepegMonteCarlo.estimate(model, 0.995, thresholds, horizons, 40_000, 12,
				settings.withAntithetic(false));
		for (int cell = 0; cell < paired.size(); cell++) {
			DepegEstimate one = paired.get(cell);
			DepegEstimate other = plain.get(cell);
			double combined = Math.hypot(one.standardError(), other.standardError());
			assertThat(Math.abs(one.probability() - other.probability())).as("cell %s", cell)
				.isLessThan(4 * combined + 1e-9);
		}
		// 0.98 within 30 days and 0.95 within 365 days, the cells that size the default
		// accuracy
		assertThat(paired.get(0).standardError()).isLessThan(0.8 * plain.get(0).standardError());
		assertThat(paired.get(3).standardError()).isLessThan(0.92 * plain.get(3).standardError());
	}

	@Test
	void bridgeCorrectionMattersUnderContinuousButNotDiscreteMonitoring() {
		// Discrete daily monitoring of a Brownian motion misses crossings between days:
		// its
		// probability must lie below the closed form, by far more than the standard
		// error.
		PegModel model = PegModel.withoutJumps(0, 0, 0.1);
		double expected = BrownianFirstPassage.probabilityOfHitting(0, 0.1, 0, Math.log(0.98), 30 / 365.0);
		DepegEstimate discrete = DepegMonteCarlo
			.estimate(model, 1.0, new double[] { 0.98 }, new double[] { 30 }, 20_000, 2,
					DepegSimulationSettings.DEFAULT.withMonitoring(Monitoring.DISCRETE))
			.get(0);
		assertThat(discrete.probability()).isLessThan(expected - 10 * discrete.standardError());
	}

	private static DepegSimulationSettings open(double floor, PegModel stressed, double meanStressedDays) {
		return DepegSimulationSettings.DEFAULT
			.withRegimeSwitching(RegimeSwitching.open(floor, stressed, meanStressedDays));
	}

	@Test
	void knownAnswersNeedNoSimulation() {
		PegModel model = PegModel.withoutJumps(10, 0, 0.1);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 0.97, new double[] { 0.98, 1.0, 0.9 },
				new double[] { 30 }, 1_000, 1, open(0.95, model, 30));
		assertThat(estimates.get(0)).isEqualTo(new DepegEstimate(0.98, 30, 1, 0, 1));
		assertThat(estimates.get(1)).isEqualTo(new DepegEstimate(1.0, 30, 1, 0, 1));
		// below a reflecting floor that nothing can jump through: exact under the model
		assertThat(estimates.get(2)).isEqualTo(new DepegEstimate(0.9, 30, 0, 0, 0));
	}

	@Test
	void pegFloorLeavesThresholdsAboveItUnchanged() {
		// A path reaches a level above the floor before it can touch the floor, so the
		// first passage there is the free one (in distribution: the reflection draws its
		// own random numbers).
		PegModel model = PegModel.withoutJumps(10, Math.log(0.99), 0.1);
		double[] thresholds = { 0.98, 0.95 };
		DepegEstimate free = DepegMonteCarlo.estimate(model, 1.0, thresholds, new double[] { 30 }, 20_000, 8).get(0);
		List<DepegEstimate> floored = DepegMonteCarlo.estimate(model, 1.0, thresholds, new double[] { 30 }, 20_000, 9,
				open(0.97, model, 30));
		assertThat(floored.get(0).probability()).isCloseTo(free.probability(),
				within(3 * Math.hypot(free.standardError(), floored.get(0).standardError())));
		assertThat(floored.get(1).probability()).isZero();
	}

	@Test
	void onlyAJumpTakesThePegBelowTheFloor() {
		// Diffusion reflected at the floor 0.99; one event a year whose fixed jump
		// ln(0.9)
		// takes any peg at or above 0.99 to at most 0.891. So P(min <= 0.95 within T) is
		// the
		// probability of at least one event: 1 - exp(-lambda T) = 1 - exp(-30/365) =
		// 0.07890.
		PegModel model = PegModel.withoutJumps(50, Math.log(0.999), 0.05);
		DepegSimulationSettings settings = open(0.99, model, 30)
			.withEventJumps(List.of(new JumpComponent(1, Math.log(0.9), 0)));
		DepegEstimate estimate = DepegMonteCarlo
			.estimate(model, 1.0, new double[] { 0.95 }, new double[] { 30 }, 100_000, 11, settings)
			.get(0);
		double expected = 1 - Math.exp(-30.0 / 365);
		assertThat(estimate.probability()).isCloseTo(expected, within(3 * estimate.standardError()));
		// Without the event the floor holds: nothing goes below it.
		DepegEstimate calm = DepegMonteCarlo
			.estimate(model, 1.0, new double[] { 0.95 }, new double[] { 30 }, 10_000, 11, open(0.99, model, 30))
			.get(0);
		assertThat(calm.probability()).isZero();
		// A peg already below the floor follows the open dynamics and is reflected once
		// it
		// is back at the floor: it can reach 0.98 only before it first reaches 0.99, so
		// at most as often as the free model, which may come back down later (rarely
		// here:
		// 0.98 is 3.8 stationary deviations below the mean).
		DepegEstimate past = DepegMonteCarlo
			.estimate(model, 0.985, new double[] { 0.98 }, new double[] { 30 }, 20_000, 11, open(0.99, model, 30))
			.get(0);
		DepegEstimate free = DepegMonteCarlo
			.estimate(model, 0.985, new double[] { 0.98 }, new double[] { 30 }, 20_000, 12)
			.get(0);
		double combined = Math.hypot(past.standardError(), free.standardError());
		assertThat(past.probability()).isGreaterThan(10 * past.standardError())
			.isLessThan(free.probability() + 3 * combined)
			.isGreaterThan(0.8 * free.probability());
	}

	@Test
	void estimateToStandardErrorReachesTheTarget() {
		PegModel model = new PegModel(15, Math.log(0.995), 0.06, 2, -0.01, 0.01);
		double[] thresholds = { 0.99, 0.98, 0.95, 0.90 };
		double[] horizons = { 1, 7, 30 };
		DepegEstimates estimates = DepegMonteCarlo.estimateToStandardError(model, 1.0, thresholds, horizons, 0.002, 3,
				DepegSimulationSettings.DEFAULT);
		assertThat(estimates.results()).hasSize(12)
			.allSatisfy((estimate) -> assertThat(estimate.standardError()).isLessThanOrEqualTo(0.002));
		assertThat(estimates.paths()).isBetween(DepegMonteCarlo.PILOT_PATHS, DepegMonteCarlo.DEFAULT_PATHS);
	}

	@Test
	void rejectsBadInputNamingTheParameter() {
		PegModel model = PegModel.withoutJumps(10, 0, 0.1);
		double[] thresholds = { 0.98 };
		double[] horizons = { 30 };
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, new double[] { 0.98, 1.5 }, horizons, 100, 1))
			.withMessage("thresholds[1] must be in (0, 1], was 1.5");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, new double[] { 0 }, horizons, 100, 1))
			.withMessageContaining("thresholds[0]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, new double[] { Double.NaN }, horizons, 100, 1))
			.withMessageContaining("thresholds[0]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, thresholds, new double[] { 30, 3651 }, 100, 1))
			.withMessageContaining("horizonsDays[1]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, thresholds, new double[] { 0 }, 100, 1))
			.withMessageContaining("horizonsDays[0]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, thresholds, horizons, 1_000_001, 1))
			.withMessage("paths must be between 10 and 1000000, was 1000001");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 0, thresholds, horizons, 100, 1))
			.withMessageContaining("initialPeg");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DepegMonteCarlo.estimate(model, 1, new double[0], horizons, 100, 1))
			.withMessageContaining("thresholds");
		assertThatIllegalArgumentException().isThrownBy(() -> new PegModel(-1, 0, 0.1, 0, 0, 0))
			.withMessageContaining("kappa");
		assertThatIllegalArgumentException().isThrownBy(() -> new PegModel(1, 0, Double.NaN, 0, 0, 0))
			.withMessageContaining("sigma");
		assertThatIllegalArgumentException().isThrownBy(() -> new PegModel(1, 0, 0.1, -2, 0, 0))
			.withMessageContaining("jumpIntensity");
		assertThatIllegalArgumentException().isThrownBy(() -> new PegModel(1, 0, 0.1, 2, 0, -0.1))
			.withMessageContaining("jumpVolatility");
		assertThatIllegalArgumentException().isThrownBy(() -> new PegModel(1, Double.POSITIVE_INFINITY, 0.1, 2, 0, 0))
			.withMessageContaining("mu");
	}

}
