package io.lsdrisk.collateral;

import java.time.Instant;
import java.util.Arrays;

/**
 * A time series in days, strictly increasing: an observation at or before the previous
 * one is skipped.
 */
final class TimeSeries {

	private double[] times = new double[64];

	private double[] values = new double[64];

	private int size;

	private Instant first;

	private Instant last;

	void add(double timeDays, double value, Instant at) {
		if (this.size > 0 && !(timeDays > this.times[this.size - 1])) {
			return;
		}
		if (this.size == this.times.length) {
			this.times = Arrays.copyOf(this.times, 2 * this.size);
			this.values = Arrays.copyOf(this.values, 2 * this.size);
		}
		this.times[this.size] = timeDays;
		this.values[this.size] = value;
		if (this.size == 0) {
			this.first = at;
		}
		this.last = at;
		this.size++;
	}

	int size() {
		return this.size;
	}

	double[] times() {
		return Arrays.copyOf(this.times, this.size);
	}

	double[] values() {
		return Arrays.copyOf(this.values, this.size);
	}

	Instant first() {
		return this.first;
	}

	Instant last() {
		return this.last;
	}

}
