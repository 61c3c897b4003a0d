package io.lsdrisk.depeg;

import java.util.List;

/**
 * Depeg probabilities for every (threshold, horizon) of a request.
 *
 * @param results one per (threshold, horizon), thresholds in the outer loop, each in the
 * order requested
 * @param simulation how they were simulated
 */
record DepegProbabilityResponse(List<DepegProbabilityResult> results, DepegSimulation simulation) {

}
