package io.lsdrisk.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provenance of every UTC day an answer's inputs cover, per input series (an asset's
 * states, one pool venue's states): what {@link DataProvenance} counts, kept day by day
 * so that the inputs of one answer can be combined without counting a day of a series
 * twice. A day of a series given twice is {@link Provenance#SYNTHETIC} if either is
 * (generated data never passes as real). Days are held as ranges, so a long
 * forward-filled gap costs no more than a day. Immutable; built with {@link #builder()}.
 */
public final class ProvenanceDays {

	/** No days: an answer that used no stored history. */
	public static final ProvenanceDays NONE = new ProvenanceDays(Map.of());

	private static final long SECONDS_PER_DAY = 86_400L;

	/** Per series: every day covered, and the generated ones (a subset). */
	private final Map<String, Series> bySeries;

	private ProvenanceDays(Map<String, Series> bySeries) {
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
		long real = 0;
		long synthetic = 0;
		Long from = null;
		Long until = null;
		for (Series series : this.bySeries.values()) {
			long generated = series.synthetic.size();
			real += series.covered.size() - generated;
			synthetic += generated;
			if (generated > 0) {
				from = (from == null) ? series.synthetic.first() : Math.min(from, series.synthetic.first());
				until = (until == null) ? series.synthetic.last() : Math.max(until, series.synthetic.last());
			}
		}
		return new DataProvenance(Math.toIntExact(real), Math.toIntExact(synthetic),
				(from != null) ? LocalDate.ofEpochDay(from) : null,
				(until != null) ? LocalDate.ofEpochDay(until) : null);
	}

	/** Whether no day at all is recorded. */
	public boolean isEmpty() {
		return this.bySeries.values().stream().allMatch((series) -> series.covered.size() == 0);
	}

	/** The provenance of one day of a series, null when the day is not recorded. */
	public Provenance provenance(String series, LocalDate day) {
		Series days = this.bySeries.get(series);
		if (days == null || !days.covered.contains(day.toEpochDay())) {
			return null;
		}
		return days.synthetic.contains(day.toEpochDay()) ? Provenance.SYNTHETIC : Provenance.REAL;
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

	/** The days of one series: those covered and, among them, the generated ones. */
	private record Series(DayRanges covered, DayRanges synthetic) {

		Series copy() {
			return new Series(this.covered.copy(), this.synthetic.copy());
		}

	}

	/** A set of epoch days held as disjoint, non-adjacent inclusive ranges. */
	private static final class DayRanges {

		private final TreeMap<Long, Long> ranges = new TreeMap<>();

		void add(long first, long last) {
			long start = first;
			long end = last;
			Map.Entry<Long, Long> before = this.ranges.floorEntry(start);
			if (before != null && before.getValue() >= start - 1) {
				start = before.getKey();
				end = Math.max(end, before.getValue());
			}
			Map.Entry<Long, Long> next = this.ranges.ceilingEntry(start);
			while (next != null && next.getKey() <= end + 1) {
				end = Math.max(end, next.getValue());
				this.ranges.remove(next.getKey());
				next = this.ranges.ceilingEntry(start);
			}
			this.ranges.put(start, end);
		}

		void addAll(DayRanges other) {
			other.ranges.forEach(this::add);
		}

		boolean contains(long day) {
			Map.Entry<Long, Long> range = this.ranges.floorEntry(day);
			return range != null && range.getValue() >= day;
		}

		long size() {
			long size = 0;
			for (Map.Entry<Long, Long> range : this.ranges.entrySet()) {
				size += range.getValue() - range.getKey() + 1;
			}
			return size;
		}

		long first() {
			return this.ranges.firstKey();
		}

		long last() {
			return this.ranges.lastEntry().getValue();
		}

		DayRanges copy() {
			DayRanges copy = new DayRanges();
			copy.ranges.putAll(this.ranges);
			return copy;
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof DayRanges days) && this.ranges.equals(days.ranges);
		}

		@Override
		public int hashCode() {
			return this.ranges.hashCode();
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder("[");
			this.ranges.forEach((first, last) -> text.append((text.length() > 1) ? ", " : "")
				.append(LocalDate.ofEpochDay(first))
				.append("..")
				.append(LocalDate.ofEpochDay(last)));
			return text.append(']').toString();
		}

	}

	/** Collects days; not thread-safe. */
	public static final class Builder {

		private final Map<String, Series> bySeries = new LinkedHashMap<>();

		private Builder() {
		}

		/** One day of a series. */
		public Builder day(String series, LocalDate day, Provenance provenance) {
			Arguments.notNull("day", day);
			return range(series, day.toEpochDay(), day.toEpochDay(), provenance);
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
			long first = firstDay.toEpochDay();
			int runStart = from;
			for (int i = from + 1; i <= to; i++) {
				if (i == to || perDay[i] != perDay[runStart]) {
					range(series, first + runStart, first + i - 1, perDay[runStart]);
					runStart = i;
				}
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
			if (observedAt.length != perObservation.length) {
				throw new IllegalArgumentException("observedAt and perObservation must be of equal length");
			}
			// One pass over the observations, one range per observed day and per gap, so
			// the cost does not grow with the days a gap spans.
			int i = 0;
			long previousDay = Long.MIN_VALUE;
			Provenance carried = null;
			while (i < observedAt.length) {
				long day = Math.floorDiv(observedAt[i].getEpochSecond(), SECONDS_PER_DAY);
				if (day < previousDay) {
					throw new IllegalArgumentException("observedAt must be in non-decreasing order, [" + i + "] was "
							+ observedAt[i] + " after day " + LocalDate.ofEpochDay(previousDay));
				}
				Provenance ofDay = null;
				Provenance last = null;
				while (i < observedAt.length && Math.floorDiv(observedAt[i].getEpochSecond(), SECONDS_PER_DAY) == day) {
					last = Arguments.notNull("perObservation[" + i + "]", perObservation[i]);
					ofDay = (anySynthetic && ofDay == Provenance.SYNTHETIC) ? ofDay : last;
					i++;
				}
				if (carried != null && day > previousDay + 1) {
					range(series, previousDay + 1, day - 1, carried);
				}
				range(series, day, day, ofDay);
				previousDay = day;
				carried = last;
			}
			return this;
		}

		/** Every day of another answer. */
		public Builder add(ProvenanceDays other) {
			other.bySeries.forEach((name, days) -> {
				Series series = this.bySeries.computeIfAbsent(name,
						(key) -> new Series(new DayRanges(), new DayRanges()));
				series.covered.addAll(days.covered);
				series.synthetic.addAll(days.synthetic);
			});
			return this;
		}

		public ProvenanceDays build() {
			Map<String, Series> copy = new LinkedHashMap<>();
			this.bySeries.forEach((name, series) -> copy.put(name, series.copy()));
			return new ProvenanceDays(Collections.unmodifiableMap(copy));
		}

		private Builder range(String series, long first, long last, Provenance provenance) {
			Arguments.notNull("series", series);
			Arguments.notNull("provenance", provenance);
			Series days = this.bySeries.computeIfAbsent(series, (key) -> new Series(new DayRanges(), new DayRanges()));
			days.covered.add(first, last);
			if (provenance == Provenance.SYNTHETIC) {
				days.synthetic.add(first, last);
			}
			return this;
		}

	}

}
