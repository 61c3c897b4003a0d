package io.lsdrisk.compute.peg;

/**
 * A Monte Carlo estimate of {@code P(min_{0<t<=T} peg_t <= threshold)}.
 *
 * @param threshold peg threshold, in (0, 1]
 * @param horizonDays horizon T in days
 * @param probability the estimate, in [0, 1]
 * @param standardError its standard error (0 only when the answer is exact under the
 * model: initial peg at or below the threshold, or a threshold below a floor nothing can
 * jump through)
 * @param upperBound95 a one-sided 95 % upper confidence bound of the probability, in
 * [probability, 1] (see {@link DepegMonteCarlo}, "Upper bound"); equal to
 * {@code probability} only for the exact answers
 */
public record DepegEstimate(double threshold, double horizonDays, double probability, double standardError,
		double upperBound95) {

}
