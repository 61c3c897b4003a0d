package io.lsdrisk.compute;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static io.lsdrisk.compute.Provenance.REAL;
import static io.lsdrisk.compute.Provenance.SYNTHETIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProvenanceDaysTests {

	static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);

	static Instant at(int day, int hour) {
		return DAY0.plusDays(day).atTime(hour, 0).toInstant(java.time.ZoneOffset.UTC);
	}

	static long[] seconds(Instant... instants) {
		long[] seconds = new long[instants.length];
		for (int i = 0; i < instants.length; i++) {
			seconds[i] = instants[i].getEpochSecond();
		}
		return seconds;
	}

	@Test
	void aDayIsItsLastObservationAndAGapRepeatsThePreviousDay() {
		// day 0: real then generated; day 1: generated then real; day 2 none; day 3 real
		long[] times = seconds(at(0, 1), at(0, 23), at(1, 2), at(1, 20), at(3, 12));
		Provenance[] perObservation = { REAL, SYNTHETIC, SYNTHETIC, REAL, REAL };
		assertThat(ProvenanceDays.resample(times, perObservation)).containsExactly(SYNTHETIC, REAL, REAL, REAL);
		// when every observation feeds the figure, day 1 holds a generated one
		assertThat(ProvenanceDays.resampleEveryObservation(times, perObservation)).containsExactly(SYNTHETIC, SYNTHETIC,
				REAL, REAL);
	}

	@Test
	void aGapAfterADayWithAGeneratedObservationRepeatsItsLastObservation() {
		// day 0: generated then real; day 1 none: it repeats the real last observation
		long[] times = seconds(at(0, 1), at(0, 23), at(2, 12));
		Provenance[] perObservation = { SYNTHETIC, REAL, REAL };
		assertThat(ProvenanceDays.resampleEveryObservation(times, perObservation)).containsExactly(SYNTHETIC, REAL,
				REAL);
	}

	@Test
	void resamplingRejectsUnorderedTimes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProvenanceDays.resample(seconds(at(1, 0), at(0, 0)), new Provenance[] { REAL, REAL }));
		assertThat(ProvenanceDays.resample(new long[0], new Provenance[0])).isEmpty();
	}

	@Test
	void countsEachDayOfASeriesOnceAndAGeneratedDayWins() {
		ProvenanceDays a = ProvenanceDays.builder()
			.day("x", DAY0, REAL)
			.day("x", DAY0.plusDays(1), REAL)
			.day("x/pool", DAY0, REAL)
			.build();
		ProvenanceDays b = ProvenanceDays.builder()
			.day("x", DAY0.plusDays(1), SYNTHETIC)
			.day("x", DAY0.plusDays(5), REAL)
			.build();
		DataProvenance merged = a.merge(b).toDataProvenance();
		// x: day 0 real, day 1 generated (either says so), day 5 real; x/pool: day 0 real
		assertThat(merged).isEqualTo(new DataProvenance(3, 1, DAY0.plusDays(1), DAY0.plusDays(1)));
		assertThat(b.merge(a)).isEqualTo(a.merge(b));
		assertThat(ProvenanceDays.NONE.toDataProvenance()).isEqualTo(DataProvenance.NONE);
		assertThat(ProvenanceDays.NONE.isEmpty()).isTrue();
	}

	@Test
	void buildsResampledObservationsFromTheFirstDayToTheLast() {
		DataProvenance days = ProvenanceDays.builder()
			.resampled("x", new Instant[] { at(0, 12), at(4, 12), at(6, 12) },
					new Provenance[] { REAL, SYNTHETIC, REAL })
			.build()
			.toDataProvenance();
		// days 0..3 real (1..3 repeat day 0), 4..5 generated (5 repeats 4), 6 real
		assertThat(days).isEqualTo(new DataProvenance(5, 2, DAY0.plusDays(4), DAY0.plusDays(5)));
	}

	@Test
	void aBuilderResamplesLikeTheArrayDayByDay() {
		Instant[] times = { at(0, 1), at(0, 23), at(1, 2), at(1, 20), at(3, 12), at(7, 0) };
		Provenance[] perObservation = { REAL, SYNTHETIC, SYNTHETIC, REAL, REAL, SYNTHETIC };
		long[] seconds = seconds(times);
		Provenance[] last = ProvenanceDays.resample(seconds, perObservation);
		Provenance[] any = ProvenanceDays.resampleEveryObservation(seconds, perObservation);
		ProvenanceDays lastDays = ProvenanceDays.builder().resampled("x", times, perObservation).build();
		ProvenanceDays anyDays = ProvenanceDays.builder().everyObservation("x", times, perObservation).build();
		for (int d = 0; d < last.length; d++) {
			assertThat(lastDays.provenance("x", DAY0.plusDays(d))).as("day " + d).isEqualTo(last[d]);
			assertThat(anyDays.provenance("x", DAY0.plusDays(d))).as("day " + d).isEqualTo(any[d]);
		}
		assertThat(lastDays.provenance("x", DAY0.plusDays(8))).isNull();
		assertThat(lastDays.provenance("y", DAY0)).isNull();
	}

	@Test
	void aLongGapIsHeldAsOneRange() {
		// an observation in year 1 and one today: some 739,000 days, counted without
		// holding them one by one
		Instant ancient = Instant.parse("0001-01-01T00:00:00Z");
		DataProvenance days = ProvenanceDays.builder()
			.everyObservation("x", new Instant[] { ancient, at(0, 12) }, new Provenance[] { SYNTHETIC, REAL })
			.day("x", DAY0.plusDays(1), REAL)
			.build()
			.toDataProvenance();
		long span = DAY0.toEpochDay() - LocalDate.of(1, 1, 1).toEpochDay();
		assertThat(days).isEqualTo(new DataProvenance(2, (int) span, LocalDate.of(1, 1, 1), DAY0.minusDays(1)));
	}

}
