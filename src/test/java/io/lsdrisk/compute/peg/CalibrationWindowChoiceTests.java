package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The calibration window chosen by out-of-sample predictions. */
class CalibrationWindowChoiceTests {

	/** 20 days of ln(peg), an AR(1) drawn once and written down to 10 digits. */
	private static final double[] LOG_PEGS = { -0.0100503359, -0.0098609198, -0.0074366374, -0.0103448735,
			-0.0082423039, -0.0094838258, -0.0102334518, -0.0063607548, -0.0075215131, -0.0086188907, -0.0077324718,
			-0.0064059095, -0.0079253666, -0.0075993668, -0.0105272031, -0.0110700372, -0.0115384067, -0.0136077447,
			-0.0152018094, -0.0163950454 };

	@Test
	void scoresMatchASecondImplementation() {
		// computed independently (a plain-Python least-squares fit per origin and the
		// Gaussian H-step density, the random-walk limit where b >= 1, as at t = 17 of
		// window 10 with b = 1.0436): H = 2, M = 3, origins t = 15, 16, 17
		double[] pegs = Arrays.stream(LOG_PEGS).map(Math::exp).toArray();
		DailyPegSeries days = DailyPegSeries.of(LocalDate.of(2023, 1, 1), pegs);
		CalibrationWindowChoice.Choice choice = new CalibrationWindowChoice(List.of(10, 12, 16, 17), 2, 3).choose(days);
		assertThat(choice.scores().get(0).meanLogDensity()).isCloseTo(2.2849432790479036, within(1e-7));
		assertThat(choice.scores().get(1).meanLogDensity()).isCloseTo(1.6972295277779565, within(1e-7));
		assertThat(choice.scores().get(2).meanLogDensity()).isCloseTo(0.17485191246131007, within(1e-7));
		// 17 days of window + 2 + 3 - 1 = 21 > 20 days
		assertThat(choice.scores().get(3).meanLogDensity()).isNull();
		assertThat(choice.selected()).isTrue();
		assertThat(choice.windowDays()).isEqualTo(10);
	}

	@Test
	void onAStationaryAr1TheScoreApproachesTheExpectedLogDensity() {
		// x_{t+1} = b x_t + e, sd 0.002, b = 0.5^(1/10) (10-day half-life): the H-day
		// density has variance v = s^2 (1 - b^2H) / (1 - b^2), and the expected log
		// density
		// of a correct Gaussian forecast is -ln(2 pi v) / 2 - 1/2
		SplittableRandom random = new SplittableRandom(11);
		double b = Math.pow(0.5, 1.0 / 10);
		double s = 0.002;
		double[] pegs = new double[6_000];
		double x = 0;
		for (int i = 0; i < pegs.length; i++) {
			x = b * x + s * gaussian(random);
			pegs[i] = Math.exp(x);
		}
		int h = 30;
		double v = s * s * (1 - Math.pow(b, 2 * h)) / (1 - b * b);
		double expected = -0.5 * Math.log(2 * Math.PI * v) - 0.5;
		CalibrationWindowChoice.Choice choice = new CalibrationWindowChoice(List.of(60, 365), h, 5_000)
			.choose(DailyPegSeries.of(LocalDate.of(2000, 1, 1), pegs));
		// 5,000 origins overlapping by 30 days are about 167 independent ones: the mean
		// log
		// density (standard deviation sqrt(1/2) each) has a standard error near 0.055, so
		// 0.2 is over 3.5 of them (a forecast variance off by the H-step factor would be
		// off by more than 1); the 60-day fits lose to estimation error
		assertThat(choice.scores().get(1).meanLogDensity()).isCloseTo(expected, within(0.2));
		assertThat(choice.scores().get(0).meanLogDensity()).isLessThan(choice.scores().get(1).meanLogDensity());
		assertThat(choice.windowDays()).isEqualTo(365);
	}

	@Test
	void tooFewDaysFallBackToTheLongestWindowTheDaysAllow() {
		double[] pegs = new double[100];
		Arrays.fill(pegs, 0.999);
		for (int i = 0; i < pegs.length; i += 3) {
			pegs[i] = 0.998;
		}
		CalibrationWindowChoice.Choice choice = new CalibrationWindowChoice(List.of(60, 365), 30, 60)
			.choose(DailyPegSeries.of(LocalDate.of(2022, 1, 1), pegs));
		// 60 + 30 + 60 - 1 = 149 > 100 days
		assertThat(choice.selected()).isFalse();
		assertThat(choice.windowDays()).isEqualTo(100);
	}

	@Test
	void theWindowEndsTheDayBeforeTheDateWithinItsRegime() {
		double[] pegs = new double[300];
		Arrays.fill(pegs, 0.99);
		DailyPegSeries series = DailyPegSeries.of(LocalDate.of(2023, 1, 1), pegs);
		LocalDate open = LocalDate.of(2023, 6, 1);
		CalibrationWindowChoice.Window window = CalibrationWindowChoice.window(series, open, LocalDate.of(2023, 8, 1),
				365, new CalibrationWindowChoice(List.of(10, 20), 2, 3));
		assertThat(window.days().lastDay()).isEqualTo(LocalDate.of(2023, 7, 31));
		assertThat(window.days().firstDay()).isAfterOrEqualTo(open);
		CalibrationWindowChoice.Window fixed = CalibrationWindowChoice.window(series, open, LocalDate.of(2023, 8, 1),
				365, null);
		assertThat(fixed.choice()).isNull();
		assertThat(fixed.days().firstDay()).isEqualTo(open);
	}

	@Test
	void rejectsCandidatesTooShortToCalibrate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CalibrationWindowChoice(List.of(5), 30, 60));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalibrationWindowChoice(List.of(), 30, 60));
	}

	private static double gaussian(SplittableRandom random) {
		double u = random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
	}

}
