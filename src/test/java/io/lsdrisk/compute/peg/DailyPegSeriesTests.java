package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DailyPegSeriesTests {

	private static long at(String isoUtc) {
		return java.time.LocalDateTime.parse(isoUtc).toEpochSecond(ZoneOffset.UTC);
	}

	@Test
	void keepsTheLastObservationOfEachUtcDayAndForwardFillsGaps() {
		long[] times = { at("2022-05-12T17:12:57"), at("2022-05-13T17:29:50"), at("2022-05-13T15:59:18"),
				at("2022-05-16T00:00:00"), at("2022-05-12T23:59:59") };
		double[] pegs = { 0.9757, 0.9767, 0.9561, 0.9824, 0.9700 };
		DailyPegSeries series = DailyPegSeries.fromObservations(times, pegs);
		assertThat(series.firstDay()).isEqualTo(LocalDate.of(2022, 5, 12));
		assertThat(series.lastDay()).isEqualTo(LocalDate.of(2022, 5, 16));
		// 12th: 23:59:59 is later than 17:12; 13th: 17:29 later than 15:59 though given
		// first;
		// 14th and 15th: carried forward; 16th: midnight belongs to the 16th
		assertThat(series.pegs()).containsExactly(0.9700, 0.9767, 0.9767, 0.9767, 0.9824);
	}

	@Test
	void windowsAreHalfOpenAndClipped() {
		DailyPegSeries series = DailyPegSeries.of(LocalDate.of(2023, 1, 1), new double[] { 1, 0.99, 0.98, 0.97 });
		DailyPegSeries window = series.between(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 3));
		assertThat(window.firstDay()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(window.pegs()).containsExactly(1, 0.99);
		assertThat(series.between(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1))).isNull();
	}

	@Test
	void rejectsBadInputNamingTheParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DailyPegSeries.of(LocalDate.of(2023, 1, 1), new double[] { 1, 0 }))
			.withMessage("dailyPegs[1] must be finite and > 0, was 0.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DailyPegSeries.fromObservations(new long[] { 1 }, new double[] { 1, 1 }))
			.withMessageContaining("epochSeconds");
	}

}
