package io.lsdrisk.compute.peg;

import java.util.List;

/**
 * Depeg estimates and how they were obtained.
 *
 * @param results one estimate per (threshold, horizon), thresholds in the outer loop
 * @param paths paths the estimates pool (0 when every answer was known without
 * simulation)
 * @param importanceSampling whether the estimates come from importance-sampled paths
 * @param targetReached whether the accuracy aimed at was reached within the path budget
 * (always true for a run of a given path count)
 */
public record DepegEstimates(List<DepegEstimate> results, int paths, boolean importanceSampling,
		boolean targetReached) {

	public DepegEstimates {
		results = List.copyOf(results);
	}

	/** Estimates of a run of a given path count. */
	public DepegEstimates(List<DepegEstimate> results, int paths, boolean importanceSampling) {
		this(results, paths, importanceSampling, true);
	}

}
