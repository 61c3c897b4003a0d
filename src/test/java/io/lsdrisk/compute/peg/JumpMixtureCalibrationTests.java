package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Jumps by likelihood: recovery of known down-jump and rebound components on simulated
 * paths, no jumps on pure OU paths, and the Poisson bounds against hand values.
 */
class JumpMixtureCalibrationTests {

	private static final LocalDate START = LocalDate.of(2023, 1, 1);

	private static final double DT = 1 / 365.0;

	/**
	 * Exact daily OU of ln(peg) plus, on each day, a down-jump with probability
	 * {@code downIntensity dt} or else a rebound with probability {@code upIntensity dt};
	 * the jump days and sizes go into {@code truth}.
	 */
	static DailyPegSeries simulate(double kappa, double mu, double sigma, double[] down, double[] up, int days,
			long seed, Map<LocalDate, Double> truth) {
		SplittableRandom random = new SplittableRandom(seed);
		double b = Math.exp(-kappa * DT);
		double s = sigma * Math.sqrt((1 - b * b) / (2 * kappa));
		double[] pegs = new double[days];
		double x = mu;
		for (int d = 0; d < days; d++) {
			pegs[d] = Math.exp(x);
			x = mu + b * (x - mu) + s * SmallSampleCalibrationTests.gaussian(random);
			double u = random.nextDouble();
			if (u < down[0] * DT) {
				double jump = down[1] + down[2] * SmallSampleCalibrationTests.gaussian(random);
				x += jump;
				truth.put(START.plusDays(d + 1), jump);
			}
			else if (u < (down[0] + up[0]) * DT) {
				double jump = up[1] + up[2] * SmallSampleCalibrationTests.gaussian(random);
				x += jump;
				truth.put(START.plusDays(d + 1), jump);
			}
		}
		return DailyPegSeries.of(START, pegs);
	}

	@Test
	void recoversSeparateDownJumpsAndRebounds() {
		// 3,000 days: about 99 down-jumps of -2 % (+/- 0.5 %) and 49 rebounds of +1.5 %
		// (+/- 0.4 %), against a daily diffusion of 0.02 / sqrt(365) = 0.105 %
		double[] down = { 12, -0.02, 0.005 };
		double[] up = { 6, 0.015, 0.004 };
		Map<LocalDate, Double> truth = new HashMap<>();
		DailyPegSeries series = simulate(20, Math.log(0.995), 0.02, down, up, 3_000, 7, truth);
		Calibration c = OrnsteinUhlenbeckCalibration.calibrate(series);
		FittedJumpComponent fallen = c.downJumps();
		FittedJumpComponent rebounds = c.rebounds();
		System.out.printf("down: %s%nrebounds: %s%nkappa %.3f sigma %.5f%n", fallen, rebounds, c.model().kappa(),
				c.model().sigma());
		assertThat(fallen.present()).isTrue();
		assertThat(rebounds.present()).isTrue();
		// within 3 standard errors of the truth; the standard errors themselves near the
		// hand values sqrt(N)/T, delta/sqrt(N), delta/sqrt(2N) (jumps this large are
		// classified without error, so the missing information is negligible)
		double years = 2_999 * DT;
		check(fallen, down, years, truth.values().stream().filter((v) -> v < 0).toList());
		check(rebounds, up, years, truth.values().stream().filter((v) -> v > 0).toList());
		// the model carries the down-jumps only
		assertThat(c.model().jumps()).isEqualTo(fallen.component());
		assertThat(c.jumpIntensityStandardError()).isEqualTo(fallen.intensityStandardError());
		// every simulated jump day is classified to its own component, and no other day
		assertThat(c.jumps()).hasSize(truth.size());
		for (DetectedJump jump : c.jumps()) {
			double sign = Math.signum(truth.get(jump.day()));
			assertThat(jump.component())
				.isEqualTo((sign < 0) ? FittedJumpComponent.DOWN_JUMPS : FittedJumpComponent.REBOUNDS);
			assertThat(Math.signum(jump.logJump())).isEqualTo(sign);
			assertThat(jump.posteriorProbability()).isGreaterThan(0.99);
		}
		// the diffusion is that of the days without jumps
		assertThat(c.model().sigma()).isCloseTo(0.02, within(3 * c.sigmaStandardError()));
		assertThat(c.model().kappa()).isCloseTo(20, within(3 * c.kappaStandardError()));
		assertThat(c.sigmaInterval95().contains(0.02)).isTrue();
		assertThat(c.kappaInterval95().contains(20)).isTrue();
	}

