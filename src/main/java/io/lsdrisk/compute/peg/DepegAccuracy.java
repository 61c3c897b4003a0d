package io.lsdrisk.compute.peg;

/**
 * The accuracy {@link DepegMonteCarlo#estimateToAccuracy} aims at, and its path budget.
 *
 * @param standardError the largest standard error of any cell, in [1e-4, 0.5]
 * @param relativeStandardError the largest standard error as a fraction of the
 * probability, for the cells of an importance-sampled run with probability at least
 * {@value DepegMonteCarlo#MIN_RELATIVE_PROBABILITY}; {@code > 0},
 * {@code Double.POSITIVE_INFINITY} for none
 * @param maxPaths the most paths to simulate, pilots included, in
 * [{@value DepegMonteCarlo#MIN_PATHS}, {@value DepegMonteCarlo#MAX_PATHS}]
 */
public record DepegAccuracy(double standardError, double relativeStandardError, long maxPaths) {

	public DepegAccuracy {
		if (!(standardError >= 1e-4 && standardError <= 0.5)) {
			throw new IllegalArgumentException("targetStandardError must be in [0.0001, 0.5], was " + standardError);
		}
		if (!(relativeStandardError > 0)) {
			throw new IllegalArgumentException("relativeStandardError must be > 0, was " + relativeStandardError);
		}
		if (maxPaths < DepegMonteCarlo.MIN_PATHS || maxPaths > DepegMonteCarlo.MAX_PATHS) {
			throw new IllegalArgumentException("maxPaths must be between " + DepegMonteCarlo.MIN_PATHS + " and "
					+ DepegMonteCarlo.MAX_PATHS + ", was " + maxPaths);
		}
	}

}
