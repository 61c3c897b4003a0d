package io.lsdrisk.compute.peg;

import java.util.Arrays;

/**
 * Maximum likelihood of the daily jump mixture of ln(peg). Per transition, given
 * {@code x_t}, with {@code r = x_{t+1} - a - b x_t}:
 * <ul>
 * <li>with probability {@code 1 - p_d - p_u} no jump: r ~ Normal(0, s^2)</li>
 * <li>with probability {@code p_d} a down-jump: r ~ Normal(mu_d, V_d),
 * {@code mu_d <= 0}</li>
 * <li>with probability {@code p_u} a rebound: r ~ Normal(mu_u, V_u),
 * {@code mu_u >= 0}</li>
 * </ul>
 * with {@code V = s^2 + delta^2 >= s^2} (the jump day's diffusion plus the jump size
 * variance). At most one jump a day: the daily probability p is {@code lambda dt}, an
 * approximation whose error is of order {@code (lambda dt)^2}, negligible for the
 * intensities of a peg (a jump a month is {@code lambda dt = 0.03}).
 * <p>
 * Fitted by expectation conditional maximization (Meng and Rubin 1993): each iteration
 * computes the posterior component probabilities, then maximizes the expected
 * complete-data log-likelihood in turn over (a, b) (weighted least squares), the jump
 * means (clipped to their sign), the variances (pooled with s^2 where {@code V >= s^2}
 * binds) and the probabilities; every step raises the likelihood. Started from the
 * residuals of OLS beyond a robust threshold (or the most extreme residual of the side).
 * Standard errors from the observed information: the inverse of minus the numerical
 * (central difference) Hessian of the log-likelihood at the estimate.
 */
final class JumpMixture {

	private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

	private static final double MAD_TO_SIGMA = 1.4826;

	private static final int MAX_ITERATIONS = 300;

	/** Convergence: a rise of the log-likelihood below this ends the iterations. */
	private static final double TOLERANCE = 1e-6;

	/** Index of a in a parameter vector; b, s^2, then three per component. */
	static final int INTERCEPT = 0;

	static final int SLOPE = 1;

	static final int VARIANCE = 2;

	/** Offset of the down-jump component's (p, mean, V). */
	static final int DOWN = 3;

	/** Offset of the rebound component's (p, mean, V). */
	static final int UP = 6;

	private JumpMixture() {
	}

	/**
	 * One fitted mixture.
	 *
	 * @param parameters a, b, s^2, p_d, mu_d, V_d, p_u, mu_u, V_u (an absent component
	 * has p = 0)
	 * @param down whether the down-jump component is in the model
	 * @param up whether the rebound component is in the model
	 * @param logLikelihood the log-likelihood conditional on the first value
	 */
	record Fit(double[] parameters, boolean down, boolean up, double logLikelihood) {

		int freeParameters() {
			return 3 + (this.down ? 3 : 0) + (this.up ? 3 : 0);
		}

		/**
		 * Per transition, the posterior probabilities of no jump, a down-jump, a rebound.
		 */
		double[][] posteriors(double[] x) {
			int m = x.length - 1;
			double[][] w = new double[3][m];
			eStep(x, this.parameters, w);
			return w;
		}

	}

	/**
	 * The four candidate models (no jumps, down-jumps only, rebounds only, both), fitted.
	 * @param x daily ln(peg), with residual variation
	 * @param thresholdRobustSigmas start: residuals beyond this many robust standard
	 * deviations
	 * @return fits in the order none, down, up, both
	 */
	static Fit[] candidates(double[] x, double thresholdRobustSigmas) {
		return new Fit[] { fit(x, false, false, thresholdRobustSigmas), fit(x, true, false, thresholdRobustSigmas),
				fit(x, false, true, thresholdRobustSigmas), fit(x, true, true, thresholdRobustSigmas) };
	}

	/** The BIC {@code -2 logL + k ln m} of a fit on m transitions. */
	static double bic(Fit fit, int transitions) {
		return -2 * fit.logLikelihood() + fit.freeParameters() * Math.log(transitions);
	}

