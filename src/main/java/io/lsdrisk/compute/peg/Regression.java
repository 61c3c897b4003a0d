package io.lsdrisk.compute.peg;

/**
 * OLS of {@code x_{i+1}} on {@code x_i} over the transitions i not excluded.
 */
final class Regression {

	private final boolean[] excluded;

	private final int count;

	private final double intercept;

	private final double slope;

	private final double sumOfSquaredResiduals;

	private final double meanOfRegressor;

	private final double regressorSumOfSquares;

	private Regression(boolean[] excluded, int count, double intercept, double slope, double sumOfSquaredResiduals,
			double meanOfRegressor, double regressorSumOfSquares) {
		this.excluded = excluded;
		this.count = count;
		this.intercept = intercept;
		this.slope = slope;
		this.sumOfSquaredResiduals = sumOfSquaredResiduals;
		this.meanOfRegressor = meanOfRegressor;
		this.regressorSumOfSquares = regressorSumOfSquares;
	}

	/**
	 * Fits; a regressor without variation (a constant series) gives slope 0.
	 * @param x the series
	 * @param excluded per transition i (x_i to x_{i+1}), whether to leave it out
	 */
	static Regression of(double[] x, boolean[] excluded) {
		int count = 0;
		double sumX = 0;
		double sumY = 0;
		for (int i = 0; i < x.length - 1; i++) {
			if (!excluded[i]) {
				count++;
				sumX += x[i];
				sumY += x[i + 1];
			}
		}
		double meanX = sumX / count;
		double meanY = sumY / count;
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < x.length - 1; i++) {
			if (!excluded[i]) {
				sxx += (x[i] - meanX) * (x[i] - meanX);
				sxy += (x[i] - meanX) * (x[i + 1] - meanY);
			}
		}
		double slope = (sxx > 0) ? sxy / sxx : 0;
		double intercept = meanY - slope * meanX;
		double ssr = 0;
		for (int i = 0; i < x.length - 1; i++) {
			if (!excluded[i]) {
				double e = x[i + 1] - intercept - slope * x[i];
				ssr += e * e;
			}
		}
		return new Regression(excluded.clone(), count, intercept, slope, ssr, meanX, sxx);
	}

	double[] residuals(double[] x) {
		double[] residuals = new double[x.length - 1];
		for (int i = 0; i < residuals.length; i++) {
			residuals[i] = x[i + 1] - this.intercept - this.slope * x[i];
		}
		return residuals;
	}

	boolean includes(int transition) {
		return !this.excluded[transition];
	}

	int count() {
		return this.count;
	}

	double intercept() {
		return this.intercept;
	}

	double slope() {
		return this.slope;
	}

	/** SSR / m: the maximum likelihood residual variance. */
	double maximumLikelihoodVariance() {
		return this.sumOfSquaredResiduals / this.count;
	}

	/** SSR / (m - 2): the unbiased residual variance behind the OLS covariance. */
	private double unbiasedVariance() {
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
