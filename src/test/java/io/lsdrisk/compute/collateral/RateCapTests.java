package io.lsdrisk.compute.collateral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RateCapTests {

	@Test
	void geometricGrowthGivesItsOwnSmoothedYieldAndNoDeviation() {
		// R_t = 1.0001^t daily: every 14-day APR is (1.0001^14 - 1) * 365 / 14, every
		// daily APR
		// 0.0365, so the deviation is 0 and the cap is the smoothed yield.
		double[] times = new double[401];
		double[] rates = new double[401];
		for (int t = 0; t <= 400; t++) {
			times[t] = t;
			rates[t] = Math.pow(1.0001, t);
		}
		RateCapRecommendation cap = RateCap.recommend(times, rates);
		double smoothed = (Math.pow(1.0001, 14) - 1) * 365 / 14;
		assertThat(cap.maxSmoothedYield()).isCloseTo(smoothed, within(1e-12));
		assertThat(cap.yieldStandardDeviation()).isCloseTo(0, within(1e-9));
		assertThat(cap.recommendedMaxYearlyGrowth()).isCloseTo(smoothed, within(1e-9));
		// Window: observations from day 220 to 400.
		assertThat(cap.lookbackStartDays()).isEqualTo(220);
		assertThat(cap.updateYields()).hasSize(181);
		assertThat(cap.smoothedYields()).hasSize(181);
	}

	@Test
	void alternatingGrowthAddsOneStandardDeviation() {
		// Rate grows 2 bp on odd days and not at all on even days.
		double[] times = new double[401];
		double[] rates = new double[401];
		rates[0] = 1;
		for (int t = 1; t <= 400; t++) {
			times[t] = t;
			rates[t] = rates[t - 1] * (t % 2 == 1 ? 1.0002 : 1.0);
		}
		RateCapRecommendation cap = RateCap.recommend(times, rates);
		// Daily APRs in the window (days 220..400): 0.073 on the 90 odd days, 0 on the 91
		// even.
		int odd = 90;
		int n = 181;
		double mean = odd * 0.073 / n;
		double variance = (odd * Math.pow(0.073 - mean, 2) + (n - odd) * mean * mean) / (n - 1);
		// Every 14-day window holds 7 growth days.
		double smoothed = (Math.pow(1.0002, 7) - 1) * 365 / 14;
		assertThat(cap.yieldStandardDeviation()).isCloseTo(Math.sqrt(variance), within(1e-9));
		assertThat(cap.maxSmoothedYield()).isCloseTo(smoothed, within(1e-12));
		assertThat(cap.recommendedMaxYearlyGrowth()).isCloseTo(smoothed + Math.sqrt(variance), within(1e-9));
	}

	@Test
	void flagsGrowthAboveTheCapAndAnyFall() {
		// Snapshot delay 7 days, cap 10 %: over 7 days the rate may grow 0.1 * 7 / 365 =
		// 0.19178 %.
		double[] times = { 0, 1, 7, 8, 14, 15 };
		double[] rates = { 1.0, 1.0001, 1.0015, 1.0030, 1.0025, 1.0027 };
		List<RateCapViolation> flags = RateCap.violations(times, rates, 0.10, 7);
		// Day 7 vs day 0: +0.15 % <= 0.19178 %: fine. Day 8 vs day 1: 1.0030 / 1.0001 - 1
		// =
		// 0.28997 % > 0.19178 %: flagged. Day 14: falls from 1.0030 to 1.0025: flagged.
		// Day 14
		// vs snapshot day 7: 1.0025 / 1.0015 - 1 = 0.0998 %: fine. Day 15 vs day 8: fell.
		assertThat(flags).extracting(RateCapViolation::kind)
			.containsExactly(RateCapViolation.Kind.GROWTH_ABOVE_CAP, RateCapViolation.Kind.RATE_FELL);
		assertThat(flags.get(0).timeDays()).isEqualTo(8);
		assertThat(flags.get(0).referenceTimeDays()).isEqualTo(1);
		assertThat(flags.get(0).limitRate()).isCloseTo(1.0001 * (1 + 0.10 * 7 / 365), within(1e-15));
		assertThat(flags.get(1).timeDays()).isEqualTo(14);
	}

	/**
	 * SOURCES.md says the rETH rate "fell once, by 2.7 bp, on 2022-11-19". In the file,
	 * blocks 16001280 to 16018560 (2022-11-19 to 2022-11-21) appear twice, and the second
	 * copy follows the 2022-11-21 row, so read in file order the rate seems to fall from
	 * 1.047918 back to 1.047634 (-2.7 bp). Ordered by block without the duplicates, the
	 * rate never falls.
	 */
	@Test
	void rocketPoolHistoryNeverFallsOnceItsReplayedRowsAreRemoved() throws IOException {
		List<String> lines = Files
			.readAllLines(Path.of("db/sample/reth_protocol_exchange_rate_rocketpool_2021-10_2024-09.csv"));
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		TreeMap<Long, double[]> byBlock = new TreeMap<>();
		double[] fileTimes = new double[lines.size() - 1];
		double[] fileRates = new double[lines.size() - 1];
		for (int i = 1; i < lines.size(); i++) {
			String[] fields = lines.get(i).split(",");
			double time = LocalDateTime.parse(fields[1], format).toEpochSecond(ZoneOffset.UTC) / 86_400.0;
			double rate = Double.parseDouble(fields[5]);
			fileTimes[i - 1] = time;
			fileRates[i - 1] = rate;
			byBlock.put(Long.parseLong(fields[0]), new double[] { time, rate });
		}
		// In file order the times go backwards at data row 453 (0-based): rejected, not
		// misread.
		assertThatIllegalArgumentException().isThrownBy(() -> RateCap.violations(fileTimes, fileRates, 1.0, 7))
			.withMessageContaining("index 453");
		assertThat(byBlock).hasSize(1240);
		double[] times = byBlock.values().stream().mapToDouble((row) -> row[0]).toArray();
		double[] rates = byBlock.values().stream().mapToDouble((row) -> row[1]).toArray();
		assertThat(RateCap.violations(times, rates, 1.0, 7)).isEmpty();
		// With a tight 1 % cap, the early months of Rocket Pool (tiny deposits, lumpy
		// rewards) break it.
		assertThat(RateCap.violations(times, rates, 0.01, 7)).isNotEmpty()
			.allSatisfy((flag) -> assertThat(flag.kind()).isEqualTo(RateCapViolation.Kind.GROWTH_ABOVE_CAP));
		RateCapRecommendation cap = RateCap.recommend(times, rates);
		assertThat(cap.recommendedMaxYearlyGrowth()).isEqualTo(cap.maxSmoothedYield() + cap.yieldStandardDeviation());
		// rETH yielded a few per cent a year in 2024.
		assertThat(cap.maxSmoothedYield()).isBetween(0.02, 0.10);
		assertThat(RateCap.violations(times, rates, cap.recommendedMaxYearlyGrowth(), 7)
			.stream()
			.filter((flag) -> flag.timeDays() >= cap.lookbackStartDays() + 7)).isEmpty();
	}

	@Test
	void rejectsShortOrDisorderedHistories() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RateCap.recommend(new double[] { 0, 1, 2 }, new double[] { 1, 1, 1 }))
			.withMessageContaining("smoothingDays");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RateCap.recommend(new double[] { 0, 0 }, new double[] { 1, 1 }))
			.withMessageContaining("strictly increasing");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RateCap.violations(new double[] { 0, 1 }, new double[] { 1, -1 }, 0.1, 7))
			.withMessageContaining("exchangeRates[1]");
	}

}
