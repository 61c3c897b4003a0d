package io.lsdrisk.compute.peg;

import java.util.SplittableRandom;

import io.lsdrisk.compute.Arguments;

/**
 * Scores of probability forecasts of binary events, and the two tests the backtest
 * reports on them. Every method takes forecasts and outcomes in date order, one per
 * forecast.
 * <ul>
 * <li>Brier score: the mean of {@code (p - o)^2}, o 0 or 1. 0 is perfect; lower is
 * better.</li>
 * <li>Log score: the mean of {@code -(o ln p + (1 - o) ln(1 - p))} with p clipped to
 * {@code [clip, 1 - clip]}, so that a certain forecast that misses costs
 * {@code -ln(clip)} instead of infinity. Lower is better.</li>
 * <li>Moving-block bootstrap (Kuensch 1989) of a mean loss: forecasts whose outcome
 * windows overlap have correlated losses, so blocks of consecutive losses are resampled
 * together.</li>
 * <li>Diebold-Mariano (1995) test of equal expected loss, with the Newey-West (Bartlett
 * kernel) long-run variance of the loss difference and a two-sided normal p-value.</li>
 * </ul>
 */
public final class ForecastScores {

	private ForecastScores() {
	}

	/**
	 * The Brier score of forecasts {@code p} of outcomes {@code o}; 0 when there are
	 * none.
	 */
	public static double brier(double[] p, boolean[] o) {
		return mean(squaredErrors(p, o));
	}

	/** The log score (mean log loss) with probabilities clipped to [clip, 1 - clip]. */
	public static double logScore(double[] p, boolean[] o, double clip) {
		return mean(logLosses(p, o, clip));
	}

	/** {@code (p_i - o_i)^2} per forecast. */
	public static double[] squaredErrors(double[] p, boolean[] o) {
		checkPairs(p, o);
		double[] losses = new double[p.length];
		for (int i = 0; i < p.length; i++) {
			double error = p[i] - (o[i] ? 1 : 0);
			losses[i] = error * error;
		}
		return losses;
	}

	/** {@code -ln(p_i)} or {@code -ln(1 - p_i)} per forecast, p clipped. */
	public static double[] logLosses(double[] p, boolean[] o, double clip) {
		checkPairs(p, o);
		if (!(clip > 0 && clip < 0.5)) {
			throw new IllegalArgumentException("clip must be in (0, 0.5), was " + clip);
		}
		double[] losses = new double[p.length];
		for (int i = 0; i < p.length; i++) {
			double clipped = Math.min(1 - clip, Math.max(clip, p[i]));
			losses[i] = -Math.log(o[i] ? clipped : 1 - clipped);
		}
		return losses;
	}

