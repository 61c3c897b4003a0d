package io.lsdrisk.compute.peg;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The AR(1) facts about the real stETH/ETH series that the issue states (computed there
 * independently): half-life and mean discount per window, within 25 %. The issue's
 * figures are those of the plain AR(1) fit, so these use no bias correction.
 */
class StethPegHistoryTests {

	private static final DailyPegSeries SERIES = StethHistory.daily();

	private static final CalibrationSettings PLAIN_AR1 = CalibrationSettings.NO_JUMPS
		.withBiasCorrection(BiasCorrection.NONE);

	@Test
	void resamplesTheFeedToConsecutiveDays() {
		assertThat(SERIES.firstDay()).isEqualTo(LocalDate.of(2022, 1, 29));
		assertThat(SERIES.lastDay()).isEqualTo(LocalDate.of(2024, 1, 28));
		assertThat(SERIES.size()).isEqualTo(730);
		// 2022-05-13 had rounds at 15:59 (0.95612008) and 17:29 (0.976665): the last one
		// counts
		assertThat(SERIES.peg(SERIES.indexOf(LocalDate.of(2022, 5, 13)))).isEqualTo(0.976665);
	}

	@ParameterizedTest
	@CsvSource({ "2022-01-01, 2024-02-01, 46, 72", "2022-05-01, 2023-01-01, 22, 191",
			"2023-04-13, 2024-02-01, 0.6, 6" })
	void reproducesTheIssuesRegimeFacts(LocalDate from, LocalDate toExclusive, double halfLifeDays,
			double meanDiscountBps) {
		Calibration calibration = OrnsteinUhlenbeckCalibration.calibrate(SERIES.between(from, toExclusive), PLAIN_AR1);
		assertThat(calibration.fit()).isEqualTo(CalibrationFit.MEAN_REVERTING);
		assertThat(calibration.halfLifeDays()).isCloseTo(halfLifeDays, within(0.25 * halfLifeDays));
		// both readings of "mean discount": the sample mean and the fitted long-run level
		assertThat(calibration.sampleMeanDiscountBps()).isCloseTo(meanDiscountBps, within(0.25 * meanDiscountBps));
		assertThat(calibration.longRunDiscountBps()).isCloseTo(meanDiscountBps, within(0.25 * meanDiscountBps));
	}

	@Test
	void regimesDifferByFarMoreThanTheirStandardErrors() {
		Calibration closed = OrnsteinUhlenbeckCalibration
			.calibrate(SERIES.between(LocalDate.of(2022, 5, 1), LocalDate.of(2023, 1, 1)), PLAIN_AR1);
		Calibration open = OrnsteinUhlenbeckCalibration
			.calibrate(SERIES.between(StethHistory.WITHDRAWALS_OPEN, LocalDate.of(2024, 2, 1)), PLAIN_AR1);
		double difference = open.model().kappa() - closed.model().kappa();
		assertThat(difference).isGreaterThan(4 * Math.hypot(open.kappaStandardError(), closed.kappaStandardError()));
	}

}
