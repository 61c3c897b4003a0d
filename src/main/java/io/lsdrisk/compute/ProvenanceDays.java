package io.lsdrisk.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The provenance of every UTC day an answer's inputs cover, per input series (an asset's
 * states, one pool venue's states): what {@link DataProvenance} counts, kept day by day
 * so that the inputs of one answer can be combined without counting a day of a series
 * twice. A day of a series given twice is {@link Provenance#SYNTHETIC} if either is
 * (generated data never passes as real). Immutable; built with {@link #builder()}.
 */
public final class ProvenanceDays {

	/** No days: an answer that used no stored history. */
	public static final ProvenanceDays NONE = new ProvenanceDays(Map.of());

	private static final long SECONDS_PER_DAY = 86_400L;

	private final Map<String, NavigableMap<LocalDate, Provenance>> bySeries;

	private ProvenanceDays(Map<String, NavigableMap<LocalDate, Provenance>> bySeries) {
		this.bySeries = bySeries;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Resamples observations to UTC days as the daily series are resampled: the day's
	 * value is its last observation, a day without one repeats the previous day's
	 * (forward fill), from the first observation's day to the last one's.
	 * @param epochSeconds observation times (seconds since 1970-01-01T00:00Z), in
	 * non-decreasing order; of two at the same second the later given wins
	 * @param perObservation each observation's provenance, none null, as many as times
	 * @return the provenance of each day, {@code [0]} the first observation's day; empty
	 * without observations
	 */
	public static Provenance[] resample(long[] epochSeconds, Provenance[] perObservation) {
		return resample(epochSeconds, perObservation, false);
	}

	/**
	 * Like {@link #resample(long[], Provenance[])}, for a figure that every observation
	 * feeds (a volatility, a maximum, a check of each state) rather than one value a day:
	 * a day is {@link Provenance#SYNTHETIC} when any of its observations is; a day
	 * without one still repeats the last observation before it.
	 */
	public static Provenance[] resampleEveryObservation(long[] epochSeconds, Provenance[] perObservation) {
		return resample(epochSeconds, perObservation, true);
	}

	private static Provenance[] resample(long[] epochSeconds, Provenance[] perObservation, boolean anySynthetic) {
		if (epochSeconds.length != perObservation.length) {
			throw new IllegalArgumentException("epochSeconds and perObservation must be of equal length");
		}
		if (epochSeconds.length == 0) {
			return new Provenance[0];
		}
		for (int i = 1; i < epochSeconds.length; i++) {
			if (epochSeconds[i] < epochSeconds[i - 1]) {
				throw new IllegalArgumentException("epochSeconds must be in non-decreasing order, [" + i + "] was "
						+ epochSeconds[i] + " after " + epochSeconds[i - 1]);
			}
		}
		long firstDay = Math.floorDiv(epochSeconds[0], SECONDS_PER_DAY);
		long lastDay = Math.floorDiv(epochSeconds[epochSeconds.length - 1], SECONDS_PER_DAY);
		Provenance[] daily = new Provenance[Math.toIntExact(lastDay - firstDay + 1)];
		Provenance[] lastOfDay = new Provenance[daily.length];
		for (int i = 0; i < epochSeconds.length; i++) {
			int d = (int) (Math.floorDiv(epochSeconds[i], SECONDS_PER_DAY) - firstDay);
			Provenance provenance = Arguments.notNull("perObservation[" + i + "]", perObservation[i]);
			lastOfDay[d] = provenance;
			daily[d] = (anySynthetic && daily[d] == Provenance.SYNTHETIC) ? Provenance.SYNTHETIC : provenance;
		}
		for (int d = 1; d < daily.length; d++) {
			if (daily[d] == null) {
				daily[d] = lastOfDay[d - 1];
				lastOfDay[d] = lastOfDay[d - 1];
			}
		}
		return daily;
	}

	/** The UTC day of an instant. */
	public static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	/** These days and another answer's, a day of a series counted once. */
	public ProvenanceDays merge(ProvenanceDays other) {
		return builder().add(this).add(other).build();
	}

	/** The day counts and the span of the generated days, over every series. */
	public DataProvenance toDataProvenance() {
		int real = 0;
		int synthetic = 0;
		LocalDate from = null;
		LocalDate until = null;
		for (NavigableMap<LocalDate, Provenance> days : this.bySeries.values()) {
			for (Map.Entry<LocalDate, Provenance> day : days.entrySet()) {
				if (day.getValue() == Provenance.REAL) {
					real++;
					continue;
				}
				synthetic++;
				from = (from == null || day.getKey().isBefore(from)) ? day.getKey() : from;
				until = (until == null || day.getKey().isAfter(until)) ? day.getKey() : until;
			}
		}
		return new DataProvenance(real, synthetic, from, until);
	}

	/** Whether no day at all is recorded. */
	public boolean isEmpty() {
		return this.bySeries.values().stream().allMatch(Map::isEmpty);
	}

	/** The series named, each with its days in order (read-only). */
	public Map<String, NavigableMap<LocalDate, Provenance>> bySeries() {
		return this.bySeries;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ProvenanceDays days) && this.bySeries.equals(days.bySeries);
	}

	@Override
	public int hashCode() {
		return this.bySeries.hashCode();
	}

	@Override
	public String toString() {
		return "ProvenanceDays" + this.bySeries;
	}

	/** Collects days; not thread-safe. */
	public static final class Builder {

		private final Map<String, NavigableMap<LocalDate, Provenance>> bySeries = new LinkedHashMap<>();

		private Builder() {
		}

		/** One day of a series. */
		public Builder day(String series, LocalDate day, Provenance provenance) {
			Arguments.notNull("series", series);
			Arguments.notNull("day", day);
			Arguments.notNull("provenance", provenance);
			this.bySeries.computeIfAbsent(series, (name) -> new TreeMap<>())
				.merge(day, provenance, (a, b) -> (a == Provenance.SYNTHETIC) ? a : b);
			return this;
		}

		/** The UTC day of one observation of a series. */
		public Builder observation(String series, Instant observedAt, Provenance provenance) {
			return day(series, ProvenanceDays.day(observedAt), provenance);
		}

		/**
		 * Days {@code [from, to)} of a series given day by day.
		 * @param firstDay the UTC day of {@code perDay[0]}
		 */
		public Builder days(String series, LocalDate firstDay, Provenance[] perDay, int from, int to) {
			if (from < 0 || to > perDay.length || from > to) {
				throw new IllegalArgumentException("day range [" + from + ", " + to + ") is outside the series");
			}
			for (int i = from; i < to; i++) {
				day(series, firstDay.plusDays(i), perDay[i]);
			}
			return this;
		}

		/**
		 * The days of observations resampled as {@link ProvenanceDays#resample} does,
		 * from the first observation's day to the last one's.
		 * @param observedAt observation times in non-decreasing order
		 */
		public Builder resampled(String series, Instant[] observedAt, Provenance[] perObservation) {
			return resampled(series, observedAt, perObservation, false);
		}

		/**
		 * The days of observations that each feed the figure, resampled as
		 * {@link ProvenanceDays#resampleEveryObservation} does.
		 * @param observedAt observation times in non-decreasing order
		 */
		public Builder everyObservation(String series, Instant[] observedAt, Provenance[] perObservation) {
			return resampled(series, observedAt, perObservation, true);
		}

		private Builder resampled(String series, Instant[] observedAt, Provenance[] perObservation,
				boolean anySynthetic) {
			if (observedAt.length == 0) {
				return this;
			}
			long[] seconds = new long[observedAt.length];
			for (int i = 0; i < seconds.length; i++) {
				seconds[i] = observedAt[i].getEpochSecond();
			}
			Provenance[] daily = resample(seconds, perObservation, anySynthetic);
			return days(series, ProvenanceDays.day(observedAt[0]), daily, 0, daily.length);
		}

		/** Every day of another answer. */
		public Builder add(ProvenanceDays other) {
			other.bySeries.forEach((series, days) -> days.forEach((day, provenance) -> day(series, day, provenance)));
			return this;
		}

		public ProvenanceDays build() {
			Map<String, NavigableMap<LocalDate, Provenance>> copy = new LinkedHashMap<>();
			this.bySeries
				.forEach((series, days) -> copy.put(series, Collections.unmodifiableNavigableMap(new TreeMap<>(days))));
			return new ProvenanceDays(Collections.unmodifiableMap(copy));
		}

	}

}
