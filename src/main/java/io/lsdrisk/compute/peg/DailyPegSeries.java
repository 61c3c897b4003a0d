package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A peg series on consecutive UTC calendar days: the input of calibration and backtest.
 * <p>
 * Oracle feeds update irregularly (a heartbeat plus deviation-triggered rounds), so
 * {@link #fromObservations} resamples: the value of a day is its last observation (UTC),
 * and a day without an observation repeats the previous day's value (forward fill). The
 * last observation is what the market closed the day at; averaging would smooth away the
 * intraday excursions that matter for depegs, and taking every round would make the time
 * step irregular. Immutable.
 */
public final class DailyPegSeries {

	private final LocalDate firstDay;

	private final double[] pegs;

	private DailyPegSeries(LocalDate firstDay, double[] pegs) {
		this.firstDay = firstDay;
		this.pegs = pegs;
	}

	/**
	 * A series from one value per day.
	 * @param firstDay the UTC day of {@code dailyPegs[0]}
	 * @param dailyPegs pegs on consecutive days, each finite and {@code > 0}, at least
	 * one
	 */
	public static DailyPegSeries of(LocalDate firstDay, double[] dailyPegs) {
		Arguments.notNull("firstDay", firstDay);
		if (dailyPegs == null || dailyPegs.length == 0) {
			throw new IllegalArgumentException("dailyPegs must contain at least one value");
		}
		for (int i = 0; i < dailyPegs.length; i++) {
			checkPeg("dailyPegs", i, dailyPegs[i]);
		}
		return new DailyPegSeries(firstDay, dailyPegs.clone());
	}

	/**
	 * Resamples irregular observations to days: last observation per UTC day,
	 * forward-filled.
	 * @param epochSeconds observation times (seconds since 1970-01-01T00:00Z), any order
	 * @param observedPegs the pegs observed, each finite and {@code > 0}, as many as
	 * times
	 */
	public static DailyPegSeries fromObservations(long[] epochSeconds, double[] observedPegs) {
		if (epochSeconds == null || observedPegs == null || epochSeconds.length == 0
				|| epochSeconds.length != observedPegs.length) {
			throw new IllegalArgumentException("epochSeconds and observedPegs must be non-empty and of equal length");
		}
		for (int i = 0; i < observedPegs.length; i++) {
			checkPeg("observedPegs", i, observedPegs[i]);
		}
		// stable sort by time: of two observations at the same second the later one given
		// wins
		Integer[] order = IntStream.range(0, epochSeconds.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingLong((Integer i) -> epochSeconds[i]));
		long firstEpochDay = Math.floorDiv(epochSeconds[order[0]], 86_400L);
		long lastEpochDay = Math.floorDiv(epochSeconds[order[order.length - 1]], 86_400L);
		double[] daily = new double[Math.toIntExact(lastEpochDay - firstEpochDay + 1)];
		Arrays.fill(daily, Double.NaN);
		for (Integer i : order) {
			daily[(int) (Math.floorDiv(epochSeconds[i], 86_400L) - firstEpochDay)] = observedPegs[i];
		}
		for (int d = 1; d < daily.length; d++) {
			if (Double.isNaN(daily[d])) {
				daily[d] = daily[d - 1];
			}
		}
		return new DailyPegSeries(LocalDate.ofEpochDay(firstEpochDay), daily);
	}

	private static void checkPeg(String name, int index, double peg) {
		if (!(Double.isFinite(peg) && peg > 0)) {
			throw new IllegalArgumentException(name + "[" + index + "] must be finite and > 0, was " + peg);
		}
	}

	public LocalDate firstDay() {
		return this.firstDay;
	}

	public LocalDate lastDay() {
		return this.firstDay.plusDays(this.pegs.length - 1L);
	}

	/** Number of days. */
	public int size() {
		return this.pegs.length;
	}

	public LocalDate day(int index) {
		return this.firstDay.plusDays(index);
	}

	public double peg(int index) {
		return this.pegs[index];
	}

	/** Index of a day (negative or {@code >= size()} when outside the series). */
	public int indexOf(LocalDate day) {
		return Math.toIntExact(day.toEpochDay() - this.firstDay.toEpochDay());
	}

	/** A copy of the daily pegs. */
	public double[] pegs() {
		return this.pegs.clone();
	}

	/** ln(peg) per day. */
	public double[] logPegs() {
		return Arrays.stream(this.pegs).map(Math::log).toArray();
	}

	/**
	 * The days in {@code [fromInclusive, toExclusive)} that the series has; null when
	 * none.
	 */
	public DailyPegSeries between(LocalDate fromInclusive, LocalDate toExclusive) {
		int from = Math.max(0, indexOf(fromInclusive));
		int to = Math.min(this.pegs.length, indexOf(toExclusive));
		if (to <= from) {
			return null;
		}
		return new DailyPegSeries(day(from), Arrays.copyOfRange(this.pegs, from, to));
	}

}