	/** The mean of {@code values}; 0 for none. */
	public static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return (values.length == 0) ? 0 : sum / values.length;
	}

	/**
	 * A percentile interval for the mean of {@code losses} by the moving-block bootstrap:
	 * each resample joins {@code ceil(n / blockLength)} blocks of {@code blockLength}
	 * consecutive losses, each starting at a uniform index in
	 * {@code [0, n - blockLength]}, cut to n values.
	 * @param losses per-forecast losses in date order, at least one
	 * @param blockLength consecutive losses per block, in [1, n]
	 * @param resamples number of bootstrap resamples, {@code >= 100}
	 * @param seed random seed
	 * @param level confidence level in (0, 1), e.g. 0.95
	 * @return the {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles of the
	 * resampled means
	 */
	public static Interval blockBootstrapMean(double[] losses, int blockLength, int resamples, long seed,
			double level) {
		int n = losses.length;
		if (n == 0 || blockLength < 1 || blockLength > n) {
			throw new IllegalArgumentException(
					"need at least one loss and blockLength in [1, " + n + "], was " + blockLength);
		}
		if (resamples < 100) {
			throw new IllegalArgumentException("resamples must be >= 100, was " + resamples);
		}
		Arguments.openFraction("level", level);
		double[] prefix = new double[n + 1];
		for (int i = 0; i < n; i++) {
			prefix[i + 1] = prefix[i] + losses[i];
		}
		SplittableRandom random = new SplittableRandom(seed);
		int starts = n - blockLength + 1;
		double[] means = new double[resamples];
		for (int r = 0; r < resamples; r++) {
			double sum = 0;
			int taken = 0;
			while (taken < n) {
				int start = random.nextInt(starts);
				int length = Math.min(blockLength, n - taken);
				sum += prefix[start + length] - prefix[start];
				taken += length;
			}
			means[r] = sum / n;
		}
		java.util.Arrays.sort(means);
		return new Interval(quantile(means, (1 - level) / 2), quantile(means, (1 + level) / 2));
	}

	/**
	 * The Diebold-Mariano statistic for the loss difference {@code d_i = a_i - b_i}:
	 * {@code mean(d) / sqrt(S / n)} with the Newey-West long-run variance {@code S = g_0
	 * + 2 sum_{j=1..lag} (1 - j / (lag + 1)) g_j}, g_j the lag-j autocovariance of d
	 * (divided by n). Negative: {@code a} has the lower loss.
	 * @param lossA per-forecast losses of the first forecaster
	 * @param lossB those of the second, as many
	 * @param lag autocovariance lags, {@code >= 0} (forecasts whose outcome windows
	 * overlap by h - 1 steps have an MA(h - 1) loss difference under the null: lag h - 1)
	 * @return the test, with a null statistic and p-value when the differences have no
	 * variance (identical losses, or fewer than two forecasts)
	 */
	public static DieboldMariano dieboldMariano(double[] lossA, double[] lossB, int lag) {
		if (lossA.length != lossB.length) {
			throw new IllegalArgumentException("lossA and lossB must have the same length");
		}
		if (lag < 0) {
			throw new IllegalArgumentException("lag must be >= 0, was " + lag);
		}
		int n = lossA.length;
		double[] d = new double[n];
		for (int i = 0; i < n; i++) {
			d[i] = lossA[i] - lossB[i];
		}
		double meanDifference = mean(d);
		int usedLag = Math.min(lag, Math.max(0, n - 1));
		double variance = autocovariance(d, meanDifference, 0);
		for (int j = 1; j <= usedLag; j++) {
			variance += 2 * (1 - (double) j / (usedLag + 1)) * autocovariance(d, meanDifference, j);
		}
		if (n < 2 || !(variance > 0)) {
			return new DieboldMariano(null, null, meanDifference, usedLag, n);
		}
		double statistic = meanDifference / Math.sqrt(variance / n);
		double pValue = 2 * StandardNormal.cdf(-Math.abs(statistic));
		return new DieboldMariano(statistic, pValue, meanDifference, usedLag, n);
	}

	private static double autocovariance(double[] d, double mean, int lag) {
		double sum = 0;
		for (int i = lag; i < d.length; i++) {
			sum += (d[i] - mean) * (d[i - lag] - mean);
		}
		return sum / d.length;
	}

	/** The type-7 (linear interpolation) quantile of sorted values. */
	private static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(sorted.length - 1, below + 1);
		double weight = position - below;
		return sorted[below] * (1 - weight) + sorted[above] * weight;
	}

	private static void checkPairs(double[] p, boolean[] o) {
		if (p.length != o.length) {
			throw new IllegalArgumentException("forecasts and outcomes must have the same length");
		}
		for (int i = 0; i < p.length; i++) {
			if (!(p[i] >= 0 && p[i] <= 1)) {
				throw new IllegalArgumentException("forecast " + i + " must be a probability in [0, 1], was " + p[i]);
			}
		}
	}

	/**
	 * A closed interval.
	 *
	 * @param lower lower end
	 * @param upper upper end
	 */
	public record Interval(double lower, double upper) {

	}

	/**
	 * A Diebold-Mariano test.
	 *
	 * @param statistic the DM statistic (asymptotically standard normal under equal
	 * expected loss), null without variance
	 * @param pValue two-sided p-value, null without variance
	 * @param meanLossDifference mean of {@code lossA - lossB}
	 * @param lag Newey-West lags used
	 * @param forecasts number of forecast pairs
	 */
	public record DieboldMariano(Double statistic, Double pValue, double meanLossDifference, int lag, int forecasts) {

	}

}
