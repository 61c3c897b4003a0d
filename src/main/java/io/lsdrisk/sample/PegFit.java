package io.lsdrisk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A robust fit of a daily Ornstein-Uhlenbeck process with jumps to a real peg series.
 * <p>
 * {@code x = ln(peg)} is regressed on its previous day (the exact AR(1) form of OU,
 * {@code x' = a + b x + e}). Residuals beyond {@link #JUMP_THRESHOLD} robust standard
 * deviations (1.4826 times the median absolute deviation of all residuals around their
 * median) are taken as jumps and left out of the regression, which is repeated until the
 * set of jumps no longer changes. Then {@code kappa = -ln(b) / dt},
 * {@code mu = a / (1 - b)}, {@code sigma = s sqrt(2 kappa / (1 - b^2))} with {@code s}
 * the standard deviation of the kept residuals, and the jump rate is the number of jumps
 * per year of daily steps. The jumps' sizes are the excluded residuals, kept as an
 * empirical distribution.
 *
 * @param first first day of the window
 * @param last last day of the window
 * @param steps number of daily steps (days minus one)
 * @param kappa mean reversion per year
 * @param mu long-run mean of ln(peg)
 * @param sigma diffusion volatility of ln(peg) per sqrt(year), jumps excluded
 * @param jumpDays days on which a jump was found (the day the residual ends)
 * @param jumpSizes the jumps' residuals in ln(peg), in day order
 */
record PegFit(LocalDate first, LocalDate last, int steps, double kappa, double mu, double sigma,
		List<LocalDate> jumpDays, double[] jumpSizes) {

	/** Residuals beyond this many robust standard deviations are jumps. */
	static final double JUMP_THRESHOLD = 4.0;

	/** Consistency factor of the median absolute deviation for normal data. */
	static final double MAD_TO_STDEV = 1.4826;

	private static final int MAX_ITERATIONS = 50;

	PegFit {
		jumpDays = List.copyOf(jumpDays);
		jumpSizes = jumpSizes.clone();
	}

	/** Jumps per year of daily steps. */
	double jumpRatePerYear() {
		return this.jumpSizes.length / (this.steps * SyntheticModels.DAY_YEARS);
	}

	/**
	 * Fits consecutive daily values.
	 * @param first the day of {@code pegs[0]}
	 * @param pegs peg ratios of consecutive days, at least 10, all positive
	 * @return the fit
	 * @throws IllegalArgumentException if there are too few values or the series does not
	 * mean-revert ({@code b} outside (0, 1))
	 */
	static PegFit fit(LocalDate first, double[] pegs) {
		if (pegs.length < 10) {
			throw new IllegalArgumentException("need at least 10 daily pegs, got " + pegs.length);
		}
		int steps = pegs.length - 1;
		double[] previous = new double[steps];
		double[] next = new double[steps];
		for (int i = 0; i < steps; i++) {
			previous[i] = Math.log(pegs[i]);
			next[i] = Math.log(pegs[i + 1]);
		}
		boolean[] kept = new boolean[steps];
		Arrays.fill(kept, true);
		double a = 0;
		double b = 0;
		double[] residuals = new double[steps];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] line = regression(previous, next, kept);
			a = line[0];
			b = line[1];
			for (int i = 0; i < steps; i++) {
				residuals[i] = next[i] - a - b * previous[i];
			}
			double median = median(residuals);
			double[] deviations = new double[steps];
			for (int i = 0; i < steps; i++) {
				deviations[i] = Math.abs(residuals[i] - median);
			}
			double limit = JUMP_THRESHOLD * MAD_TO_STDEV * median(deviations);
			boolean changed = false;
			for (int i = 0; i < steps; i++) {
				boolean keep = Math.abs(residuals[i] - median) <= limit;
				changed |= keep != kept[i];
				kept[i] = keep;
			}
			if (!changed) {
				break;
			}
		}
		if (!(b > 0 && b < 1)) {
			throw new IllegalArgumentException("the series does not mean-revert: AR(1) slope " + b);
		}
		double squares = 0;
		int count = 0;
		List<LocalDate> jumpDays = new ArrayList<>();
		List<Double> jumps = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			if (kept[i]) {
				squares += residuals[i] * residuals[i];
				count++;
			}
			else {
				jumpDays.add(first.plusDays(i + 1L));
				jumps.add(residuals[i]);
			}
		}
		double stepStdev = Math.sqrt(squares / (count - 2));
		double kappa = -Math.log(b) / SyntheticModels.DAY_YEARS;
		double sigma = stepStdev * Math.sqrt(2 * kappa / (1 - b * b));
		return new PegFit(first, first.plusDays(steps), steps, kappa, a / (1 - b), sigma, jumpDays,
				jumps.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** Least squares of y on x over the kept points: {intercept, slope}. */
	private static double[] regression(double[] x, double[] y, boolean[] kept) {
		double n = 0;
		double sumX = 0;
		double sumY = 0;
		for (int i = 0; i < x.length; i++) {
			if (kept[i]) {
				n++;
				sumX += x[i];
				sumY += y[i];
			}
		}
		double meanX = sumX / n;
		double meanY = sumY / n;
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < x.length; i++) {
			if (kept[i]) {
				sxx += (x[i] - meanX) * (x[i] - meanX);
				sxy += (x[i] - meanX) * (y[i] - meanY);
			}
		}
		double slope = sxy / sxx;
		return new double[] { meanY - slope * meanX, slope };
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
	}

}