	private static void check(FittedJumpComponent fitted, double[] truth, double years, List<Double> sizes) {
		int count = sizes.size();
		double mean = sizes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double sampleVolatility = Math
			.sqrt(sizes.stream().mapToDouble((v) -> (v - mean) * (v - mean)).sum() / (count - 1));
		System.out.printf("%s: %d simulated jumps, mean %.5f, volatility %.5f%n", fitted.name(), count, mean,
				sampleVolatility);
		// against the parameters: within 3 standard errors
		assertThat(fitted.intensityPerYear()).isCloseTo(truth[0], within(3 * fitted.intensityStandardError()));
		assertThat(fitted.meanLogJump()).isCloseTo(truth[1], within(3 * fitted.meanLogJumpStandardError()));
		// (3.5 for the volatility: this seed's 54 rebounds have a sample volatility 2.3
		// standard errors below 0.004; the next check is against that sample)
		assertThat(fitted.volatilityLogJump()).isCloseTo(truth[2],
				within(3.5 * fitted.volatilityLogJumpStandardError()));
		// against the jumps that happened: the jump-day moves also carry a day of
		// diffusion (sd 0.105 %), so the mean within 3 x 0.00105 / sqrt(N) and the
		// volatility within 15 %
		assertThat(fitted.intensityPerYear()).isCloseTo(count / years, within(1e-9 + 0.02 * count / years));
		assertThat(fitted.meanLogJump()).isCloseTo(mean, within(3 * 0.00105 / Math.sqrt(count)));
		assertThat(fitted.volatilityLogJump()).isCloseTo(sampleVolatility, within(0.15 * sampleVolatility));
		// the standard errors near the hand values sqrt(N)/T, delta/sqrt(N),
		// delta/sqrt(2N) (jumps this large are classified without error, so the missing
		// information is negligible)
		assertThat(fitted.intensityStandardError()).isCloseTo(Math.sqrt(count) / years,
				within(0.1 * Math.sqrt(count) / years));
		assertThat(fitted.meanLogJumpStandardError()).isCloseTo(sampleVolatility / Math.sqrt(count),
				within(0.25 * sampleVolatility / Math.sqrt(count)));
		assertThat(fitted.volatilityLogJumpStandardError()).isCloseTo(sampleVolatility / Math.sqrt(2 * count),
				within(0.3 * sampleVolatility / Math.sqrt(2 * count)));
		assertThat(fitted.classifiedDays()).isEqualTo(count);
		assertThat(fitted.likelihoodRatioStatistic()).isGreaterThan(fitted.selectionThreshold());
		assertThat(fitted.intensityUpperBound95()).isEqualTo(FittedJumpComponent.poissonUpperBound(count, years, 0.95));
	}

	@Test
	void downJumpsAloneLeaveNoRebounds() {
		double[] down = { 10, -0.03, 0.01 };
		Map<LocalDate, Double> truth = new HashMap<>();
		Calibration c = OrnsteinUhlenbeckCalibration
			.calibrate(simulate(30, Math.log(0.998), 0.03, down, new double[] { 0, 0, 0 }, 1_500, 11, truth));
		assertThat(c.downJumps().present()).isTrue();
		assertThat(c.rebounds().present()).isFalse();
		assertThat(c.rebounds().intensityPerYear()).isZero();
		assertThat(c.rebounds().intensityUpperBound95()).isCloseTo(-Math.log(0.05) / (1_499 * DT), within(1e-12));
		assertThat(c.jumps()).allSatisfy((j) -> assertThat(j.component()).isEqualTo(FittedJumpComponent.DOWN_JUMPS));
		assertThat(c.downJumps().meanLogJump()).isCloseTo(-0.03, within(3 * c.downJumps().meanLogJumpStandardError()));
	}

	@Test
	void pureOrnsteinUhlenbeckHasNoJumpsAndTheZeroEventBound() {
		SplittableRandom random = new SplittableRandom(21);
		double kappa = Math.log(2) / 5 * 365;
		Calibration c = OrnsteinUhlenbeckCalibration
			.calibrate(SmallSampleCalibrationTests.stationary(kappa, 365, random));
		assertThat(c.jumps()).isEmpty();
		assertThat(c.model().jumpIntensity()).isZero();
		assertThat(c.jumpIntensityStandardError()).isNaN();
		// one-sided 95 % Poisson bound with no event in 364 daily transitions:
		// -ln(0.05) * 365 / 364 = 2.9957323 * 1.0027473 = 3.0039623 a year
		for (FittedJumpComponent component : List.of(c.downJumps(), c.rebounds())) {
			assertThat(component.present()).isFalse();
			assertThat(component.intensityUpperBound95()).isCloseTo(3.0039623, within(1e-7));
			assertThat(component.intensityStandardError()).isNaN();
			assertThat(component.likelihoodRatioStatistic()).isLessThan(component.selectionThreshold());
			// BIC penalty of three parameters: 3 ln 364
			assertThat(component.selectionThreshold()).isCloseTo(3 * Math.log(364), within(1e-12));
		}
	}

	@Test
	void pureOrnsteinUhlenbeckRarelySelectsAJump() {
		// the size of the BIC rule: on 200 pure OU paths of a year, at most 5 % select
		// either component
		SplittableRandom random = new SplittableRandom(99);
		double kappa = Math.log(2) / 3 * 365;
		int selected = 0;
		for (int p = 0; p < 200; p++) {
			Calibration c = OrnsteinUhlenbeckCalibration.calibrate(
					SmallSampleCalibrationTests.stationary(kappa, 365, random),
					CalibrationSettings.DEFAULT.withIntervalSimulations(0));
			selected += (c.downJumps().present() || c.rebounds().present()) ? 1 : 0;
		}
		System.out.println("pure OU paths selecting a jump component: " + selected + " of 200");
		assertThat(selected).isLessThanOrEqualTo(10);
	}

	@Test
	void poissonUpperBoundsMatchTheChiSquareTable() {
		// Garwood: chi-square(0.95, 2(k + 1)) / 2: 2 df 5.991465 / 2, 4 df 9.487729 / 2,
		// 12 df 21.026070 / 2
		assertThat(FittedJumpComponent.poissonUpperBound(0, 1, 0.95)).isCloseTo(5.991465 / 2, within(1e-6));
		assertThat(FittedJumpComponent.poissonUpperBound(1, 1, 0.95)).isCloseTo(9.487729 / 2, within(1e-6));
		assertThat(FittedJumpComponent.poissonUpperBound(5, 2, 0.95)).isCloseTo(21.026070 / 4, within(1e-6));
		// far beyond where exp(-mean) underflows: about k + 1.645 sqrt(k) + 1.4
		assertThat(FittedJumpComponent.poissonUpperBound(2_000, 1, 0.95)).isBetween(2_070.0, 2_080.0);
	}

}
