package io.lsdrisk.compute.peg;

/**
 * A Monte Carlo estimate of {@code P(min_{0<t<=T} peg_t <= threshold)}.
 *
 * @param threshold peg threshold, in (0, 1]
 * @param horizonDays horizon T in days
 * @param probability the estimate, in [0, 1]
 * @param standardError its standard error (0 when the answer is certain: initial peg at
 * or below the threshold, or threshold below the peg floor)
 */
public record DepegEstimate(double threshold, double horizonDays, double probability, double standardError) {

}