	static Fit fit(double[] x, boolean down, boolean up, double thresholdRobustSigmas) {
		int m = x.length - 1;
		Regression ols = Regression.of(x, new boolean[m]);
		double[] theta = new double[9];
		theta[INTERCEPT] = ols.intercept();
		theta[SLOPE] = ols.slope();
		theta[VARIANCE] = ols.maximumLikelihoodVariance();
		if (!down && !up) {
			return new Fit(theta, false, false, logLikelihood(x, theta));
		}
		double[] residuals = ols.residuals(x);
		double median = OrnsteinUhlenbeckCalibration.median(residuals);
		double[] deviations = Arrays.stream(residuals).map((e) -> Math.abs(e - median)).toArray();
		double scale = MAD_TO_SIGMA * OrnsteinUhlenbeckCalibration.median(deviations);
		if (!(scale > 0)) {
			scale = Math.sqrt(theta[VARIANCE]);
		}
		boolean[] candidate = new boolean[m];
		if (down) {
			start(theta, DOWN, residuals, median, -thresholdRobustSigmas * scale, scale, candidate);
		}
		if (up) {
			start(theta, UP, residuals, median, thresholdRobustSigmas * scale, scale, candidate);
		}
		Regression clean = Regression.of(x, candidate);
		theta[INTERCEPT] = clean.intercept();
		theta[SLOPE] = clean.slope();
		theta[VARIANCE] = scale * scale;
		for (int offset : new int[] { DOWN, UP }) {
			if (theta[offset] > 0) {
				theta[offset + 2] = Math.max(theta[offset + 2], 2 * scale * scale);
			}
		}
		double[][] w = new double[3][m];
		double previous = Double.NEGATIVE_INFINITY;
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double logLikelihood = eStep(x, theta, w);
			if (logLikelihood - previous < TOLERANCE) {
				break;
			}
			previous = logLikelihood;
			maximize(x, theta, w);
		}
		return new Fit(theta, down, up, logLikelihood(x, theta));
	}

	/** Starting values of one component from the residuals beyond a cut. */
	private static void start(double[] theta, int offset, double[] residuals, double median, double cut, double scale,
			boolean[] candidate) {
		int count = 0;
		double sum = 0;
		double sumOfSquares = 0;
		int extreme = -1;
		for (int i = 0; i < residuals.length; i++) {
			double deviation = residuals[i] - median;
			boolean beyond = (cut < 0) ? deviation < cut : deviation > cut;
			if (beyond) {
				candidate[i] = true;
				count++;
				sum += residuals[i];
				sumOfSquares += residuals[i] * residuals[i];
			}
			if (extreme < 0 || ((cut < 0) ? residuals[i] < residuals[extreme] : residuals[i] > residuals[extreme])) {
				extreme = i;
			}
		}
		if (count == 0) {
			candidate[extreme] = true;
			count = 1;
			sum = residuals[extreme];
			sumOfSquares = sum * sum;
		}
		double mean = sum / count;
		double variance = Math.max(0, sumOfSquares / count - mean * mean);
		theta[offset] = (double) count / residuals.length;
		theta[offset + 1] = (cut < 0) ? Math.min(0, mean) : Math.max(0, mean);
		theta[offset + 2] = scale * scale + variance;
	}

	/**
	 * Posterior probabilities into w; returns the log-likelihood at theta.
	 */
	private static double eStep(double[] x, double[] theta, double[][] w) {
		double a = theta[INTERCEPT];
		double b = theta[SLOPE];
		double s2 = theta[VARIANCE];
		double pd = theta[DOWN];
		double pu = theta[UP];
		double s2d = theta[DOWN + 2];
		double s2u = theta[UP + 2];
		double meanDown = theta[DOWN + 1];
		double meanUp = theta[UP + 1];
		// log of probability times the normal's constant, per component
		double constNone = Math.log(1 - pd - pu) - 0.5 * (LOG_TWO_PI + Math.log(s2));
		double constDown = (pd > 0) ? Math.log(pd) - 0.5 * (LOG_TWO_PI + Math.log(s2d)) : Double.NEGATIVE_INFINITY;
		double constUp = (pu > 0) ? Math.log(pu) - 0.5 * (LOG_TWO_PI + Math.log(s2u)) : Double.NEGATIVE_INFINITY;
		double total = 0;
		for (int t = 0; t < x.length - 1; t++) {
			double r = x[t + 1] - a - b * x[t];
			double l0 = constNone - 0.5 * r * r / s2;
			double ld = (pd > 0) ? constDown - 0.5 * (r - meanDown) * (r - meanDown) / s2d : Double.NEGATIVE_INFINITY;
			double lu = (pu > 0) ? constUp - 0.5 * (r - meanUp) * (r - meanUp) / s2u : Double.NEGATIVE_INFINITY;
			double max = Math.max(l0, Math.max(ld, lu));
			double e0 = (l0 == max) ? 1 : Math.exp(l0 - max);
			double ed = (ld == max) ? 1 : Math.exp(ld - max);
			double eu = (lu == max) ? 1 : Math.exp(lu - max);
			double sum = e0 + ed + eu;
			w[0][t] = e0 / sum;
			w[1][t] = ed / sum;
			w[2][t] = eu / sum;
			total += max + Math.log(sum);
		}
		return total;
	}

	/** The log-likelihood of theta (an absent component has p = 0). */
	static double logLikelihood(double[] x, double[] theta) {
		return eStep(x, theta, new double[3][x.length - 1]);
	}

	/** One round of conditional maximizations. */
	private static void maximize(double[] x, double[] theta, double[][] w) {
		int m = x.length - 1;
		double s2 = theta[VARIANCE];
		// (a, b): weighted least squares of the jump-adjusted response
		double sw = 0;
		double swx = 0;
		double swz = 0;
		double[] weight = new double[m];
		double[] target = new double[m];
		for (int t = 0; t < m; t++) {
			double c0 = w[0][t] / s2;
			double cd = (theta[DOWN] > 0) ? w[1][t] / theta[DOWN + 2] : 0;
			double cu = (theta[UP] > 0) ? w[2][t] / theta[UP + 2] : 0;
			weight[t] = c0 + cd + cu;
			target[t] = x[t + 1] - (cd * theta[DOWN + 1] + cu * theta[UP + 1]) / weight[t];
			sw += weight[t];
			swx += weight[t] * x[t];
			swz += weight[t] * target[t];
		}
		double meanX = swx / sw;
		double meanZ = swz / sw;
		double sxx = 0;
		double sxz = 0;
		for (int t = 0; t < m; t++) {
			sxx += weight[t] * (x[t] - meanX) * (x[t] - meanX);
			sxz += weight[t] * (x[t] - meanX) * (target[t] - meanZ);
		}
		double b = (sxx > 0) ? sxz / sxx : 0;
		double a = meanZ - b * meanX;
		theta[INTERCEPT] = a;
		theta[SLOPE] = b;
		// jump means, clipped to their sign
		double[] r = new double[m];
		double[] count = new double[3];
		double[] first = new double[3];
		for (int t = 0; t < m; t++) {
			r[t] = x[t + 1] - a - b * x[t];
			for (int k = 0; k < 3; k++) {
				count[k] += w[k][t];
				first[k] += w[k][t] * r[t];
			}
		}
		if (theta[DOWN] > 0 && count[1] > 0) {
			theta[DOWN + 1] = Math.min(0, first[1] / count[1]);
		}
		if (theta[UP] > 0 && count[2] > 0) {
			theta[UP + 1] = Math.max(0, first[2] / count[2]);
		}
		// variances: V >= s^2, pooling a component with the diffusion where it binds
		double[] squares = new double[3];
		double[] means = { 0, theta[DOWN + 1], theta[UP + 1] };
		for (int t = 0; t < m; t++) {
			for (int k = 0; k < 3; k++) {
				double d = r[t] - means[k];
				squares[k] += w[k][t] * d * d;
			}
		}
		boolean[] active = { true, theta[DOWN] > 0 && count[1] > 0, theta[UP] > 0 && count[2] > 0 };
		boolean[] pooled = { true, false, false };
		double pooledCount = count[0];
		double pooledSquares = squares[0];
		boolean changed = true;
		while (changed) {
			changed = false;
			int worst = -1;
			double lowest = pooledSquares / pooledCount;
			for (int k = 1; k < 3; k++) {
				if (active[k] && !pooled[k] && squares[k] / count[k] < lowest) {
					lowest = squares[k] / count[k];
					worst = k;
				}
			}
			if (worst > 0) {
				pooled[worst] = true;
				pooledCount += count[worst];
				pooledSquares += squares[worst];
				changed = true;
			}
		}
		double variance = pooledSquares / pooledCount;
		if (variance > 0) {
			theta[VARIANCE] = variance;
		}
		for (int k = 1; k < 3; k++) {
			int offset = (k == 1) ? DOWN : UP;
			if (active[k]) {
				theta[offset + 2] = pooled[k] ? theta[VARIANCE] : squares[k] / count[k];
				theta[offset] = count[k] / m;
			}
		}
	}

	/**
	 * The covariance of the free parameters of a fit (inverse observed information), in
	 * the order a, b, s^2, then (p, mean, V) of each component in the model; null when
	 * the information is not positive definite.
	 */
	static double[][] covariance(double[] x, Fit fit) {
		int[] free = freeIndices(fit);
		int k = free.length;
		double[] theta = fit.parameters();
		double[] steps = new double[k];
		double s2 = theta[VARIANCE];
		for (int i = 0; i < k; i++) {
			int p = free[i];
			double typical;
			if (p == INTERCEPT) {
				typical = Math.sqrt(s2);
			}
			else if (p == SLOPE) {
				typical = 1e-2 * Math.max(1e-3, 1 - Math.abs(theta[SLOPE]));
			}
			else if (p == VARIANCE) {
				typical = s2;
			}
			else {
				int offset = (p < UP) ? DOWN : UP;
				int role = p - offset;
				if (role == 0) {
					typical = theta[offset];
				}
				else if (role == 1) {
					typical = Math.sqrt(theta[offset + 2]);
				}
				else {
					typical = theta[offset + 2];
				}
			}
			steps[i] = 1e-4 * typical;
			if (!(steps[i] > 0)) {
				return null;
			}
		}
		double[][] information = new double[k][k];
		double centre = logLikelihood(x, theta);
		for (int i = 0; i < k; i++) {
			for (int j = i; j < k; j++) {
				double value;
				if (i == j) {
					double plus = shifted(x, theta, free[i], steps[i], free[i], 0);
					double minus = shifted(x, theta, free[i], -steps[i], free[i], 0);
					value = (plus - 2 * centre + minus) / (steps[i] * steps[i]);
				}
				else {
					double pp = shifted(x, theta, free[i], steps[i], free[j], steps[j]);
					double pm = shifted(x, theta, free[i], steps[i], free[j], -steps[j]);
					double mp = shifted(x, theta, free[i], -steps[i], free[j], steps[j]);
					double mm = shifted(x, theta, free[i], -steps[i], free[j], -steps[j]);
					value = (pp - pm - mp + mm) / (4 * steps[i] * steps[j]);
				}
				information[i][j] = -value;
				information[j][i] = -value;
			}
		}
		double[][] inverse = invert(information);
		if (inverse == null) {
			return null;
		}
		for (int i = 0; i < k; i++) {
			if (!(inverse[i][i] > 0)) {
				return null;
			}
		}
		return inverse;
	}

	/** The indices into the parameter vector of a fit's free parameters. */
	static int[] freeIndices(Fit fit) {
		int[] free = new int[fit.freeParameters()];
		int n = 0;
		free[n++] = INTERCEPT;
		free[n++] = SLOPE;
		free[n++] = VARIANCE;
		if (fit.down()) {
			free[n++] = DOWN;
			free[n++] = DOWN + 1;
			free[n++] = DOWN + 2;
		}
		if (fit.up()) {
			free[n++] = UP;
			free[n++] = UP + 1;
			free[n++] = UP + 2;
		}
		return free;
	}

	private static double shifted(double[] x, double[] theta, int first, double firstStep, int second,
			double secondStep) {
		double[] moved = theta.clone();
		moved[first] += firstStep;
		moved[second] += secondStep;
		return logLikelihood(x, moved);
	}

	/** Gauss-Jordan inverse with partial pivoting; null when singular. */
	static double[][] invert(double[][] matrix) {
		int n = matrix.length;
		double[][] a = new double[n][2 * n];
		for (int i = 0; i < n; i++) {
			System.arraycopy(matrix[i], 0, a[i], 0, n);
			a[i][n + i] = 1;
		}
		for (int column = 0; column < n; column++) {
			int pivot = column;
			for (int row = column + 1; row < n; row++) {
				if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
					pivot = row;
				}
			}
			if (!(Math.abs(a[pivot][column]) > 0) || !Double.isFinite(a[pivot][column])) {
				return null;
			}
			double[] swap = a[column];
			a[column] = a[pivot];
			a[pivot] = swap;
			double divisor = a[column][column];
			for (int j = 0; j < 2 * n; j++) {
				a[column][j] /= divisor;
			}
			for (int row = 0; row < n; row++) {
				if (row != column && a[row][column] != 0) {
					double factor = a[row][column];
					for (int j = 0; j < 2 * n; j++) {
						a[row][j] -= factor * a[column][j];
					}
				}
			}
		}
		double[][] inverse = new double[n][n];
		for (int i = 0; i < n; i++) {
			System.arraycopy(a[i], n, inverse[i], 0, n);
		}
		return inverse;
	}

}
