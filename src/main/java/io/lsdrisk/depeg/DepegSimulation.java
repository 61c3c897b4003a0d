package io.lsdrisk.depeg;

import org.jspecify.annotations.Nullable;

/**
 * How a set of depeg probabilities was simulated.
 *
 * @param paths paths simulated (0 when every answer was known without simulation)
 * @param pathsChosenBy {@code REQUEST} (the request named them),
 * {@code TARGET_STANDARD_ERROR} (as many as the targets needed) or {@code WORK_LIMIT}
 * (the targets needed more than {@code lsdrisk.depeg.max-path-steps} or {@code max-paths}
 * allow: the most the limits allow)
 * @param targetStandardError the accuracy aimed at, null when the request named the paths
 * @param targetRelativeStandardError the relative accuracy aimed at in an
 * importance-sampled run (cells of probability at least 1e-6), null when the request
 * named the paths or the run was not importance-sampled
 * @param seed the seed used
 * @param method the estimator
 * @param importanceSampling whether the paths sampled the rare jump sources under the
 * tilted mixture (with the exact likelihood ratio)
 * @param monitoring {@code CONTINUOUS}: crossings between simulated times count (bridge
 * correction)
 * @param stepDays the simulation step in days (refined below one day for fast mean
 * reversion)
 * @param antithetic whether paths were paired with their mirror paths
 * @param pathSteps upper bound of the path-steps of the request's cost, as checked
 * against {@code lsdrisk.depeg.max-path-steps}
 */
public record DepegSimulation(int paths, String pathsChosenBy, @Nullable Double targetStandardError,
		@Nullable Double targetRelativeStandardError, long seed, String method, boolean importanceSampling,
		String monitoring, double stepDays, boolean antithetic, long pathSteps) {

	static final String METHOD = "Monte Carlo of the OU-with-jumps model of ln(peg) with the regime state machine:"
			+ " exact OU transitions, compound-Poisson jumps at their exact times, in the open regime a reflecting"
			+ " barrier at the redemption floor (Skorokhod reflection with the bridge minimum) until a stress jump"
			+ " switches the path to the stressed dynamics for an exponential sojourn; Brownian-bridge crossing"
			+ " probability between simulated times (each path contributes 1 - its survival probability),"
			+ " antithetic pairs";

	static final String IMPORTANCE_METHOD = METHOD + "; importance sampling of the rare jump sources (defensive"
			+ " mixture: half the paths untilted, half with intensities raised to about one jump per horizon and"
			+ " jump means shifted to the lowest threshold; each cell weighted by the exact likelihood ratio)";

}
