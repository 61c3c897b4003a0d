package io.lsdrisk.compute.peg;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegimeSplitTests {

	private static final LocalDate OPENING = LocalDate.of(2023, 4, 13);

	private static final DailyPegSeries SERIES = DailyPegSeries.of(LocalDate.of(2022, 1, 1), filled(800));

	private static double[] filled(int days) {
		double[] pegs = new double[days];
		java.util.Arrays.fill(pegs, 0.99);
		return pegs;
	}

	@Test
	void regimeChangesOnTheOpeningDay() {
		assertThat(RedemptionRegime.on(OPENING.minusDays(1), OPENING)).isEqualTo(RedemptionRegime.CLOSED);
		assertThat(RedemptionRegime.on(OPENING, OPENING)).isEqualTo(RedemptionRegime.OPEN);
		assertThat(RedemptionRegime.on(OPENING, null)).isEqualTo(RedemptionRegime.CLOSED);
	}

	@Test
	void closedRegimeWindowEndsTheDayBeforeTheForecast() {
		DailyPegSeries window = RegimeSplit.window(SERIES, OPENING, LocalDate.of(2022, 9, 1), 100);
		assertThat(window.firstDay()).isEqualTo(LocalDate.of(2022, 5, 24));
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2022, 8, 31));
		assertThat(window.size()).isEqualTo(100);
	}

	@Test
	void openRegimeWindowStartsAtTheOpening() {
		DailyPegSeries window = RegimeSplit.window(SERIES, OPENING, LocalDate.of(2023, 5, 1), 365);
		assertThat(window.firstDay()).isEqualTo(OPENING);
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2023, 4, 30));
		assertThat(RegimeSplit.window(SERIES, OPENING, OPENING, 365)).isNull();
		assertThat(
				RegimeSplit.calibrate(SERIES, OPENING, LocalDate.of(2023, 5, 1), 365, 60, CalibrationSettings.DEFAULT))
			.isNull();
	}

}
