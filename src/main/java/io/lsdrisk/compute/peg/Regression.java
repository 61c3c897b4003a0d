package io.lsdrisk.compute.peg;

/**
 * Weighted least squares of {@code x_{i+1}} on {@code x_i}, each transition i with a
 * weight in [0, 1]: 1 for an ordinary transition, 0 for one left out, the posterior
 * probability of no jump for a transition of a jump mixture. The count is the sum of the
 * weights.
 */
final class Regression {

	private final double[] weights;

	private final double count;

	private final double intercept;

	private final double slope;

	private final double sumOfSquaredResiduals;

	private final double meanOfRegressor;

	private final double meanOfResponse;

	private final double regressorSumOfSquares;

	private Regression(double[] weights, double count, double intercept, double slope, double sumOfSquaredResiduals,
			double meanOfRegressor, double meanOfResponse, double regressorSumOfSquares) {
		this.weights = weights;
		this.count = count;
		this.intercept = intercept;
		this.slope = slope;
		this.sumOfSquaredResiduals = sumOfSquaredResiduals;
		this.meanOfRegressor = meanOfRegressor;
		this.meanOfResponse = meanOfResponse;
		this.regressorSumOfSquares = regressorSumOfSquares;
	}

	/**
	 * Fits; a regressor without variation (a constant series) gives slope 0.
	 * @param x the series
	 * @param excluded per transition i (x_i to x_{i+1}), whether to leave it out
	 */
	static Regression of(double[] x, boolean[] excluded) {
		double[] weights = new double[x.length - 1];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = excluded[i] ? 0 : 1;
		}
		return weighted(x, weights);
	}

	/** Weighted least squares with the given weights per transition. */
	static Regression weighted(double[] x, double[] weights) {
		double[] means = weightedMeans(x, weights);
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < x.length - 1; i++) {
			sxx += weights[i] * (x[i] - means[1]) * (x[i] - means[1]);
			sxy += weights[i] * (x[i] - means[1]) * (x[i + 1] - means[2]);
		}
		double slope = (sxx > 0) ? sxy / sxx : 0;
		return withCoefficients(x, weights, means[2] - slope * means[1], slope);
	}

	/**
	 * The weighted moments of a fit whose coefficients were found elsewhere (a jump
	 * mixture's maximum likelihood).
	 */
	static Regression withCoefficients(double[] x, double[] weights, double intercept, double slope) {
		double[] means = weightedMeans(x, weights);
		double count = means[0];
		double meanX = means[1];
		double sxx = 0;
		double ssr = 0;
		for (int i = 0; i < x.length - 1; i++) {
			sxx += weights[i] * (x[i] - meanX) * (x[i] - meanX);
			double e = x[i + 1] - intercept - slope * x[i];
			ssr += weights[i] * e * e;
		}
		return new Regression(weights.clone(), count, intercept, slope, ssr, meanX, means[2], sxx);
	}

	/**
	 * {total weight, weighted mean of x_t, weighted mean of x_{t+1}} over the
	 * transitions.
	 */
	private static double[] weightedMeans(double[] x, double[] weights) {
		double count = 0;
		double sumX = 0;
		double sumY = 0;
		for (int i = 0; i < x.length - 1; i++) {
			count += weights[i];
			sumX += weights[i] * x[i];
			sumY += weights[i] * x[i + 1];
		}
		return new double[] { count, sumX / count, sumY / count };
	}

	double[] residuals(double[] x) {
		double[] residuals = new double[x.length - 1];
		for (int i = 0; i < residuals.length; i++) {
			residuals[i] = x[i + 1] - this.intercept - this.slope * x[i];
		}
		return residuals;
	}

	/** The weight of a transition. */
	double weight(int transition) {
		return this.weights[transition];
	}

	/** The sum of the weights: the number of transitions used. */
	double count() {
		return this.count;
	}

	double intercept() {
		return this.intercept;
	}

	double slope() {
		return this.slope;
	}

	double meanOfRegressor() {
		return this.meanOfRegressor;
	}

	double meanOfResponse() {
		return this.meanOfResponse;
	}

	/** SSR / m: the maximum likelihood residual variance. */
	double maximumLikelihoodVariance() {
		return this.sumOfSquaredResiduals / this.count;
	}

	/** SSR / (m - 2): the unbiased residual variance behind the OLS covariance. */
	double unbiasedVariance() {
		return this.sumOfSquaredResiduals / Math.max(1, this.count - 2);
	}

	double slopeVariance() {
		return (this.regressorSumOfSquares > 0) ? unbiasedVariance() / this.regressorSumOfSquares : 0;
	}

	double slopeStandardError() {
		return Math.sqrt(slopeVariance());
	}

	double interceptVariance() {
		return unbiasedVariance() / this.count + this.meanOfRegressor * this.meanOfRegressor * slopeVariance();
	}

	double covariance() {
		return -this.meanOfRegressor * slopeVariance();
	}

}
