package io.lsdrisk.sample;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A piecewise-linear schedule over calendar days, flat before the first and after the
 * last knot.
 */
final class Knots {

	private final NavigableMap<LocalDate, Double> points;

	private Knots(NavigableMap<LocalDate, Double> points) {
		this.points = points;
	}

	/** Knots from alternating (yyyy-MM-dd, value) pairs. */
	static Knots of(Object... datesAndValues) {
		TreeMap<LocalDate, Double> points = new TreeMap<>();
		for (int i = 0; i < datesAndValues.length; i += 2) {
			points.put(LocalDate.parse((String) datesAndValues[i]), ((Number) datesAndValues[i + 1]).doubleValue());
		}
		return new Knots(points);
	}

	double at(LocalDate day) {
		Map.Entry<LocalDate, Double> before = this.points.floorEntry(day);
		Map.Entry<LocalDate, Double> after = this.points.ceilingEntry(day);
		if (before == null) {
			return after.getValue();
		}
		if (after == null || before.getKey().equals(after.getKey())) {
			return before.getValue();
		}
		double span = after.getKey().toEpochDay() - before.getKey().toEpochDay();
		double weight = (day.toEpochDay() - before.getKey().toEpochDay()) / span;
		return before.getValue() + weight * (after.getValue() - before.getValue());
	}

	/**
	 * Interpolates linearly in the logarithm: for sizes that grow or shrink by factors.
	 */
	double logAt(LocalDate day) {
		Map.Entry<LocalDate, Double> before = this.points.floorEntry(day);
		Map.Entry<LocalDate, Double> after = this.points.ceilingEntry(day);
		if (before == null) {
			return after.getValue();
		}
		if (after == null || before.getKey().equals(after.getKey())) {
			return before.getValue();
		}
		double span = after.getKey().toEpochDay() - before.getKey().toEpochDay();
		double weight = (day.toEpochDay() - before.getKey().toEpochDay()) / span;
		return Math.exp(Math.log(before.getValue()) + weight * Math.log(after.getValue() / before.getValue()));
	}

}
