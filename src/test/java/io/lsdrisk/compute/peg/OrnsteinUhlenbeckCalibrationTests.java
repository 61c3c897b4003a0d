package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OrnsteinUhlenbeckCalibrationTests {

	private static final LocalDate START = LocalDate.of(2022, 1, 1);

	/** Daily pegs from the exact OU transition plus compound-Poisson jumps. */
	static DailyPegSeries simulate(PegModel model, int days, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double dt = 1 / 365.0;
		double decay = Math.exp(-model.kappa() * dt);
		double sd = model.sigma()
				* Math.sqrt((model.kappa() == 0) ? dt : -Math.expm1(-2 * model.kappa() * dt) / (2 * model.kappa()));
		double[] pegs = new double[days];
		double x = model.mu();
		for (int d = 0; d < days; d++) {
			pegs[d] = Math.exp(x);
			x = model.mu() + (x - model.mu()) * decay + sd * gaussian(random);
			if (random.nextDouble() < model.jumpIntensity() * dt) {
				x += model.jumpMean() + model.jumpVolatility() * gaussian(random);
			}
		}
		return DailyPegSeries.of(START, pegs);
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller, independent of the simulation code's polar method
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	@Test
	void recoversKnownParametersWithinThreeStandardErrors() {
		PegModel truth = PegModel.withoutJumps(15, Math.log(0.995), 0.05);
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(simulate(truth, 3_000, 1),
				CalibrationSettings.NO_JUMPS);
		assertThat(calibration.fit()).isEqualTo(CalibrationFit.MEAN_REVERTING);
		assertThat(calibration.model().kappa()).isCloseTo(15, within(3 * calibration.kappaStandardError()));
		assertThat(calibration.model().mu()).isCloseTo(truth.mu(), within(3 * calibration.muStandardError()));
		assertThat(calibration.model().sigma()).isCloseTo(0.05, within(3 * calibration.sigmaStandardError()));
		assertThat(calibration.halfLifeDays()).isCloseTo(Math.log(2) / 15 * 365,
				within(3 * calibration.halfLifeDaysStandardError()));
		assertThat(calibration.halfLifeDays()).isEqualTo(Math.log(2) / calibration.model().kappa() * 365);
		assertThat(calibration.observations()).isEqualTo(3_000);
		assertThat(calibration.windowStart()).isEqualTo(START);
		assertThat(calibration.windowEnd()).isEqualTo(START.plusDays(2_999));
	}

	@Test
	void standardErrorsMatchTheScatterOfRepeatedFits() {
		// 300 independent series of 1,000 days: the delta-method standard errors must
		// match
		// the standard deviation of the estimates (within 20 %: the sample standard
		// deviation of 300 draws is within about 12 % at three standard errors).
		PegModel truth = PegModel.withoutJumps(40, Math.log(0.99), 0.08);
		int runs = 300;
		double[][] estimates = new double[3][runs];
		double[] meanStandardErrors = new double[3];
		for (int run = 0; run < runs; run++) {
			// standard errors only: no interval simulations
			Calibration c = OrnsteinUhlenbeckCalibration.calibrate(simulate(truth, 1_000, 100 + run),
					CalibrationSettings.NO_JUMPS.withIntervalSimulations(0));
			estimates[0][run] = c.model().kappa();
			estimates[1][run] = c.model().mu();
			estimates[2][run] = c.model().sigma();
			meanStandardErrors[0] += c.kappaStandardError() / runs;
			meanStandardErrors[1] += c.muStandardError() / runs;
			meanStandardErrors[2] += c.sigmaStandardError() / runs;
		}
		for (int p = 0; p < 3; p++) {
			double mean = java.util.Arrays.stream(estimates[p]).average().orElseThrow();
			double spread = Math
				.sqrt(java.util.Arrays.stream(estimates[p]).map((e) -> (e - mean) * (e - mean)).sum() / (runs - 1));
			assertThat(spread).as("parameter %d", p)
				.isBetween(0.8 * meanStandardErrors[p], 1.2 * meanStandardErrors[p]);
		}
	}

	@Test
	void detectsJumpsAndEstimatesTheirIntensityAndSize() {
		PegModel truth = new PegModel(20, Math.log(0.995), 0.02, 12, -0.02, 0.005);
		DailyPegSeries series = simulate(truth, 2_000, 7);
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(series);
		PegModel fitted = calibration.model();
		assertThat(calibration.downJumps().present()).isTrue();
		assertThat(calibration.rebounds().present()).isFalse();
		assertThat(fitted.jumpIntensity()).isCloseTo(12, within(3 * calibration.jumpIntensityStandardError()));
		// ~65 jumps: mean within 3 standard errors of 0.005/sqrt(65)
		assertThat(fitted.jumpMean()).isCloseTo(-0.02, within(0.002));
		assertThat(fitted.jumpVolatility()).isCloseTo(0.005, within(0.002));
		assertThat(fitted.sigma()).isCloseTo(0.02, within(3 * calibration.sigmaStandardError()));
		assertThat(calibration.kappaInterval95().contains(20)).isTrue();
		assertThat(calibration.jumps()).allSatisfy((jump) -> assertThat(jump.logJump()).isNegative());
		// ignoring the jumps would inflate sigma well beyond its error
		Calibration naive = OrnsteinUhlenbeckCalibration.calibrate(series, CalibrationSettings.NO_JUMPS);
		assertThat(naive.model().sigma()).isGreaterThan(0.02 + 5 * naive.sigmaStandardError());
	}

	@Test
	void configuredJumpsReplaceTheEstimatedOnes() {
		PegModel truth = new PegModel(20, Math.log(0.995), 0.02, 12, -0.02, 0.005);
		JumpComponent configured = new JumpComponent(1, -0.1, 0.05);
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(simulate(truth, 2_000, 7),
				new CalibrationSettings(4, configured));
		assertThat(calibration.model().jumps()).isEqualTo(configured);
		assertThat(calibration.jumps()).isNotEmpty();
		assertThat(calibration.model().sigma()).isCloseTo(0.02, within(3 * calibration.sigmaStandardError()));
	}

	@Test
	void biasCorrectionFollowsTheKendallFormulaByHand() {
		// x_t = -0.01 * 0.9^t, 50 days: x_{t+1} = 0.9 x_t exactly, so the OLS slope is
		// 0.9 and the corrected b is 0.9 + (1 + 2.7) / 49 = 0.97551020...
		double[] pegs = new double[50];
		double meanX = 0;
		for (int t = 0; t < pegs.length; t++) {
			pegs[t] = Math.exp(-0.01 * Math.pow(0.9, t));
			meanX += -0.01 * Math.pow(0.9, t) / 49 * ((t < 49) ? 1 : 0);
		}
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, pegs));
		assertThat(calibration.biasCorrection()).isEqualTo(BiasCorrection.KENDALL_MARRIOTT_POPE);
		assertThat(calibration.arCoefficient()).isCloseTo(0.9, within(1e-12));
		double corrected = 0.9 + 3.7 / 49;
		assertThat(calibration.arCoefficientCorrected()).isCloseTo(corrected, within(1e-12));
		assertThat(calibration.fit()).isEqualTo(CalibrationFit.MEAN_REVERTING);
		assertThat(calibration.model().kappa()).isCloseTo(-Math.log(corrected) * 365, within(1e-9));
		// a_c = mean(y) - b_c mean(x) = (0.9 - b_c) mean(x); mu = a_c / (1 - b_c)
		assertThat(calibration.model().mu()).isCloseTo((0.9 - corrected) * meanX / (1 - corrected), within(1e-12));
		// without the correction: kappa = -ln(0.9) * 365
		Calibration plain = OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, pegs),
				CalibrationSettings.DEFAULT.withBiasCorrection(BiasCorrection.NONE));
		assertThat(plain.model().kappa()).isCloseTo(-Math.log(0.9) * 365, within(1e-9));
		assertThat(plain.model().mu()).isCloseTo(0, within(1e-15));
	}

	@Test
	void correctionPastOneIsARandomWalkWithAnOpenInterval() {
		// slope 0.95 on 49 transitions: corrected 0.95 + 3.85 / 49 = 1.0286 >= 1
		double[] pegs = new double[50];
		for (int t = 0; t < pegs.length; t++) {
			pegs[t] = Math.exp(-0.01 * Math.pow(0.95, t));
		}
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, pegs));
		assertThat(calibration.arCoefficientCorrected()).isCloseTo(0.95 + 3.85 / 49, within(1e-12));
		assertThat(calibration.fit()).isEqualTo(CalibrationFit.RANDOM_WALK);
		assertThat(calibration.model().kappa()).isZero();
		assertThat(calibration.halfLifeDays()).isInfinite();
		assertThat(calibration.muInterval95().lower()).isEqualTo(Double.NEGATIVE_INFINITY);
		assertThat(calibration.muInterval95().upper()).isEqualTo(Double.POSITIVE_INFINITY);
		// a slope of 0.95 in 49 noiseless steps is far inside what a random walk gives:
		// the kappa interval reaches 0 and the half-life interval is unbounded above
		assertThat(calibration.kappaInterval95().lower()).isZero();
		assertThat(calibration.halfLifeDaysInterval95().upper()).isInfinite();
		assertThat(OrnsteinUhlenbeckCalibration
			.calibrate(DailyPegSeries.of(START, pegs),
					CalibrationSettings.DEFAULT.withBiasCorrection(BiasCorrection.NONE))
			.fit()).isEqualTo(CalibrationFit.MEAN_REVERTING);
	}

	@Test
	void intervalEndsMapFromBToKappaAndHalfLife() {
		// b in [0.5, 0.9]: kappa in [-ln(0.9) 365, -ln(0.5) 365] = [38.46, 253.0],
		// half-life in [1, 6.58] days; b beyond [0, 1] opens the ends
		ConfidenceInterval kappa = OrnsteinUhlenbeckCalibration.kappaInterval(new ConfidenceInterval(0.5, 0.9));
		assertThat(kappa.lower()).isCloseTo(-Math.log(0.9) * 365, within(1e-9));
		assertThat(kappa.upper()).isCloseTo(Math.log(2) * 365, within(1e-9));
		ConfidenceInterval halfLife = OrnsteinUhlenbeckCalibration.halfLifeInterval(kappa);
		assertThat(halfLife.lower()).isCloseTo(1, within(1e-12));
		assertThat(halfLife.upper()).isCloseTo(Math.log(2) / -Math.log(0.9), within(1e-9));
		ConfidenceInterval open = OrnsteinUhlenbeckCalibration
			.kappaInterval(new ConfidenceInterval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
		assertThat(open.lower()).isZero();
		assertThat(open.upper()).isInfinite();
		assertThat(OrnsteinUhlenbeckCalibration.halfLifeInterval(open).lower()).isZero();
		assertThat(OrnsteinUhlenbeckCalibration.halfLifeInterval(open).upper()).isInfinite();
	}

	@Test
	void noIntervalSimulationsMeansNoIntervals() {
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(
				simulate(PegModel.withoutJumps(40, 0, 0.05), 200, 3),
				CalibrationSettings.DEFAULT.withIntervalSimulations(0));
		assertThat(calibration.kappaInterval95()).isEqualTo(ConfidenceInterval.NOT_COMPUTED);
		assertThat(calibration.sigmaInterval95().isComputed()).isFalse();
		assertThat(calibration.model().kappa()).isPositive();
	}

	@Test
	void persistenceAtOrAboveOneIsAReportedRandomWalk() {
		// x_t = -0.001 * 1.01^t: the regression slope is exactly 1.01
		double[] pegs = new double[50];
		for (int t = 0; t < pegs.length; t++) {
			pegs[t] = Math.exp(-0.001 * Math.pow(1.01, t));
		}
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, pegs),
				CalibrationSettings.NO_JUMPS);
		assertThat(calibration.fit()).isEqualTo(CalibrationFit.RANDOM_WALK);
		assertThat(calibration.arCoefficient()).isCloseTo(1.01, within(1e-9));
		assertThat(calibration.model().kappa()).isZero();
		assertThat(calibration.halfLifeDays()).isInfinite();
		// sigma = root mean square daily change * sqrt(365)
		double sumOfSquares = 0;
		for (int t = 1; t < pegs.length; t++) {
			sumOfSquares += Math.pow(0.001 * Math.pow(1.01, t - 1) * 0.01, 2);
		}
		assertThat(calibration.model().sigma()).isCloseTo(Math.sqrt(sumOfSquares / 49 * 365), within(1e-12));
	}

	@Test
	void noPersistenceCapsKappaAndUsesTheStationaryMoments() {
		// alternating +-c around ln(0.999): slope -1
		double[] pegs = new double[40];
		for (int t = 0; t < pegs.length; t++) {
			pegs[t] = Math.exp(Math.log(0.999) + ((t % 2 == 0) ? 0.0005 : -0.0005));
		}
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, pegs),
				CalibrationSettings.NO_JUMPS);
		assertThat(calibration.fit()).isEqualTo(CalibrationFit.NO_PERSISTENCE);
		assertThat(calibration.model().kappa()).isEqualTo(OrnsteinUhlenbeckCalibration.MAX_KAPPA);
		assertThat(calibration.halfLifeDays()).isCloseTo(1.0 / 24, within(1e-12));
		assertThat(calibration.model().mu()).isCloseTo(Math.log(0.999), within(1e-12));
		// stationary variance sigma^2 / (2 kappa) = sample variance 0.0005^2 * 40/39
		assertThat(calibration.model().sigma())
			.isCloseTo(Math.sqrt(0.0005 * 0.0005 * 40 / 39 * 2 * OrnsteinUhlenbeckCalibration.MAX_KAPPA), within(1e-9));
	}

	@Test
	void constantSeriesHasNoVolatility() {
		double[] pegs = new double[20];
		java.util.Arrays.fill(pegs, 0.998);
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, pegs));
		assertThat(calibration.model().sigma()).isZero();
		assertThat(calibration.model().mu()).isCloseTo(Math.log(0.998), within(1e-15));
		assertThat(calibration.jumps()).isEmpty();
	}

	@Test
	void rejectsShortSeries() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OrnsteinUhlenbeckCalibration.calibrate(DailyPegSeries.of(START, new double[] { 1, 1 })))
			.withMessage("series must have at least 10 daily observations, had 2");
	}

}
