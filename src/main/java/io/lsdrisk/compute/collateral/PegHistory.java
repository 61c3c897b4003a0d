package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * Statistics of a peg-ratio history (market price over exchange rate) that feed the
 * haircut methods.
 *
 * @param observations number of observations
 * @param annualisedVolatility realised volatility of {@code ln(peg)}, per sqrt(year):
 * {@code sqrt(sum (ln p_i - ln p_{i-1})^2 / sum (t_i - t_{i-1}) * 365)}, zero mean, which
 * suits irregular updates such as Chainlink rounds
 * @param maxDiscount {@code max(0, 1 - min peg)}
 * @param maxDivergence {@code max |1 - peg|}: Gauntlet's "divergence between market rate
 * and conversion rate"
 * @param worstDropOverHorizon largest fall within any window of the horizon: {@code max_i
 * max(0, 1 - min_{t_i < t_j <= t_i + h} p_j / p_i)}
 * @param horizonDays the horizon h, days
 */
public record PegHistory(int observations, double annualisedVolatility, double maxDiscount, double maxDivergence,
		double worstDropOverHorizon, double horizonDays) {

	/**
	 * Computes the statistics.
	 * @param timesDays observation times in days (any origin), strictly increasing
	 * @param pegRatios peg ratios, {@code > 0}, same length, at least 2
	 * @param horizonDays liquidation horizon for the worst drop, {@code > 0}
	 * @return the statistics
	 */
	public static PegHistory of(double[] timesDays, double[] pegRatios, double horizonDays) {
		Arguments.notNull("timesDays", timesDays);
		Arguments.notNull("pegRatios", pegRatios);
		if (timesDays.length != pegRatios.length) {
			throw new IllegalArgumentException("timesDays and pegRatios must have the same length, were "
					+ timesDays.length + " and " + pegRatios.length);
		}
		if (pegRatios.length < 2) {
			throw new IllegalArgumentException("pegRatios must hold at least 2 observations, had " + pegRatios.length);
		}
		Arguments.positive("horizonDays", horizonDays);
		int n = pegRatios.length;
		double sumSquares = 0;
		double minPeg = Double.POSITIVE_INFINITY;
		double maxDivergence = 0;
		for (int i = 0; i < n; i++) {
			if (!(pegRatios[i] > 0) || Double.isInfinite(pegRatios[i])) {
				throw new IllegalArgumentException("pegRatios[" + i + "] must be finite and > 0, was " + pegRatios[i]);
			}
			if (!Double.isFinite(timesDays[i]) || (i > 0 && !(timesDays[i] > timesDays[i - 1]))) {
				throw new IllegalArgumentException(
						"timesDays must be finite and strictly increasing, was " + timesDays[i] + " at index " + i);
			}
			if (i > 0) {
				double change = Math.log(pegRatios[i] / pegRatios[i - 1]);
				sumSquares += change * change;
			}
			minPeg = Math.min(minPeg, pegRatios[i]);
			maxDivergence = Math.max(maxDivergence, Math.abs(1 - pegRatios[i]));
		}
		double spanYears = (timesDays[n - 1] - timesDays[0]) / 365.0;
		double worstDrop = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n && timesDays[j] - timesDays[i] <= horizonDays; j++) {
				worstDrop = Math.max(worstDrop, 1 - pegRatios[j] / pegRatios[i]);
			}
		}
		return new PegHistory(n, Math.sqrt(sumSquares / spanYears), Math.max(0, 1 - minPeg), maxDivergence, worstDrop,
				horizonDays);
	}

}
