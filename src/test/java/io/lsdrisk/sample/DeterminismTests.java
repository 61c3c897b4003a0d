package io.lsdrisk.sample;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set is a pure function of {@code today}, and building for a later day only
 * appends rows: restarts on later days never contradict rows stored earlier.
 */
class DeterminismTests {

	@Test
	void sameDayGivesEqualDataSets() {
		LocalDate today = LocalDate.of(2026, 11, 26);
		assertThat(SampleDataSet.build(today)).isEqualTo(SampleDataSet.build(today));
	}

	@Test
	void laterDayExtendsEveryPoolSeries() {
		assertPrefix(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 26));
		// Inside the real data ranges too: the real rows of the earlier day are kept.
		assertPrefix(LocalDate.of(2023, 6, 21), LocalDate.of(2025, 1, 2));
		// Across the ends of the newer real series (weETH's report days, the rETH and
		// cbETH report window, the Aave daily files, the Binance closes).
		assertPrefix(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 4, 20));
		assertPrefix(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 10, 15));
		assertPrefix(LocalDate.of(2025, 10, 15), LocalDate.of(2026, 8, 1));
	}

	@Test
	void nextDayAddsOneDayPerDailySeries() {
		SampleDataSet earlier = SampleDataSet.build(LocalDate.of(2026, 3, 1));
		SampleDataSet later = SampleDataSet.build(LocalDate.of(2026, 3, 2));
		earlier.poolStates()
			.forEach((symbol, rows) -> assertThat(later.poolStates().get(symbol)).hasSize(rows.size() + 1));
	}

	@Test
	void rejectsDaysBeforeTheData() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> SampleDataSet.build(LocalDate.of(2021, 1, 1)))
			.withMessageContaining("today");
	}

	private static void assertPrefix(LocalDate earlierDay, LocalDate laterDay) {
		SampleDataSet earlier = SampleDataSet.build(earlierDay);
		SampleDataSet later = SampleDataSet.build(laterDay);
		assertThat(later.poolStates().keySet()).isEqualTo(earlier.poolStates().keySet());
		earlier.poolStates().forEach((symbol, rows) -> {
			List<?> longer = later.poolStates().get(symbol);
			assertThat(longer.size()).as(symbol).isGreaterThan(rows.size());
			assertThat(longer.subList(0, rows.size())).as(symbol).isEqualTo(rows);
		});
		earlier.liquidityStates().forEach((symbol, venues) -> venues.forEach((venue, rows) -> {
			List<?> longer = later.liquidityStates().get(symbol).get(venue);
			assertThat(longer.subList(0, rows.size())).as(venue).isEqualTo(rows);
		}));
	}

}
