package io.lsdrisk.depeg;

/**
 * {@code P(min over (0, T] of peg <= threshold)} with its Monte Carlo standard error.
 *
 * @param threshold peg threshold
 * @param horizonDays horizon T in days
 * @param probability the estimate, in [0, 1]
 * @param standardError its standard error (0 when the answer is certain: the peg starts
 * at or below the threshold)
 */
public record DepegProbabilityResult(double threshold, double horizonDays, double probability, double standardError) {

}
