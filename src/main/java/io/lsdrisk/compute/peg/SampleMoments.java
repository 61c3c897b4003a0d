package io.lsdrisk.compute.peg;

/**
 * Running sums of Monte Carlo samples, one value per cell, mergeable across batches.
 */
final class SampleMoments {

	private final double[] sum;

	private final double[] sumOfSquares;

	private long samples;

	SampleMoments(int cells) {
		this.sum = new double[cells];
		this.sumOfSquares = new double[cells];
	}

	void add(double[] values) {
		for (int c = 0; c < this.sum.length; c++) {
			this.sum[c] += values[c];
			this.sumOfSquares[c] += values[c] * values[c];
		}
		this.samples++;
	}

	void merge(SampleMoments other) {
		for (int c = 0; c < this.sum.length; c++) {
			this.sum[c] += other.sum[c];
			this.sumOfSquares[c] += other.sumOfSquares[c];
		}
		this.samples += other.samples;
	}

	long samples() {
		return this.samples;
	}

	int cells() {
		return this.sum.length;
	}

	double mean(int cell) {
		return Math.min(1, Math.max(0, this.sum[cell] / this.samples));
	}

	/** Unbiased sample variance of one sample. */
	double variance(int cell) {
		if (this.samples < 2) {
			return 0;
		}
		double mean = this.sum[cell] / this.samples;
		return Math.max(0, (this.sumOfSquares[cell] - this.samples * mean * mean) / (this.samples - 1));
	}

	double standardError(int cell) {
		return (this.samples == 0) ? 0 : Math.sqrt(variance(cell) / this.samples);
	}

	double maxVariance() {
		double max = 0;
		for (int c = 0; c < this.sum.length; c++) {
			max = Math.max(max, variance(c));
		}
		return max;
	}

}
