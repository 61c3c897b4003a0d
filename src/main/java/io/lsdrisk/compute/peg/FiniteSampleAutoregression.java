package io.lsdrisk.compute.peg;

import java.util.Arrays;

/**
 * The finite-sample distribution of the OLS estimate of b in the Gaussian AR(1) with
 * intercept {@code x_{t+1} = a + b x_t + e_t}, by simulation, and the confidence sets it
 * gives.
 * <p>
 * The OLS slope is invariant to the location and scale of the series, so when the first
 * value is drawn from the stationary distribution its distribution depends on b and the
 * number of transitions only: the simulated paths are standardized (a = 0, s = 1). The
 * interval for b inverts the family of tests "b-hat lies between its
 * {@code (1 - level)/2} and {@code (1 + level)/2} quantiles under b" (Andrews 1993, the
 * exact median-unbiased approach); each quantile is an order statistic of the simulated
 * slopes, so the test has exactly its level whatever the number of simulations when
 * {@code (simulations + 1) (1 - level) / 2} is an integer (a Monte Carlo test, Dufour
 * 2006), and the same shocks serve every b (common random numbers), so the quantiles are
 * continuous in b and the ends are found by root finding on [0, 1]. Sets reaching past 1
 * (a random walk cannot be excluded) or below 0 (no persistence cannot be excluded) are
 * open on that side.
 * <p>
 * For mu the same paths give the distribution of the studentized statistic
 * {@code |mu-hat - mu| / se(mu-hat)} under the bias-corrected b (a parametric
 * bootstrap-t); a path on which the corrected b shows no mean reversion counts as an
 * unbounded statistic. Deterministic for a given seed; not thread-safe.
 */
final class FiniteSampleAutoregression {

	private static final double TOLERANCE = 1e-7;

	private static final int MAX_ITERATIONS = 100;

	private final int transitions;

	private final double[][] shocks;

	private final double[] starts;

	private final int lowerRank;

	private final int upperRank;

	private final int meanRank;

	/**
	 * @param transitions daily transitions of the series, {@code >= 3}
	 * @param simulations simulated paths, {@code >= 19}; 399 makes the 95 % sets exact
	 * @param level confidence level in (0, 1)
	 * @param seed seed of the shocks
	 */
	FiniteSampleAutoregression(int transitions, int simulations, double level, long seed) {
		if (transitions < 3) {
			throw new IllegalArgumentException("transitions must be >= 3, was " + transitions);
		}
		if (simulations < 19) {
			throw new IllegalArgumentException("simulations must be >= 19, was " + simulations);
		}
		this.transitions = transitions;
		this.shocks = new double[simulations][transitions];
		this.starts = new double[simulations];
		GaussianSampler sampler = new GaussianSampler(seed);
		for (int j = 0; j < simulations; j++) {
			this.starts[j] = sampler.nextGaussian();
			for (int t = 0; t < transitions; t++) {
				this.shocks[j][t] = sampler.nextGaussian();
			}
		}
		int tail = (int) Math.max(1, Math.round((simulations + 1) * (1 - level) / 2));
		this.lowerRank = tail;
		this.upperRank = simulations + 1 - tail;
		this.meanRank = (int) Math.min(simulations, Math.round((simulations + 1) * level));
	}

	/**
	 * The confidence set for b given the observed OLS slope: lower end
	 * {@code Double.NEGATIVE_INFINITY} when b <= 0 is not excluded, upper end
	 * {@code Double.POSITIVE_INFINITY} when b >= 1 is not excluded.
	 */
	ConfidenceInterval coefficientInterval(double observedSlope) {
		double lower;
		double upper;
		// lower end: the b whose upper quantile equals the observation
		if (quantile(0, this.upperRank) >= observedSlope) {
			lower = Double.NEGATIVE_INFINITY;
		}
		else if (quantile(1, this.upperRank) < observedSlope) {
			lower = 1;
		}
		else {
			lower = root(this.upperRank, observedSlope);
		}
		if (quantile(1, this.lowerRank) <= observedSlope) {
			upper = Double.POSITIVE_INFINITY;
		}
		else if (quantile(0, this.lowerRank) > observedSlope) {
			upper = 0;
		}
		else {
			upper = root(this.lowerRank, observedSlope);
		}
		return new ConfidenceInterval(Math.min(lower, upper), upper);
	}

