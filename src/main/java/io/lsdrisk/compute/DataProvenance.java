package io.lsdrisk.compute;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How many UTC days of the window an answer used were real and how many generated, and
 * the span of the generated ones. A day's provenance is that of the state that gave the
 * day its value (for a forward-filled day, the state carried forward).
 *
 * @param realDays days whose value came from a {@link Provenance#REAL} state
 * @param syntheticDays days whose value came from a {@link Provenance#SYNTHETIC} state
 * @param syntheticFrom the first generated day, or null when there is none
 * @param syntheticUntil the last generated day, or null when there is none
 */
public record DataProvenance(int realDays, int syntheticDays, @Nullable LocalDate syntheticFrom,
		@Nullable LocalDate syntheticUntil) {

	/** No days at all: an answer that used no stored history. */
	public static final DataProvenance NONE = new DataProvenance(0, 0, null, null);

	public DataProvenance {
		if (realDays < 0 || syntheticDays < 0) {
			throw new IllegalArgumentException("day counts must be >= 0");
		}
		if ((syntheticDays == 0) != (syntheticFrom == null) || (syntheticFrom == null) != (syntheticUntil == null)) {
			throw new IllegalArgumentException(
					"syntheticFrom and syntheticUntil are set exactly when syntheticDays > 0");
		}
	}

	/**
	 * The provenance of consecutive days.
	 * @param firstDay the UTC day of {@code perDay[0]}
	 * @param perDay the provenance of each day, none null
	 */
	public static DataProvenance ofDays(LocalDate firstDay, Provenance[] perDay) {
		return ofDays(firstDay, perDay, 0, perDay.length);
	}

	/**
	 * The provenance of days {@code [from, to)} of a consecutive series.
	 * @param firstDay the UTC day of {@code perDay[0]}
	 * @param perDay the provenance of each day, none null
	 * @param from first index, inclusive
	 * @param to last index, exclusive
	 */
	public static DataProvenance ofDays(LocalDate firstDay, Provenance[] perDay, int from, int to) {
		Arguments.notNull("firstDay", firstDay);
		if (from < 0 || to > perDay.length || from > to) {
			throw new IllegalArgumentException("day range [" + from + ", " + to + ") is outside the series");
		}
		int real = 0;
		int synthetic = 0;
		int firstSynthetic = -1;
		int lastSynthetic = -1;
		for (int i = from; i < to; i++) {
			if (perDay[i] == Provenance.REAL) {
				real++;
			}
			else {
				synthetic++;
				if (firstSynthetic < 0) {
					firstSynthetic = i;
				}
				lastSynthetic = i;
			}
		}
		return (synthetic == 0) ? new DataProvenance(real, 0, null, null) : new DataProvenance(real, synthetic,
				firstDay.plusDays(firstSynthetic), firstDay.plusDays(lastSynthetic));
	}

	/** Whether every day was real (true also for no days). */
	public boolean allReal() {
		return this.syntheticDays == 0;
	}

}
