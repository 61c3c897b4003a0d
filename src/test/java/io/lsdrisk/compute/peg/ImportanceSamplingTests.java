package io.lsdrisk.compute.peg;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Importance sampling of rare jump sources and the upper bound of every cell.
 */
class ImportanceSamplingTests {

	private static final JumpComponent EXPLOIT = new JumpComponent(0.01, Math.log(0.85), 0.10);

	@Test
	void rareSingleJumpCrossingsMatchTheClosedForm() {
		// No diffusion, one rare source: the peg stays at 1 until a jump, so P = 1 -
		// exp(-lambda T N((ln threshold - jumpMean) / jumpVol)) up to two-jump paths, of
		// relative weight below lambda T = 8.2e-4 here.
		DepegSimulationSettings settings = DepegSimulationSettings.DEFAULT.withEventJumps(List.of(EXPLOIT))
			.withStepDays(30)
			.withImportanceSampling(ImportanceSampling.ON);
		double[] thresholds = { 0.9, 0.8, 0.7 };
		double[] horizons = { 7, 30 };
		DepegEstimates estimates = DepegMonteCarlo.run(PegModel.withoutJumps(0, 0, 0), 1.0, thresholds, horizons,
				20_000, 3, settings);
		assertThat(estimates.importanceSampling()).isTrue();
		for (DepegEstimate estimate : estimates.results()) {
			double crossing = StandardNormal
				.cdf((Math.log(estimate.threshold()) - EXPLOIT.meanLogJump()) / EXPLOIT.volatilityLogJump());
			double expected = -Math.expm1(-EXPLOIT.intensityPerYear() * estimate.horizonDays() / 365 * crossing);
			assertThat(expected).isBetween(1e-6, 1e-3);
			assertThat(estimate.probability()).as("%s", estimate)
				.isCloseTo(expected, within(3 * estimate.standardError() + 0.01 * expected));
			assertThat(estimate.standardError() / expected).as("%s", estimate).isLessThan(0.1);
			assertThat(estimate.upperBound95()).isCloseTo(estimate.probability() + 1.6448536 * estimate.standardError(),
					within(1e-12));
		}
		// Plain sampling of the same paths sees at most a handful of these events.
		DepegEstimate plain = DepegMonteCarlo
			.estimate(PegModel.withoutJumps(0, 0, 0), 1.0, new double[] { 0.8 }, new double[] { 7 }, 20_000, 3,
					settings.withImportanceSampling(ImportanceSampling.OFF))
			.get(0);
		assertThat(plain.upperBound95()).isGreaterThan(1e-4);
	}

	@Test
	void importanceSampledAndPlainEstimatesAgreeOnModerateProbabilities() {
		PegModel model = PegModel.withoutJumps(20, Math.log(0.995), 0.03);
		DepegSimulationSettings settings = DepegSimulationSettings.DEFAULT
			.withEventJumps(List.of(new JumpComponent(0.5, Math.log(0.9), 0.05)));
		double[] thresholds = { 0.97, 0.93, 0.85 };
		double[] horizons = { 30, 365 };
		List<DepegEstimate> plain = DepegMonteCarlo.estimate(model, 1.0, thresholds, horizons, 40_000, 7,
				settings.withStepDays(2));
		DepegEstimates tilted = DepegMonteCarlo.run(model, 1.0, thresholds, horizons, 40_000, 8,
				settings.withStepDays(2).withImportanceSampling(ImportanceSampling.ON));
		assertThat(tilted.importanceSampling()).isTrue();
		for (int i = 0; i < plain.size(); i++) {
			DepegEstimate a = plain.get(i);
			DepegEstimate b = tilted.results().get(i);
			assertThat(b.probability()).as("%s vs %s", a, b)
				.isCloseTo(a.probability(), within(3 * Math.hypot(a.standardError(), b.standardError())));
		}
		// the 365-day cell at 0.85 is near 0.5 * 0.16: moderate
		assertThat(plain.get(5).probability()).isBetween(0.03, 0.5);
	}

	@Test
	void autoSwitchesToImportanceSamplingWhenThePilotSeesFewHits() {
		DepegSimulationSettings settings = DepegSimulationSettings.DEFAULT.withEventJumps(List.of(EXPLOIT))
			.withStepDays(30)
			.withImportanceSampling(ImportanceSampling.AUTO);
		DepegAccuracy accuracy = new DepegAccuracy(0.002, 0.1, 1_000_000);
		DepegEstimates rare = DepegMonteCarlo.estimateToAccuracy(PegModel.withoutJumps(0, 0, 0), 1.0,
				new double[] { 0.8 }, new double[] { 30 }, accuracy, 5, settings);
		assertThat(rare.importanceSampling()).isTrue();
		assertThat(rare.targetReached()).isTrue();
		DepegEstimate cell = rare.results().get(0);
		assertThat(cell.standardError()).isLessThanOrEqualTo(0.1 * cell.probability());
		// a model without a rare source stays plain
		DepegEstimates common = DepegMonteCarlo.estimateToAccuracy(PegModel.withoutJumps(20, 0, 0.1), 1.0,
				new double[] { 0.95 }, new double[] { 30 }, accuracy, 5, settings);
		assertThat(common.importanceSampling()).isFalse();
	}

	@Test
	void clopperPearsonBoundsByHand() {
		// no hit in n: 1 - 0.05^(1/n); n = 4000: 1 - exp(-2.9957323 / 4000) = 7.4893e-4 -
		// (7.4893e-4)^2 / 2 = 7.48653e-4
		assertThat(DepegMonteCarlo.clopperPearsonUpper95(0, 4000)).isCloseTo(7.48653e-4, within(2e-9));
		// one hit in 10: the p with (1 - p)^10 + 10 p (1 - p)^9 = 0.05, about 0.3942
		double p = DepegMonteCarlo.clopperPearsonUpper95(1, 10);
		assertThat(Math.pow(1 - p, 10) + 10 * p * Math.pow(1 - p, 9)).isCloseTo(0.05, within(1e-12));
		assertThat(p).isCloseTo(0.3942, within(1e-4));
		assertThat(DepegMonteCarlo.clopperPearsonUpper95(10, 10)).isEqualTo(1.0);
		assertThatIllegalArgumentException().isThrownBy(() -> DepegMonteCarlo.clopperPearsonUpper95(11, 10));
	}

	@Test
	void everySimulatedCellHasAnUpperBoundAboveItsEstimate() {
		PegModel model = new PegModel(10, Math.log(0.99), 0.08, 2, -0.01, 0.01);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, 1.0, new double[] { 0.99, 0.9, 0.5 },
				new double[] { 1, 30 }, 4_000, 1);
		for (DepegEstimate estimate : estimates) {
			assertThat(estimate.upperBound95()).as("%s", estimate)
				.isGreaterThanOrEqualTo(estimate.probability() + 1.6448 * estimate.standardError())
				.isGreaterThan(0)
				.isLessThanOrEqualTo(1);
		}
		// 0.5 in a day is never reached: zero hits in 4,000 paths
		assertThat(estimates.get(4).probability()).isZero();
		assertThat(estimates.get(4).upperBound95()).isCloseTo(7.48653e-4, within(2e-9));
	}

}
