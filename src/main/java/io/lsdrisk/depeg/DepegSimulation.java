package io.lsdrisk.depeg;

import org.jspecify.annotations.Nullable;

/**
 * How a set of depeg probabilities was simulated.
 *
 * @param paths paths simulated (0 when every answer was known without simulation)
 * @param pathsChosenBy {@code REQUEST} (the request named them),
 * {@code TARGET_STANDARD_ERROR} (as many as the target needed) or {@code WORK_LIMIT} (the
 * target needed more than {@code lsdrisk.depeg.max-path-steps} allows: the most the limit
 * allows)
 * @param targetStandardError the accuracy aimed at, null when the request named the paths
 * @param seed the seed used
 * @param method the estimator
 * @param monitoring {@code CONTINUOUS}: crossings between simulated times count (bridge
 * correction)
 * @param stepDays the simulation step in days (refined below one day for fast mean
 * reversion)
 * @param antithetic whether paths were paired with their mirror paths
 * @param pathSteps upper bound of the path-steps of the request's cost, as checked
 * against {@code lsdrisk.depeg.max-path-steps}
 */
public record DepegSimulation(int paths, String pathsChosenBy, @Nullable Double targetStandardError, long seed,
		String method, String monitoring, double stepDays, boolean antithetic, long pathSteps) {

	static final String METHOD = "Monte Carlo of the OU-with-jumps model of ln(peg): exact OU transitions,"
			+ " compound-Poisson jumps at their exact times, Brownian-bridge crossing probability between simulated"
			+ " times (each path contributes 1 - its survival probability), antithetic pairs";

}
