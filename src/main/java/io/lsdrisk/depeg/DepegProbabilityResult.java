package io.lsdrisk.depeg;

/**
 * {@code P(min over (0, T] of peg <= threshold)} with its Monte Carlo standard error and
 * a one-sided 95 % upper bound.
 *
 * @param threshold peg threshold
 * @param horizonDays horizon T in days
 * @param probability the estimate, in [0, 1]
 * @param standardError its standard error (0 only when the answer is exact under the
 * model: the peg starts at or below the threshold, or no jump can pass the floor above
 * the threshold)
 * @param upperBound95 one-sided 95 % upper confidence bound of the probability: without
 * any hit in n paths the Clopper-Pearson bound {@code 1 - 0.05^(1/n)} (antithetic paths
 * counted one by one), with few effective hits the larger of Clopper-Pearson's and
 * {@code probability + 1.645 standardError}, otherwise the latter
 */
public record DepegProbabilityResult(double threshold, double horizonDays, double probability, double standardError,
		double upperBound95) {

}