	/**
	 * The level quantile of {@code |mu-hat - mu| / se(mu-hat)} on paths with coefficient
	 * b, mu-hat and se as in {@link #meanEstimate}; infinite when more than the tail of
	 * the paths show no mean reversion after the correction.
	 */
	double meanStatisticQuantile(double b, BiasCorrection correction) {
		double[] statistics = new double[this.shocks.length];
		double[] path = new double[this.transitions + 1];
		for (int j = 0; j < this.shocks.length; j++) {
			path(b, j, path);
			Regression fit = Regression.of(path, new boolean[this.transitions]);
			double[] estimate = meanEstimate(fit, path, correction);
			statistics[j] = Math.abs(estimate[0]) / estimate[1];
			if (Double.isNaN(statistics[j])) {
				statistics[j] = Double.POSITIVE_INFINITY;
			}
		}
		Arrays.sort(statistics);
		return statistics[this.meanRank - 1];
	}

	/**
	 * mu-hat and its standard error from a fit: with the corrected b in (0, 1),
	 * {@code mu = a_c / (1 - b_c)} with {@code a_c = mean(x_{t+1}) - b_c mean(x_t)} and
	 * the standard error of the mean of a stationary AR(1) of n values, {@code sqrt(g0 /
	 * n (1 + 2 sum_{k<n} (1 - k/n) b^k))}, {@code g0 = s^2 / (1 - b^2)}; with b_c <= 0
	 * the sample mean and its iid standard error; with b_c >= 1 an infinite standard
	 * error.
	 * @return {mu, standard error}
	 */
	static double[] meanEstimate(Regression fit, double[] x, BiasCorrection correction) {
		double b = correction.corrected(fit.slope(), fit.count());
		double n = fit.count() + 1;
		// n: values behind the transitions used
		double residualVariance = fit.unbiasedVariance();
		if (b >= 1) {
			return new double[] { fit.intercept() / (1 - fit.slope()), Double.POSITIVE_INFINITY };
		}
		if (b <= 0) {
			double mean = 0;
			for (double v : x) {
				mean += v / x.length;
			}
			double variance = 0;
			for (double v : x) {
				variance += (v - mean) * (v - mean) / (x.length - 1);
			}
			return new double[] { mean, Math.sqrt(variance / x.length) };
		}
		double intercept = fit.meanOfResponse() - b * fit.meanOfRegressor();
		double mu = intercept / (1 - b);
		double stationary = residualVariance / (1 - b * b);
		double sum = b / (1 - b) - b * (1 - Math.pow(b, n)) / (n * (1 - b) * (1 - b));
		return new double[] { mu, Math.sqrt(stationary / n * (1 + 2 * sum)) };
	}

	private double root(int rank, double observed) {
		// Illinois variant of regula falsi on an increasing function
		double low = 0;
		double high = 1;
		double fLow = quantile(low, rank) - observed;
		double fHigh = quantile(high, rank) - observed;
		int side = 0;
		for (int i = 0; i < MAX_ITERATIONS && high - low > TOLERANCE; i++) {
			double candidate = (fHigh == fLow) ? 0.5 * (low + high) : high - fHigh * (high - low) / (fHigh - fLow);
			if (!(candidate > low && candidate < high)) {
				candidate = 0.5 * (low + high);
			}
			double value = quantile(candidate, rank) - observed;
			if (value > 0) {
				high = candidate;
				fHigh = value;
				if (side == 1) {
					fLow /= 2;
				}
				side = 1;
			}
			else {
				low = candidate;
				fLow = value;
				if (side == -1) {
					fHigh /= 2;
				}
				side = -1;
			}
		}
		return 0.5 * (low + high);
	}

	/** The rank-th smallest (1-based) simulated OLS slope under b. */
	double quantile(double b, int rank) {
		double[] slopes = new double[this.shocks.length];
		int m = this.transitions;
		for (int j = 0; j < slopes.length; j++) {
			double[] e = this.shocks[j];
			// the slope is shift-invariant: work with w_t = z_t - z_0 (w_0 = 0)
			double start = (b < 1) ? this.starts[j] / Math.sqrt(1 - b * b) : 0;
			double drift = (b - 1) * start;
			double w = 0;
			double sumX = 0;
			double sumXX = 0;
			double sumXY = 0;
			for (int t = 0; t < m; t++) {
				double next = b * w + drift + e[t];
				sumX += w;
				sumXX += w * w;
				sumXY += w * next;
				w = next;
			}
			double sumY = sumX - 0 + w;
			double sxx = sumXX - sumX * sumX / m;
			slopes[j] = (sumXY - sumX * sumY / m) / sxx;
		}
		Arrays.sort(slopes);
		return slopes[rank - 1];
	}

	private void path(double b, int j, double[] path) {
		double start = (b < 1) ? this.starts[j] / Math.sqrt(1 - b * b) : 0;
		path[0] = start;
		for (int t = 0; t < this.transitions; t++) {
			path[t + 1] = b * path[t] + this.shocks[j][t];
		}
	}

	int lowerRank() {
		return this.lowerRank;
	}

	int upperRank() {
		return this.upperRank;
	}

}
