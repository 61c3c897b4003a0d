package io.lsdrisk.compute.peg;

import java.util.List;

/**
 * Depeg estimates and the number of paths that produced them.
 *
 * @param results one estimate per (threshold, horizon), thresholds in the outer loop
 * @param paths paths simulated (0 when every answer was known without simulation)
 */
public record DepegEstimates(List<DepegEstimate> results, int paths) {

	public DepegEstimates {
		results = List.copyOf(results);
	}

}
