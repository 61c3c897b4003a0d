package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Depeg probability {@code P(min_{0<t<=T} peg_t <= threshold)} under a {@link PegModel}
 * and a {@link RegimeSwitching} regime model, by Monte Carlo. All thresholds and horizons
 * come from one pass over the paths, simulated to the longest horizon.
 * <h2>Method</h2>
 * <ul>
 * <li>Diffusion: the exact OU transition over each step ({@link OrnsteinUhlenbeckStep})
 * with the dynamics of the path's {@link PegState}, so the distribution at the simulated
 * times is exact for any step size between events.</li>
 * <li>Redemption barrier ({@code OPEN} state): a reflecting barrier at the floor, by the
 * Skorokhod reflection of each exact step with the bridge minimum drawn from its law
 * (exact for Brownian motion with drift at any step, convergent in {@code kappa * step}
 * for OU); the reflected path never goes below the floor, and the result does not depend
 * on the grid beyond that convergence.</li>
 * <li>Jumps: compound Poisson, simulated exactly by drawing exponential waiting times; a
 * step that contains a jump (or the end of a stressed sojourn) is split there. A stress
 * jump (a down-jump at or beyond {@link RegimeSwitching#stressLogJump()}) switches an
 * {@code OPEN} path to {@code STRESSED} for an exponential sojourn.</li>
 * <li>Crossings between simulated times ({@link Monitoring#CONTINUOUS}): each path
 * carries its survival probability {@code prod_i (1 - p_i)} given the simulated points,
 * p_i the bridge crossing probability of step i (conditioned on the bridge minimum when
 * the floor reflects), and contributes {@code 1 - survival}: the conditional expectation
 * of the crossing indicator, unbiased for the bridge model, with lower variance than
 * sampled crossings.</li>
 * <li>Antithetic variates (by default): each path is paired with the path driven by -Z,
 * mirrored jump sizes and antithetic waiting times ({@code -ln U} and {@code -ln(1 - U)}
 * for the arrivals and sojourns, so the pair's jump counts are negatively correlated);
 * the standard error is computed from the pair averages, each pair one sample.</li>
 * <li>Importance sampling ({@link ImportanceSampling}) of the rare jump sources (those
 * with fewer than one jump expected by the longest horizon, such as protocol events): a
 * defensive mixture M of the model P (half the paths) and, in equal shares, one tilted
 * measure per horizon h_k under which the rare sources arrive {@code a_k = max(1, 1 /
 * (lambda_r h_k))} times as often (about one jump by h_k) and their jump means are
 * shifted to reach the lowest threshold from the initial peg. Each cell is weighted by
 * the exact likelihood ratio dP/dM of the path up to its horizon, which is at most 2: the
 * estimator is unbiased and its second moment never exceeds twice the plain one, while
 * rare jump-driven cells gain orders of magnitude.</li>
 * </ul>
 * <h2>Upper bound</h2> Every simulated cell carries a one-sided 95 % upper bound. Plain
 * sampling: with {@code k = floor(sum of the path contributions)} effective hits out of n
 * paths (antithetic paths counted one by one: a pair's paths are negatively correlated,
 * so counting them as independent trials is conservative), the larger of the
 * Clopper-Pearson bound for k of n ({@code 1 - 0.05^(1/n)} for no hit) and
 * {@code p + 1.645 SE} while {@code k < }{@value #FEW_EFFECTIVE_HITS}, else
 * {@code p + 1.645 SE}. Importance sampling: {@code p + 1.645 SE}, and in a cell without
 * any hit at least the Clopper-Pearson bound for the paths drawn from P.
 * <h2>Step size</h2> Daily steps by default, refined so that {@code kappa * step} stays
 * at most {@value #MAX_KAPPA_STEP} (hourly at the finest) for the fastest dynamics of the
 * path; the tests check the result against closed forms and a PDE, and that halving the
 * step changes no probability by more than its standard error.
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

	/** Paths of the pilot run of {@link #estimateToAccuracy}. */
	public static final int PILOT_PATHS = 4_000;

	/**
	 * Under {@link ImportanceSampling#AUTO}, a plain pilot with fewer hits than this in
	 * some cell switches to importance sampling.
	 */
	public static final int FEW_HITS = 20;

	/**
	 * The relative accuracy of an importance-sampled run applies to cells whose
	 * probability is at least this.
	 */
	public static final double MIN_RELATIVE_PROBABILITY = 1e-6;

	/** Below this many effective hits the upper bound is Clopper-Pearson's. */
	static final int FEW_EFFECTIVE_HITS = 50;

	private static final double ONE_SIDED_ALPHA = 0.05;

	/** The standard normal 95 % quantile. */
	private static final double NORMAL_QUANTILE_95 = 1.6448536269514722;

	/** An independent stream: the golden-ratio increment of SplittableRandom. */
	private static final long INDEPENDENT_STREAM = 0x9E3779B97F4A7C15L;

	private static final long IMPORTANCE_STREAM = 0xBF58476D1CE4E5B9L;

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
	 * @param model the peg model (rates per year, levels in ln(peg)); in the open regime
	 * its diffusion is that of the {@code OPEN} state
	 * @param initialPeg peg at time 0, finite and {@code > 0}
	 * @param thresholds peg thresholds, each in (0, 1]; a threshold at or above the
	 * initial peg has probability 1
	 * @param horizonsDays horizons in days, each in (0, {@value #MAX_HORIZON_DAYS}]
	 * @param paths number of paths in [{@value #MIN_PATHS}, {@value #MAX_PATHS}]; with
	 * antithetic pairs an odd count is rounded up to the next even number
	 * @param seed seed of the random numbers; equal inputs and seed give equal results
	 * @param settings step, monitoring, variance reduction, event jumps, regime model and
	 * importance sampling ({@code AUTO} is on when a rare jump source exists)
	 * @return one estimate per (threshold, horizon), thresholds in the outer loop, each
	 * in the order given
	 */
	public static List<DepegEstimate> estimate(PegModel model, double initialPeg, double[] thresholds,
			double[] horizonsDays, int paths, long seed, DepegSimulationSettings settings) {
		return run(model, initialPeg, thresholds, horizonsDays, paths, seed, settings).results();
	}

	/**
	 * {@link #estimate(PegModel, double, double[], double[], int, long, DepegSimulationSettings)}
	 * with the path count and the sampling method used.
	 */
	public static DepegEstimates run(PegModel model, double initialPeg, double[] thresholds, double[] horizonsDays,
			int paths, long seed, DepegSimulationSettings settings) {
		Arguments.notNull("model", model);
		Arguments.positive("initialPeg", initialPeg);
		validateThresholds(thresholds);
		validateHorizons(horizonsDays);
		validatePaths(paths);
		Arguments.notNull("settings", settings);
		Grid grid = Grid.of(model, settings, Math.log(initialPeg), thresholds, horizonsDays);
		if (grid.barriers.length == 0) {
			return new DepegEstimates(grid.collect(null, false), 0, false);
		}
		PathSimulation simulation = grid.simulation(model, settings,
				settings.importanceSampling() != ImportanceSampling.OFF);
		PathSimulation.Tally tally = simulation.run(paths, seed);
		return new DepegEstimates(grid.collect(tally, simulation.importanceSampled()), (int) tally.paths,
				simulation.importanceSampled());
	}

	/**
	 * Estimates with as many paths as needed for a standard error of at most
	 * {@code targetStandardError} in every cell, without a relative target and with up to
	 * {@value #MAX_PATHS} paths.
	 * @see #estimateToAccuracy
	 */
	public static DepegEstimates estimateToStandardError(PegModel model, double initialPeg, double[] thresholds,
			double[] horizonsDays, double targetStandardError, long seed, DepegSimulationSettings settings) {
		return estimateToAccuracy(model, initialPeg, thresholds, horizonsDays,
				new DepegAccuracy(targetStandardError, Double.POSITIVE_INFINITY, MAX_PATHS), seed, settings);
	}

	/**
	 * Estimates with as many paths as the accuracy needs (up to its path budget). A pilot
	 * of {@value #PILOT_PATHS} paths measures the variance per path of every cell; a
	 * second run with an independent stream adds the paths still needed (with 10 % to
	 * spare), and both are pooled. Deterministic for a given seed.
	 * <p>
	 * Importance sampling ({@code AUTO}): when the model has a rare jump source and the
	 * plain pilot has fewer than {@value #FEW_HITS} hits in some cell, the plain pilot is
	 * set aside (its paths count against the budget) and both runs sample the tilted
	 * mixture. Only then does the relative target apply: every cell whose pilot estimate
	 * is at least {@value #MIN_RELATIVE_PROBABILITY} aims at a standard error of at most
	 * {@code relativeStandardError} times its probability as well (plain Monte Carlo
	 * could not reach it for rare cells within any reasonable budget; their
	 * {@code upperBound95} says how small they are).
	 * @param accuracy the targets and the path budget
	 * @return the estimates, the paths they pool and whether they are importance-sampled;
	 * {@link DepegEstimates#targetReached()} says whether the budget sufficed
	 */
	public static DepegEstimates estimateToAccuracy(PegModel model, double initialPeg, double[] thresholds,
			double[] horizonsDays, DepegAccuracy accuracy, long seed, DepegSimulationSettings settings) {
		Arguments.notNull("model", model);
		Arguments.positive("initialPeg", initialPeg);
		validateThresholds(thresholds);
		validateHorizons(horizonsDays);
		Arguments.notNull("accuracy", accuracy);
		Arguments.notNull("settings", settings);
		Grid grid = Grid.of(model, settings, Math.log(initialPeg), thresholds, horizonsDays);
		if (grid.barriers.length == 0) {
			return new DepegEstimates(grid.collect(null, false), 0, false);
		}
		long budget = accuracy.maxPaths();
		ImportanceSampling mode = settings.importanceSampling();
		PathSimulation simulation = grid.simulation(model, settings, mode == ImportanceSampling.ON);
		long pilotPaths = Math.min(PILOT_PATHS, budget);
		PathSimulation.Tally pilot = simulation.run(pilotPaths, seed);
		long spent = pilot.paths;
		if (mode == ImportanceSampling.AUTO && simulation.hasRareJumpSource() && pilot.fewestHits() < FEW_HITS
				&& budget - spent >= MIN_PATHS) {
			simulation = grid.simulation(model, settings, true);
			pilot = simulation.run(Math.min(PILOT_PATHS, budget - spent), seed ^ IMPORTANCE_STREAM);
			spent += pilot.paths;
		}
		boolean importance = simulation.importanceSampled();
		double neededSamples = 0;
		SampleMoments moments = pilot.moments;
		for (int cell = 0; cell < moments.cells(); cell++) {
			double wanted = accuracy.standardError();
			double probability = moments.mean(cell);
			if (importance && probability >= MIN_RELATIVE_PROBABILITY) {
				wanted = Math.min(wanted, accuracy.relativeStandardError() * probability);
			}
			neededSamples = Math.max(neededSamples, moments.variance(cell) / (wanted * wanted));
		}
		boolean reached = true;
		if (neededSamples > moments.samples()) {
			long morePaths = (long) Math.ceil(1.1 * (neededSamples - moments.samples())) * simulation.pathsPerSample();
			long extra = Math.min(budget - spent, Math.max(MIN_PATHS, morePaths));
			reached = extra >= morePaths;
			if (extra >= MIN_PATHS) {
				pilot.merge(simulation.run(extra, seed ^ INDEPENDENT_STREAM));
			}
		}
		return new DepegEstimates(grid.collect(pilot, importance), (int) pilot.paths, importance, reached);
	}

	/**
	 * The simulation step in days: {@code settings.stepDays()}, refined under continuous
	 * monitoring so that {@code kappa * step <= }{@value #MAX_KAPPA_STEP} for the fastest
	 * dynamics a path can be in (the model's, and in the open regime the stressed ones),
	 * but not below {@value #MIN_REFINED_STEP_DAYS} days: the bridge correction and the
	 * reflection neglect a curvature of order {@code kappa * step}.
	 */
	public static double effectiveStepDays(PegModel model, DepegSimulationSettings settings) {
		double kappa = model.kappa();
		if (settings.regimeSwitching().regime() == RedemptionRegime.OPEN) {
			kappa = Math.max(kappa, settings.regimeSwitching().stressed().kappa());
		}
		if (settings.monitoring() != Monitoring.CONTINUOUS || kappa == 0) {
			return settings.stepDays();
		}
		double refined = Math.max(MIN_REFINED_STEP_DAYS, MAX_KAPPA_STEP / kappa * DayCount.DAYS_PER_YEAR);
		return Math.min(settings.stepDays(), refined);
	}

	/**
	 * One-sided 95 % Clopper-Pearson upper bound of a binomial proportion: the p at which
	 * {@code P(Binomial(n, p) <= k) = 0.05}; {@code 1 - 0.05^(1/n)} for k = 0.
	 * @param hits k, {@code 0 <= k <= n}
	 * @param trials n, {@code >= 1}
	 */
	public static double clopperPearsonUpper95(long hits, long trials) {
		if (trials < 1 || hits < 0 || hits > trials) {
			throw new IllegalArgumentException(
					"need 0 <= hits <= trials and trials >= 1, was " + hits + " of " + trials);
		}
		if (hits == trials) {
			return 1;
		}
		if (hits == 0) {
			return -Math.expm1(Math.log(ONE_SIDED_ALPHA) / trials);
		}
		double low = (double) hits / trials;
		double high = 1;
		for (int iteration = 0; iteration < 100 && high - low > 1e-15 * high; iteration++) {
			double middle = 0.5 * (low + high);
			if (binomialCdf(hits, trials, middle) > ONE_SIDED_ALPHA) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return high;
	}

	/** {@code P(Binomial(n, p) <= k)}, by the term recurrence in logs. */
	static double binomialCdf(long k, long n, double p) {
		double logTerm = n * Math.log1p(-p);
		double logOdds = Math.log(p) - Math.log1p(-p);
		double sum = Math.exp(logTerm);
		for (long j = 0; j < k; j++) {
			logTerm += Math.log((double) (n - j) / (j + 1)) + logOdds;
			sum += Math.exp(logTerm);
		}
		return Math.min(1, sum);
	}

	/**
	 * The one-sided 95 % upper bound of a simulated cell (see the class comment).
	 */
	static double upperBound95(double probability, double standardError, double sumOfContributions, long hits,
			long paths, long plainPaths, boolean importance) {
		double normal = probability + NORMAL_QUANTILE_95 * standardError;
		double bound;
		if (importance) {
			bound = (hits == 0) ? Math.max(normal, (plainPaths > 0) ? clopperPearsonUpper95(0, plainPaths) : 1)
					: normal;
		}
		else {
			long effectiveHits = (long) Math.floor(Math.min(paths, Math.max(0, sumOfContributions) + 1e-9));
			bound = (effectiveHits < FEW_EFFECTIVE_HITS) ? Math.max(normal, clopperPearsonUpper95(effectiveHits, paths))
					: normal;
		}
		return Math.min(1, Math.max(probability, bound));
	}

	/**
	 * The simulated barriers of a request and the answers known without simulation.
	 */
	private static final class Grid {

		final double[] thresholds;

		final double[] horizonsDays;

		final double initialLogPeg;

		/** ln(threshold) still to be simulated, closest first. */
		final double[] barriers;

		final double[] horizons;

		private Grid(double[] thresholds, double[] horizonsDays, double initialLogPeg, double[] barriers,
				double[] horizons) {
			this.thresholds = thresholds;
			this.horizonsDays = horizonsDays;
			this.initialLogPeg = initialLogPeg;
			this.barriers = barriers;
			this.horizons = horizons;
		}

		static Grid of(PegModel model, DepegSimulationSettings settings, double initialLogPeg, double[] thresholds,
				double[] horizonsDays) {
			double floor = reachableFloor(model, settings, initialLogPeg);
			double[] barriers = Arrays.stream(thresholds)
				.filter((threshold) -> Math.log(threshold) < initialLogPeg && threshold >= floor)
				.map(Math::log)
				.distinct()
				.sorted()
				.toArray();
			reverse(barriers);
			return new Grid(thresholds, horizonsDays, initialLogPeg, barriers,
					Arrays.stream(horizonsDays).distinct().sorted().toArray());
		}

		PathSimulation simulation(PegModel model, DepegSimulationSettings settings, boolean importance) {
			return new PathSimulation(model, settings, this.initialLogPeg, this.barriers, this.horizons, importance);
		}

		List<DepegEstimate> collect(PathSimulation.Tally tally, boolean importance) {
			List<DepegEstimate> results = new ArrayList<>(this.thresholds.length * this.horizonsDays.length);
			for (double threshold : this.thresholds) {
				int barrierIndex = indexOf(this.barriers, Math.log(threshold));
				for (double horizonDays : this.horizonsDays) {
					if (Math.log(threshold) >= this.initialLogPeg) {
						results.add(new DepegEstimate(threshold, horizonDays, 1, 0, 1));
					}
					else if (barrierIndex < 0) {
						// below a floor no jump can pass: exact under the model
						results.add(new DepegEstimate(threshold, horizonDays, 0, 0, 0));
					}
					else {
						int cell = barrierIndex * this.horizons.length
								+ Arrays.binarySearch(this.horizons, horizonDays);
						SampleMoments moments = tally.moments;
						double probability = moments.mean(cell);
						double standardError = moments.standardError(cell);
						double sum = moments.mean(cell) * tally.paths;
						results.add(new DepegEstimate(threshold, horizonDays, probability, standardError,
								upperBound95(probability, standardError, sum, tally.hits[cell], tally.paths,
										tally.plainPaths, importance)));
					}
				}
			}
			return results;
		}

	}

	/**
	 * The floor below which no path can go: the redemption floor when nothing can jump,
	 * the regime is open and the path starts at or above it; 0 otherwise.
	 */
	private static double reachableFloor(PegModel model, DepegSimulationSettings settings, double initialLogPeg) {
		boolean jumps = model.jumps().isActive() || settings.eventJumps().stream().anyMatch(JumpComponent::isActive);
		RegimeSwitching regime = settings.regimeSwitching();
		boolean floorBinds = regime.regime() == RedemptionRegime.OPEN && initialLogPeg >= Math.log(regime.pegFloor());
		return (!jumps && floorBinds) ? regime.pegFloor() : 0;
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
