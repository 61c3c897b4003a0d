package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Depeg probability {@code P(min_{0<t<=T} peg_t <= threshold)} under a {@link PegModel},
 * by Monte Carlo. All thresholds and horizons come from one pass over the paths,
 * simulated to the longest horizon.
 * <h2>Method</h2>
 * <ul>
 * <li>Diffusion: the exact OU transition over each step ({@link OrnsteinUhlenbeckStep}),
 * so the distribution at the simulated times is exact for any step size.</li>
 * <li>Jumps: compound Poisson, simulated exactly by drawing exponential waiting times; a
 * step that contains a jump is split at the jump, which is checked against the thresholds
 * on arrival.</li>
 * <li>Crossings between simulated times ({@link Monitoring#CONTINUOUS}): each path
 * carries its survival probability {@code prod_i (1 - p_i)} given the simulated points,
 * p_i the bridge crossing probability of step i, and contributes {@code 1 - survival}.
 * This is the conditional expectation of the crossing indicator given the simulated
 * points, so it is unbiased for the bridge model and has lower variance than sampling the
 * crossings.</li>
 * <li>Antithetic variates (by default): each path is paired with the path driven by -Z.
 * The estimator is monotone in every Z, so the pair is negatively correlated; the
 * standard error is computed from the pair averages, each pair one sample.</li>
 * </ul>
 * <h2>Step size</h2> Daily steps by default. The only discretisation error left is the
 * curvature of the barrier in the bridge's clock, of order {@code kappa * step}: about
 * 0.04 a day for a 46-day half-life. For much faster reversion (half-lives under a few
 * days) pass a smaller {@code stepDays}; the tests check the daily default against an
 * independent PDE solution.
 * <h2>Cost and limits</h2> Work is proportional to
 * {@code paths * maxHorizonDays / stepDays}. At most {@value #MAX_PATHS} paths and
 * {@value #MAX_HORIZON_DAYS} days (10 years). Results depend only on the inputs and the
 * seed.
 */
public final class DepegMonteCarlo {

	/** The largest number of paths a call accepts. */
	public static final int MAX_PATHS = 1_000_000;

	/**
	 * The smallest number of paths a call accepts (a standard error needs a few samples).
	 */
	public static final int MIN_PATHS = 10;

	/** The longest horizon in days: 10 years of 365 days. */
	public static final double MAX_HORIZON_DAYS = 3650;

	/**
	 * Paths used when a caller does not choose: with the conditional estimator the
	 * variance per path is at most p (1 - p) <= 1/4, so 62,500 paths give a standard
	 * error of at most 0.002 even without the antithetic gain.
	 */
	public static final int DEFAULT_PATHS = 62_500;

	/**
	 * Under continuous monitoring the step is refined until {@code kappa * step} is at
	 * most this (the bias was below one standard error of 200,000 paths in the PDE
	 * comparisons).
	 */
	public static final double MAX_KAPPA_STEP = 0.05;

	/**
	 * The refinement stops at hourly steps: {@code kappa} up to about 440 per year (a
	 * half-life of 14 hours) is fully refined.
	 */
	public static final double MIN_REFINED_STEP_DAYS = 1.0 / 24;

	/** Paths of the pilot run of {@link #estimateToStandardError}. */
	static final int PILOT_PATHS = 4_000;

	private DepegMonteCarlo() {
	}

	/**
	 * Estimates with {@link DepegSimulationSettings#DEFAULT}.
	 * @see #estimate(PegModel, double, double[], double[], int, long,
	 * DepegSimulationSettings)
	 */
	public static List<DepegEstimate> estimate(PegModel model, double initialPeg, double[] thresholds,
			double[] horizonsDays, int paths, long seed) {
		return estimate(model, initialPeg, thresholds, horizonsDays, paths, seed, DepegSimulationSettings.DEFAULT);
	}

	/**
	 * Estimates the depeg probability for every threshold and horizon.
	 * @param model the peg model (rates per year, levels in ln(peg))
	 * @param initialPeg peg at time 0, finite and {@code > 0}
	 * @param thresholds peg thresholds, each in (0, 1]; a threshold at or above the
	 * initial peg has probability 1
	 * @param horizonsDays horizons in days, each in (0, {@value #MAX_HORIZON_DAYS}]
	 * @param paths number of paths in [{@value #MIN_PATHS}, {@value #MAX_PATHS}]; with
	 * antithetic pairs an odd count is rounded up to the next even number
	 * @param seed seed of the random numbers; equal inputs and seed give equal results
	 * @param settings step, monitoring, variance reduction, event jumps and peg floor
	 * @return one estimate per (threshold, horizon), thresholds in the outer loop, each
	 * in the order given
	 */
	public static List<DepegEstimate> estimate(PegModel model, double initialPeg, double[] thresholds,
			double[] horizonsDays, int paths, long seed, DepegSimulationSettings settings) {
		Arguments.notNull("model", model);
		Arguments.positive("initialPeg", initialPeg);
		validateThresholds(thresholds);
		validateHorizons(horizonsDays);
		validatePaths(paths);
		Arguments.notNull("settings", settings);

		double initialLogPeg = Math.log(initialPeg);
		double[] barriers = simulatedBarriers(thresholds, initialLogPeg,
				reachableFloor(model, settings, initialLogPeg));
		double[] horizons = Arrays.stream(horizonsDays).distinct().sorted().toArray();
		SampleMoments moments = new SampleMoments(0);
		if (barriers.length > 0) {
			moments = new PathSimulation(model, settings, initialLogPeg, barriers, horizons).run(paths, seed);
		}
		return collect(thresholds, horizonsDays, initialLogPeg, barriers, horizons, moments);
	}

	/**
	 * Estimates with as many paths as needed for a standard error of at most
	 * {@code targetStandardError} in every cell (up to {@value #MAX_PATHS} paths): a
	 * pilot of {@value #PILOT_PATHS} paths measures the largest variance per path, a
	 * second run with an independent stream adds the paths still needed (with 10 % to
	 * spare), and both are pooled. Deterministic for a given seed.
	 * @param targetStandardError the accuracy wanted, finite and in [1e-4, 0.5]
	 * @return the estimates and the number of paths used
	 * @see #estimate(PegModel, double, double[], double[], int, long,
	 * DepegSimulationSettings)
	 */
	public static DepegEstimates estimateToStandardError(PegModel model, double initialPeg, double[] thresholds,
			double[] horizonsDays, double targetStandardError, long seed, DepegSimulationSettings settings) {
		Arguments.notNull("model", model);
		Arguments.positive("initialPeg", initialPeg);
		validateThresholds(thresholds);
		validateHorizons(horizonsDays);
		if (!(targetStandardError >= 1e-4 && targetStandardError <= 0.5)) {
			throw new IllegalArgumentException(
					"targetStandardError must be in [0.0001, 0.5], was " + targetStandardError);
		}
		Arguments.notNull("settings", settings);
		double initialLogPeg = Math.log(initialPeg);
		double[] barriers = simulatedBarriers(thresholds, initialLogPeg,
				reachableFloor(model, settings, initialLogPeg));
		double[] horizons = Arrays.stream(horizonsDays).distinct().sorted().toArray();
		if (barriers.length == 0) {
			return new DepegEstimates(
					collect(thresholds, horizonsDays, initialLogPeg, barriers, horizons, new SampleMoments(0)), 0);
		}
		PathSimulation simulation = new PathSimulation(model, settings, initialLogPeg, barriers, horizons);
		SampleMoments moments = simulation.run(PILOT_PATHS, seed);
		long pathsUsed = moments.samples() * simulation.pathsPerSample();
		double neededSamples = moments.maxVariance() / (targetStandardError * targetStandardError);
		if (neededSamples > moments.samples()) {
			long morePaths = (long) Math.ceil(1.1 * (neededSamples - moments.samples())) * simulation.pathsPerSample();
			int extra = (int) Math.min(MAX_PATHS - pathsUsed, Math.max(MIN_PATHS, morePaths));
			if (extra > 0) {
				// an independent stream: the golden-ratio increment of SplittableRandom
				SampleMoments more = simulation.run(extra, seed ^ 0x9E3779B97F4A7C15L);
				moments.merge(more);
				pathsUsed = moments.samples() * simulation.pathsPerSample();
			}
		}
		return new DepegEstimates(collect(thresholds, horizonsDays, initialLogPeg, barriers, horizons, moments),
				(int) pathsUsed);
	}

	/**
	 * The floor below which no path can go: the peg floor when nothing can jump and the
	 * path starts at or above it; 0 otherwise (a jump suspends the floor for the rest of
	 * its path).
	 */
	private static double reachableFloor(PegModel model, DepegSimulationSettings settings, double initialLogPeg) {
		boolean jumps = model.jumps().isActive() || settings.eventJumps().stream().anyMatch(JumpComponent::isActive);
		boolean floorBinds = settings.pegFloor() > 0 && initialLogPeg >= Math.log(settings.pegFloor());
		return (!jumps && floorBinds) ? settings.pegFloor() : 0;
	}

	/**
	 * Barriers still to be simulated, closest first: a path below barrier k is below all
	 * closer ones, so the crossed barriers are always a prefix of this order. Thresholds
	 * at or above the initial peg, or below the floor, have known answers.
	 */
	private static double[] simulatedBarriers(double[] thresholds, double initialLogPeg, double pegFloor) {
		double[] barriers = Arrays.stream(thresholds)
			.filter((threshold) -> Math.log(threshold) < initialLogPeg && threshold >= pegFloor)
			.map(Math::log)
			.distinct()
			.sorted()
			.toArray();
		reverse(barriers);
		return barriers;
	}

	private static List<DepegEstimate> collect(double[] thresholds, double[] horizonsDays, double initialLogPeg,
			double[] barriers, double[] horizons, SampleMoments moments) {
		List<DepegEstimate> results = new ArrayList<>(thresholds.length * horizonsDays.length);
		for (double threshold : thresholds) {
			int barrierIndex = indexOf(barriers, Math.log(threshold));
			for (double horizonDays : horizonsDays) {
				if (Math.log(threshold) >= initialLogPeg) {
					results.add(new DepegEstimate(threshold, horizonDays, 1, 0));
				}
				else if (barrierIndex < 0) {
					// Below the floor: a path must cross the floor to get there. The
					// floor does
					// not alter the first passage to any level above it.
					results.add(new DepegEstimate(threshold, horizonDays, 0, 0));
				}
				else {
					int cell = barrierIndex * horizons.length + Arrays.binarySearch(horizons, horizonDays);
					results.add(
							new DepegEstimate(threshold, horizonDays, moments.mean(cell), moments.standardError(cell)));
				}
			}
		}
		return results;
	}

	private static void validateThresholds(double[] thresholds) {
		if (thresholds == null || thresholds.length == 0) {
			throw new IllegalArgumentException("thresholds must contain at least one value");
		}
		for (int i = 0; i < thresholds.length; i++) {
			if (!(thresholds[i] > 0 && thresholds[i] <= 1)) {
				throw new IllegalArgumentException("thresholds[" + i + "] must be in (0, 1], was " + thresholds[i]);
			}
		}
	}

	private static void validateHorizons(double[] horizonsDays) {
		if (horizonsDays == null || horizonsDays.length == 0) {
			throw new IllegalArgumentException("horizonsDays must contain at least one value");
		}
		for (int i = 0; i < horizonsDays.length; i++) {
			if (!(horizonsDays[i] > 0 && horizonsDays[i] <= MAX_HORIZON_DAYS)) {
				throw new IllegalArgumentException("horizonsDays[" + i + "] must be in (0, " + (int) MAX_HORIZON_DAYS
						+ "] days (10 years), was " + horizonsDays[i]);
			}
		}
	}

	private static void validatePaths(int paths) {
		if (paths < MIN_PATHS || paths > MAX_PATHS) {
			throw new IllegalArgumentException(
					"paths must be between " + MIN_PATHS + " and " + MAX_PATHS + ", was " + paths);
		}
	}

	private static int indexOf(double[] values, double value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private static void reverse(double[] values) {
		for (int i = 0, j = values.length - 1; i < j; i++, j--) {
			double swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

}
