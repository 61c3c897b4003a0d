package io.lsdrisk.sample;

import java.time.LocalDate;

/**
 * Values of a synthetic series at 00:00 UTC of consecutive days.
 *
 * @param start the day of {@code values[0]}
 * @param values one value per day
 */
record DailyPath(LocalDate start, double[] values) {

	LocalDate end() {
		return this.start.plusDays(this.values.length - 1L);
	}

	boolean covers(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(end());
	}

	double at(LocalDate day) {
		if (!covers(day)) {
			throw new IllegalArgumentException("day must be in " + this.start + ".." + end() + ", was " + day);
		}
		return this.values[(int) (day.toEpochDay() - this.start.toEpochDay())];
	}

}
