package io.lsdrisk.compute.peg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The path loop of {@link DepegMonteCarlo}: one instance per call, holding the time grid,
 * the dynamics of each {@link PegState}, the jump sources (plain and tilted) and the
 * per-path work arrays. Not thread-safe.
 */
final class PathSimulation {

	/** Bridge exponents beyond this give crossing probabilities below 1e-17. */
	static final double NEGLIGIBLE_EXPONENT = 40;

	/**
	 * An OPEN path with nothing to cross skips ahead over intervals of at least this many
	 * relaxation times {@code 1 / kappa}: its law then differs from the stationary one by
	 * a factor {@code e^-12} (6e-6).
	 */
	static final double MIXING_DECAYS = 12;

	/** Share of the paths drawn from the untilted measure under importance sampling. */
	static final double PLAIN_SHARE = 0.5;

	private final double[] kappa = new double[2];

	private final double[] mu = new double[2];

	private final double[] sigma = new double[2];

	/** {@code 1 / (2 kappa)} of each dynamics, for the steps split at events. */
	private final double[] halfOverKappa = new double[2];

	/** {@code 2 / sigma^2} of each dynamics. */
	private final double[] twoOverVariance = new double[2];

	/** The transition of the last split step ({@link #splitStep}): its decay. */
	private double splitDecay;

	/** Its standard deviation. */
	private double splitDeviation;

	/** Its bridge coefficient. */
	private double splitBridge;

	private final boolean continuous;

	private final boolean antithetic;

	private final double initialLogPeg;

	/** ln(threshold), closest to the initial value first. */
	private final double[] barriers;

	private final int horizonCount;

	/** Grid times in years; times[0] = 0. */
	private final double[] times;

	/** Exact transitions over each grid step: [0] the model's, [1] the stressed ones. */
	private final OrnsteinUhlenbeckStep[][] steps;

	/** For each step, the index of the horizon ending there, or -1. */
	private final int[] horizonEndingAt;

	private final PegState initialState;

	/** ln(redemption floor), the reflecting barrier of OPEN paths. */
	private final double logFloor;

	private final double meanStressedYears;

	/**
	 * The longest step of the STRESSED dynamics (refined like the grid for their kappa).
	 */
	private final double stressedStepYears;

	/** The regime model: which jumps suspend the arbitrage. */
	private final RegimeSwitching switching;

	/** Standard deviation of the OPEN dynamics' stationary law. */
	private final double stationaryDeviation;

	/** Time after which an OPEN path has forgotten its start to {@code e^-12}. */
	private final double mixingYears;

	private final double[] jumpIntensity;

	private final double[] jumpMean;

	private final double[] jumpVolatility;

	/** Whether a source is rare (fewer than one jump expected by the last horizon). */
	private final boolean[] rare;

	/** The jump mean of a rare source under the tilted measures. */
	private final double[] tiltedJumpMean;

	private final boolean importance;

	/** Intensity factor of the rare sources under tilted measure k (index k - 1). */
	private final double[] tiltFactor;

	private final double[] logTiltFactor;

	private final double rareIntensity;

	/** Tilted measure k raises the rare intensity on [0, tiltEndYears[k]) only. */
	private final double[] tiltEndYears;

	/** Rare jumps before tiltEndYears[k] on the current path. */
	private final int[] tiltedJumps;

	/** Sum of the size log-ratios of those jumps. */
	private final double[] tiltedSizeLogRatio;

	/** Total jump intensity under measure k (0 plain, k >= 1 tilted). */
	private final double[] totalIntensity;

	/** Cumulative intensities of the sources under measure k. */
	private final double[][] cumulativeIntensity;

	private final double[] survival;

	/** Step index at whose end horizon h lies. */
	private final int[] horizonStep;

	private final double[] normals;

	/** The sample each stored normal was drawn for. */
	private final long[] normalOfSample;

	private long sample;

	/** +1 for a pair's first path, -1 for its mirror. */
	private double sign;

	/** The jump noise of the current pair (arrivals, picks, sizes, sojourns), by draw. */
	private final DrawCache exponentials = new DrawCache();

	private final DrawCache uniforms = new DrawCache();

	private final DrawCache gaussians = new DrawCache();

	private int crossed;

	private PegState state;

	/** The measure the current path is drawn from (0 plain, k >= 1 tilted). */
	private int measure;

	PathSimulation(PegModel model, DepegSimulationSettings settings, double initialLogPeg, double[] barriers,
			double[] sortedHorizonsDays, boolean importance) {
		RegimeSwitching regime = settings.regimeSwitching();
		this.kappa[0] = model.kappa();
		this.mu[0] = model.mu();
		this.sigma[0] = model.sigma();
		this.kappa[1] = regime.stressed().kappa();
		this.mu[1] = regime.stressed().mu();
		this.sigma[1] = regime.stressed().sigma();
		for (int d = 0; d < 2; d++) {
			this.halfOverKappa[d] = 1 / (2 * this.kappa[d]);
			this.twoOverVariance[d] = 2 / (this.sigma[d] * this.sigma[d]);
		}
		this.continuous = settings.monitoring() == Monitoring.CONTINUOUS;
		this.antithetic = settings.antithetic();
		this.initialLogPeg = initialLogPeg;
		this.barriers = barriers;
		this.horizonCount = sortedHorizonsDays.length;
		this.times = gridYears(sortedHorizonsDays, DepegMonteCarlo.effectiveStepDays(model, settings));
		boolean open = regime.regime() == RedemptionRegime.OPEN;
		this.steps = new OrnsteinUhlenbeckStep[open ? 2 : 1][this.times.length - 1];
		this.horizonEndingAt = new int[this.times.length - 1];
		int horizon = 0;
		for (int i = 0; i < this.horizonEndingAt.length; i++) {
			double step = this.times[i + 1] - this.times[i];
			for (int d = 0; d < this.steps.length; d++) {
				this.steps[d][i] = OrnsteinUhlenbeckStep.of(this.kappa[d], this.sigma[d], step);
			}
			boolean endsHorizon = horizon < this.horizonCount
					&& this.times[i + 1] == DayCount.years(sortedHorizonsDays[horizon]);
			this.horizonEndingAt[i] = endsHorizon ? horizon++ : -1;
		}
		this.logFloor = open ? Math.log(regime.pegFloor()) : Double.NEGATIVE_INFINITY;
		this.initialState = regime.initialState();
		this.switching = regime;
		this.stressedStepYears = DayCount.years(DepegMonteCarlo.effectiveStepDays(regime.stressed(),
				settings.withRegimeSwitching(RegimeSwitching.CLOSED)));
		double stationaryVariance = (model.kappa() > 0) ? model.sigma() * model.sigma() / (2 * model.kappa())
				: Double.POSITIVE_INFINITY;
		this.stationaryDeviation = Math.sqrt(stationaryVariance);
		this.mixingYears = (model.kappa() > 0) ? MIXING_DECAYS / model.kappa() : Double.POSITIVE_INFINITY;
		this.meanStressedYears = DayCount.years(regime.meanStressedDays());

		List<JumpComponent> components = new ArrayList<>();
		if (model.jumps().isActive()) {
			components.add(model.jumps());
		}
		settings.eventJumps().stream().filter(JumpComponent::isActive).forEach(components::add);
		int sources = components.size();
		this.jumpIntensity = new double[sources];
		this.jumpMean = new double[sources];
		this.jumpVolatility = new double[sources];
		this.rare = new boolean[sources];
		this.tiltedJumpMean = new double[sources];
		double lastHorizonYears = DayCount.years(sortedHorizonsDays[sortedHorizonsDays.length - 1]);
		double lowestBarrier = (barriers.length > 0) ? barriers[barriers.length - 1] : initialLogPeg;
		double rareTotal = 0;
		for (int i = 0; i < sources; i++) {
			JumpComponent component = components.get(i);
			this.jumpIntensity[i] = component.intensityPerYear();
			this.jumpMean[i] = component.meanLogJump();
			this.jumpVolatility[i] = component.volatilityLogJump();
			this.rare[i] = component.intensityPerYear() * lastHorizonYears < 1;
			// a tilted jump reaches the lowest barrier from the start half the time, the
			// shift capped at one jump volatility (a likelihood ratio of at most e^0.5 a
			// jump at the mean)
			this.tiltedJumpMean[i] = (this.rare[i] && component.volatilityLogJump() > 0)
					? Math.max(component.meanLogJump() - component.volatilityLogJump(),
							Math.min(component.meanLogJump(), lowestBarrier - initialLogPeg))
					: component.meanLogJump();
			if (this.rare[i]) {
				rareTotal += component.intensityPerYear();
			}
		}
		this.rareIntensity = rareTotal;
		this.importance = importance && rareTotal > 0;
		int tilts = this.importance ? sortedHorizonsDays.length : 0;
		this.tiltFactor = new double[tilts];
		this.logTiltFactor = new double[tilts];
		this.tiltEndYears = new double[tilts];
		this.tiltedJumps = new int[tilts];
		this.tiltedSizeLogRatio = new double[tilts];
		for (int k = 0; k < tilts; k++) {
			this.tiltEndYears[k] = DayCount.years(sortedHorizonsDays[k]);
			// about one rare jump by horizon k
			this.tiltFactor[k] = Math.max(1, 1 / (rareTotal * DayCount.years(sortedHorizonsDays[k])));
			this.logTiltFactor[k] = Math.log(this.tiltFactor[k]);
		}
		this.totalIntensity = new double[tilts + 1];
		this.cumulativeIntensity = new double[tilts + 1][sources];
		for (int k = 0; k <= tilts; k++) {
			double sum = 0;
			for (int i = 0; i < sources; i++) {
				sum += (k > 0 && this.rare[i]) ? this.jumpIntensity[i] * this.tiltFactor[k - 1] : this.jumpIntensity[i];
				this.cumulativeIntensity[k][i] = sum;
			}
			this.totalIntensity[k] = sum;
		}
		this.survival = new double[barriers.length];
		this.horizonStep = new int[this.horizonCount];
		for (int i = 0; i < this.horizonEndingAt.length; i++) {
			if (this.horizonEndingAt[i] >= 0) {
				this.horizonStep[this.horizonEndingAt[i]] = i;
			}
		}
		this.normals = new double[this.horizonEndingAt.length];
		this.normalOfSample = new long[this.horizonEndingAt.length];
	}

	/** Whether this simulation samples under the tilted mixture. */
	boolean importanceSampled() {
		return this.importance;
	}

	/** Whether the model has a rare jump source that importance sampling can tilt. */
	boolean hasRareJumpSource() {
		return this.rareIntensity > 0;
	}

	/** Steps of {@code stepDays} with every horizon inserted as a grid time. */
	private static double[] gridYears(double[] sortedHorizonsDays, double stepDays) {
		double last = sortedHorizonsDays[sortedHorizonsDays.length - 1];
		int regularSteps = (int) Math.floor(last / stepDays + 1e-9);
		double[] days = new double[regularSteps + sortedHorizonsDays.length + 1];
		int count = 1;
		for (int k = 1; k <= regularSteps; k++) {
			double regular = k * stepDays;
			if (!nearAny(sortedHorizonsDays, regular)) {
				days[count++] = regular;
			}
		}
		for (double horizon : sortedHorizonsDays) {
			days[count++] = horizon;
		}
		double[] sortedDays = Arrays.copyOf(days, count);
		Arrays.sort(sortedDays);
		double[] years = new double[count];
		for (int i = 0; i < count; i++) {
			years[i] = DayCount.years(sortedDays[i]);
		}
		return years;
	}

	private static boolean nearAny(double[] sortedValues, double value) {
		int index = Arrays.binarySearch(sortedValues, value);
		int insertion = (index >= 0) ? index : -index - 1;
		for (int i = Math.max(0, insertion - 1); i <= Math.min(sortedValues.length - 1, insertion); i++) {
			if (Math.abs(sortedValues[i] - value) < 1e-9) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs the paths: {@code paths} samples, or {@code ceil(paths / 2)} antithetic pairs.
	 * @return the tally, cell index barrier * horizons + horizon
	 */
	Tally run(long paths, long seed) {
		GaussianSampler sampler = new GaussianSampler(seed);
		int cells = this.barriers.length * this.horizonCount;
		Tally tally = new Tally(cells);
		double[] values = new double[cells];
		double[] mirrorValues = new double[cells];
		long samples = this.antithetic ? (paths + 1) / 2 : paths;
		for (long sample = 0; sample < samples; sample++) {
			// the normals of a pair are drawn when a path first needs them
			this.sample++;
			tally.countPath(simulatePath(1, sampler, values), values);
			if (this.antithetic) {
				tally.countPath(simulatePath(-1, sampler, mirrorValues), mirrorValues);
				for (int c = 0; c < cells; c++) {
					values[c] = 0.5 * (values[c] + mirrorValues[c]);
				}
			}
			tally.moments.add(values);
		}
		return tally;
	}

	/** Paths per sample: 2 with antithetic pairs. */
	int pathsPerSample() {
		return this.antithetic ? 2 : 1;
	}

	/**
	 * Writes the (weighted) 1 - survival of every (barrier, horizon) cell of one path
	 * into values.
	 * @return whether the path was drawn from the untilted measure
	 */
	private boolean simulatePath(double sign, GaussianSampler sampler, double[] values) {
		this.sign = sign;
		this.exponentials.restart();
		this.uniforms.restart();
		this.gaussians.restart();
		int measure = 0;
		if (this.importance) {
			double pick = this.uniforms.next(this.sample, sampler, DrawCache.UNIFORM);
			if (pick >= PLAIN_SHARE) {
				int tilts = this.tiltFactor.length;
				measure = 1 + Math.min(tilts - 1, (int) ((pick - PLAIN_SHARE) / (1 - PLAIN_SHARE) * tilts));
			}
		}
		double[] pathSurvival = this.survival;
		Arrays.fill(pathSurvival, 1);
		this.crossed = 0;
		this.state = this.initialState;
		this.measure = measure;
		Arrays.fill(this.tiltedJumps, 0);
		Arrays.fill(this.tiltedSizeLogRatio, 0);
		double x = this.initialLogPeg;
		double nextJump = nextArrival(0, sampler);
		double stressEnd = (this.state == PegState.STRESSED) ? sojourn(sampler) : Double.POSITIVE_INFINITY;
		int steps = this.horizonEndingAt.length;
		for (int i = 0; i < steps; i++) {
			if (this.state == PegState.OPEN && x >= this.logFloor && nothingToCrossAboveFloor()
					&& Math.min(nextJump, this.times[steps]) - this.times[i] >= this.mixingYears) {
				// Skip to the grid time before the next jump (or to the end): nothing can
				// be
				// crossed meanwhile, and the reflected OU has mixed, so its value there
				// is
				// drawn from its stationary law, the normal N(mu, sigma^2 / (2 kappa))
				// truncated to [floor, infinity).
				int target = skipTarget(i, nextJump);
				if (this.times[target] - this.times[i] >= this.mixingYears) {
					for (int h = 0; h < this.horizonCount; h++) {
						int step = this.horizonStep[h];
						if (step >= i && step < target) {
							recordHorizon(values, h, weight(this.times[step + 1]));
						}
					}
					x = stationaryOpen(sampler);
					i = target;
					if (i == steps) {
						break;
					}
				}
			}
			// STRESSED dynamics revert slowly: merge grid steps up to their own step,
			// never
			// across a horizon, and no further than the step holding the sojourn's end
			int last = i + 1;
			if (this.state == PegState.STRESSED) {
				while (last < steps && this.horizonEndingAt[last - 1] < 0
						&& this.times[last + 1] - this.times[i] <= this.stressedStepYears
						&& this.times[last] <= stressEnd) {
					last++;
				}
			}
			double end = this.times[last];
			double time = this.times[i];
			boolean split = last > i + 1;
			double event = Math.min(nextJump, stressEnd);
			// the decay of the step's parts so far, while the dynamics stay the same
			double decayUsed = 1;
			boolean sameDynamics = !split;
			while (event < end) {
				split = true;
				splitStep(event - time);
				decayUsed *= this.splitDecay;
				x = advance(x, this.splitDecay, this.splitDeviation, this.splitBridge, sampler.nextGaussian(), sampler);
				if (nextJump <= stressEnd) {
					double jump = sampleJump(nextJump, sampler);
					x += jump;
					crossAt(x);
					boolean stress = this.switching.suspendsArbitrage(jump);
					if (this.state.startsSojourn(stress)) {
						stressEnd = nextJump + sojourn(sampler);
					}
					PegState after = this.state.afterJump(stress);
					sameDynamics &= after == this.state;
					this.state = after;
					nextJump = nextArrival(nextJump, sampler);
				}
				else {
					// the arbitrage resumes: a peg below the floor is lifted to it at
					// once
					this.state = this.state.afterSojourn();
					sameDynamics = false;
					x = Math.max(x, this.logFloor);
					stressEnd = Double.POSITIVE_INFINITY;
				}
				time = event;
				event = Math.min(nextJump, stressEnd);
			}
			if (split) {
				if (sameDynamics) {
					// the rest of a grid step: its decay is the step's over that of the
					// parts before the event, without another exp
					splitStep(end - time, this.steps[dynamics()][i].decay() / decayUsed);
				}
				else {
					splitStep(end - time);
				}
				x = advance(x, this.splitDecay, this.splitDeviation, this.splitBridge, sign * normal(i, sampler),
						sampler);
			}
			else {
				OrnsteinUhlenbeckStep step = this.steps[dynamics()][i];
				x = advance(x, step.decay(), step.standardDeviation(), step.bridgeCoefficient(),
						sign * normal(i, sampler), sampler);
			}
			i = last - 1;
			int horizon = this.horizonEndingAt[i];
			if (horizon >= 0) {
				double weight = weight(end);
				recordHorizon(values, horizon, weight);
				if (this.crossed == this.barriers.length) {
					// the weight is a martingale: its value now stands for the later ones
					fillCrossed(values, horizon + 1, weight);
					break;
				}
			}
		}
		return measure == 0;
	}

	/** The normal of grid step i for the current pair, drawn on first use. */
	private double normal(int step, GaussianSampler sampler) {
		if (this.normalOfSample[step] != this.sample) {
			this.normalOfSample[step] = this.sample;
			this.normals[step] = sampler.nextGaussian();
		}
		return this.normals[step];
	}

	private void recordHorizon(double[] values, int horizon, double weight) {
		for (int b = 0; b < this.barriers.length; b++) {
			values[b * this.horizonCount + horizon] = weight * (1 - this.survival[b]);
		}
	}

	/** Whether every barrier not yet crossed lies below the floor. */
	private boolean nothingToCrossAboveFloor() {
		return this.crossed == this.barriers.length || this.barriers[this.crossed] < this.logFloor;
	}

	/**
	 * The last grid index whose time is at or before {@code nextJump} (the number of
	 * steps when the jump is beyond the grid).
	 */
	private int skipTarget(int from, double nextJump) {
		int last = this.horizonEndingAt.length;
		if (nextJump >= this.times[last]) {
			return last;
		}
		int index = Arrays.binarySearch(this.times, from, last + 1, nextJump);
		return (index >= 0) ? index : -index - 2;
	}

	/**
	 * A draw from the stationary law of the OPEN dynamics reflected at the floor: the
	 * normal {@code N(mu, sigma^2 / (2 kappa))} restricted to {@code [floor, infinity)}
	 * (the invariant density of a reflected diffusion is its free one restricted to the
	 * domain: zero flux at the barrier). Rejection from the normal when the floor is
	 * below {@code mu + sd / 2}, otherwise Robert's exponential rejection (C. P. Robert,
	 * "Simulation of truncated normal variables", Statistics and Computing 5, 1995).
	 */
	private double stationaryOpen(GaussianSampler sampler) {
		double mean = this.mu[0];
		double deviation = this.stationaryDeviation;
		double lower = (this.logFloor - mean) / deviation;
		if (lower < 0.5) {
			double z;
			do {
				z = sampler.nextGaussian();
			}
			while (z < lower);
			return mean + deviation * z;
		}
		double rate = 0.5 * (lower + Math.sqrt(lower * lower + 4));
		double z;
		double gap;
		do {
			z = lower + sampler.nextExponential() / rate;
			gap = z - rate;
		}
		while (sampler.nextUniform() > Math.exp(-0.5 * gap * gap));
		return mean + deviation * z;
	}

	private int dynamics() {
		return (this.state == PegState.STRESSED) ? 1 : 0;
	}

	/**
	 * {@link OrnsteinUhlenbeckStep#of} over {@code years} in the current state, into the
	 * {@code split...} fields: a step cut at a jump or at the end of a sojourn, about two
	 * a jump. Without allocation and with one exp, one square root and one division: the
	 * constants of the dynamics are precomputed, and {@code sinh(kappa h) / kappa} is
	 * {@code v / e^{-kappa h}} for {@code v = (1 - e^{-2 kappa h}) / (2 kappa)}.
	 */
	private void splitStep(double years) {
		splitStep(years, Math.exp(-this.kappa[dynamics()] * years));
	}

	/** {@link #splitStep(double)} when {@code e^{-kappa h}} is known. */
	private void splitStep(double years, double decay) {
		int d = dynamics();
		double kappaStep = this.kappa[d] * years;
		double variancePerSigmaSquared;
		double bridge;
		if (kappaStep < 1e-3) {
			// the series of OrnsteinUhlenbeckStep, where the subtraction would lose
			// digits
			double square = kappaStep * kappaStep;
			variancePerSigmaSquared = years * (1 - kappaStep + square * (2.0 / 3) - square * kappaStep * (1.0 / 3));
			bridge = this.twoOverVariance[d] / (years * (1 + square * (1.0 / 6) + square * square * (1.0 / 120)));
		}
		else {
			variancePerSigmaSquared = (1 - decay * decay) * this.halfOverKappa[d];
			bridge = this.twoOverVariance[d] * decay / variancePerSigmaSquared;
		}
		this.splitDecay = decay;
		this.splitDeviation = this.sigma[d] * Math.sqrt(variancePerSigmaSquared);
		this.splitBridge = (this.sigma[d] == 0) ? Double.POSITIVE_INFINITY : bridge;
	}

	/**
	 * The next exponential of the current path, {@code -ln(U)}: with k the pair's shared
	 * 53-bit integer, U the midpoint {@code (2k + 1) 2^-54} of its cell of (0, 1) on a
	 * pair's first path and the mirrored midpoint {@code 1 - U = (2^54 - 2k - 1) 2^-54}
	 * on the other (k and {@code 2^53 - 1 - k} have the same law, and neither U is 0 or
	 * 1). Each path's waiting times are independent standard exponentials; within a pair
	 * they are antithetic, so a pair's jump counts and sojourns are negatively
	 * correlated, as its normals are.
	 */
	private double exponential(GaussianSampler sampler) {
		long cell = (long) this.exponentials.next(this.sample, sampler, DrawCache.UNIFORM_CELL);
		long odd = (this.sign > 0) ? 2 * cell + 1 : (1L << 54) - 2 * cell - 1;
		return -Math.log(odd * 0x1.0p-54);
	}

	private double sojourn(GaussianSampler sampler) {
		return exponential(sampler) * this.meanStressedYears;
	}

	/**
	 * One exact OU transition from x driven by z in the current state, with the crossing
	 * bookkeeping; in {@code OPEN}, reflected at the floor.
	 */
	private double advance(double x, double decay, double standardDeviation, double bridgeCoefficient, double z,
			GaussianSampler sampler) {
		int d = dynamics();
		double mean = this.mu[d];
		double next = mean + (x - mean) * decay + standardDeviation * z;
		if (this.state == PegState.OPEN && x >= this.logFloor) {
			return reflect(x, next, bridgeCoefficient, sampler);
		}
		crossAt(next);
		if (this.continuous) {
			bridge(x, next, bridgeCoefficient, Double.NEGATIVE_INFINITY, 0);
		}
		return next;
	}

	/**
	 * The Skorokhod reflection of the step from {@code x >= floor} to the free end
	 * {@code next}: with m the minimum of the bridge between them, the reflected end is
	 * {@code next + max(0, floor - m)}. The minimum is drawn from the bridge law
	 * {@code P(m <= z) = exp(-c (x - z)(next - z))}, z below both ends, only when it lies
	 * below the floor (probability {@code p_f}, one uniform decides and, inverted, gives
	 * m). For Brownian motion with drift the scheme is exact at any step; for OU it
	 * converges as {@code kappa * step -> 0} (the bridge is the chord approximation of
	 * {@link OrnsteinUhlenbeckStep}).
	 * <p>
	 * Crossings: a path reflected in the step went below every barrier at or above the
	 * floor; one that was not has the bridge conditioned on {@code m > floor}, so a
	 * barrier b at or above the floor survives with probability
	 * {@code (1 - p_b) / (1 - p_f)}. Barriers below the floor are out of reach.
	 */
	double reflect(double x, double next, double bridgeCoefficient, GaussianSampler sampler) {
		double floor = this.logFloor;
		boolean reflected;
		double minimum = next;
		double floorCrossing = 0;
		if (bridgeCoefficient == Double.POSITIVE_INFINITY) {
			// no diffusion: the step is monotone, its minimum is an end
			reflected = next < floor;
		}
		else {
			double uniform = 0;
			if (next <= floor) {
				reflected = true;
				uniform = sampler.nextPositiveUniform();
			}
			else {
				double exponent = bridgeCoefficient * (x - floor) * (next - floor);
				floorCrossing = (exponent < NEGLIGIBLE_EXPONENT) ? Math.exp(-exponent) : 0;
				reflected = floorCrossing > 0 && (uniform = sampler.nextPositiveUniform()) <= floorCrossing;
			}
			if (reflected) {
				double gap = x - next;
				minimum = 0.5 * (x + next - Math.sqrt(gap * gap - 4 * Math.log(uniform) / bridgeCoefficient));
			}
		}
		if (reflected) {
			while (this.crossed < this.barriers.length && this.barriers[this.crossed] >= floor) {
				this.survival[this.crossed++] = 0;
			}
			return Math.max(floor, next + (floor - minimum));
		}
		crossAt(next);
		if (this.continuous) {
			bridge(x, next, bridgeCoefficient, floor, floorCrossing);
		}
		return next;
	}

	/**
	 * Multiplies the survival of each barrier not yet crossed (and at or above
	 * {@code floor}) by its bridge survival over the step, conditioned on the bridge
	 * staying above the floor (crossing probability {@code floorCrossing} there).
	 */
	private void bridge(double x, double next, double bridgeCoefficient, double floor, double floorCrossing) {
		double[] barrierLevels = this.barriers;
		double[] pathSurvival = this.survival;
		double conditioning = (floorCrossing > 0) ? 1 / (1 - floorCrossing) : 1;
		for (int b = this.crossed; b < barrierLevels.length; b++) {
			if (barrierLevels[b] < floor) {
				// barriers are ordered from the closest down: the rest are lower still
				break;
			}
			double exponent = bridgeCoefficient * (x - barrierLevels[b]) * (next - barrierLevels[b]);
			if (exponent > NEGLIGIBLE_EXPONENT) {
				// farther barriers have larger exponents still
				break;
			}
			// 1 - exp(-e) rather than expm1: exp is an intrinsic, and the absolute error
			// (1e-16) is all that matters to a product of survival probabilities
			pathSurvival[b] *= Math.max(0, (1 - Math.exp(-exponent)) * conditioning);
		}
	}

	private void crossAt(double x) {
		while (this.crossed < this.barriers.length && x <= this.barriers[this.crossed]) {
			this.survival[this.crossed++] = 0;
		}
	}

	private void fillCrossed(double[] values, int fromHorizon, double weight) {
		for (int b = 0; b < this.barriers.length; b++) {
			for (int h = fromHorizon; h < this.horizonCount; h++) {
				values[b * this.horizonCount + h] = weight;
			}
		}
	}

	/**
	 * The likelihood ratio dP/dM on the path up to {@code timeYears}, M the mixture
	 * {@code PLAIN_SHARE * P + (1 - PLAIN_SHARE) / K * sum_k Q_k}:
	 * {@code 1 / (PLAIN_SHARE
	 * + (1 - PLAIN_SHARE) / K * sum_k dQ_k/dP)}. Q_k raises the rare intensity lambda_r
	 * by a_k and shifts the rare jump means on {@code [0, h_k)} only, so {@code dQ_k/dP =
	 * a_k^N exp(S - (a_k - 1) lambda_r min(t, h_k))} for N rare jumps before
	 * {@code min(t, h_k)}, S the sum of their size log-ratios. At most
	 * {@code 1 / PLAIN_SHARE}; 1 without importance sampling.
	 */
	private double weight(double timeYears) {
		if (!this.importance) {
			return 1;
		}
		double tiltedSum = 0;
		for (int k = 0; k < this.tiltFactor.length; k++) {
			tiltedSum += Math.exp(this.tiltedJumps[k] * this.logTiltFactor[k] + this.tiltedSizeLogRatio[k]
					- (this.tiltFactor[k] - 1) * this.rareIntensity * Math.min(timeYears, this.tiltEndYears[k]));
		}
		return 1 / (PLAIN_SHARE + (1 - PLAIN_SHARE) / this.tiltFactor.length * tiltedSum);
	}

	/** Whether the current path's measure is tilted at a time. */
	private boolean tilted(double timeYears) {
		return this.measure > 0 && timeYears < this.tiltEndYears[this.measure - 1];
	}

	/**
	 * The first jump after {@code timeYears}: exponential waiting at the measure's
	 * intensity, which falls back to the plain one at the end of the tilt (Poisson
	 * arrivals are memoryless, so the wait restarts there).
	 */
	private double nextArrival(double timeYears, GaussianSampler sampler) {
		if (tilted(timeYears)) {
			double arrival = timeYears + exponential(sampler) / this.totalIntensity[this.measure];
			double tiltEnd = this.tiltEndYears[this.measure - 1];
			if (arrival < tiltEnd) {
				return arrival;
			}
			timeYears = tiltEnd;
		}
		double plain = this.totalIntensity[0];
		return (plain > 0) ? timeYears + exponential(sampler) / plain : Double.POSITIVE_INFINITY;
	}

	private double sampleJump(double timeYears, GaussianSampler sampler) {
		boolean tilted = tilted(timeYears);
		int measureNow = tilted ? this.measure : 0;
		double[] cumulative = this.cumulativeIntensity[measureNow];
		int source = 0;
		if (cumulative.length > 1) {
			double pick = this.uniforms.next(this.sample, sampler, DrawCache.UNIFORM) * this.totalIntensity[measureNow];
			while (source < cumulative.length - 1 && pick >= cumulative[source]) {
				source++;
			}
		}
		double volatility = this.jumpVolatility[source];
		double plainMean = this.jumpMean[source];
		double tiltedMean = this.tiltedJumpMean[source];
		double mean = (tilted && this.rare[source]) ? tiltedMean : plainMean;
		// the mirror path of a pair has the same arrivals and mirrored sizes
		double jump = mean + volatility * this.sign * this.gaussians.next(this.sample, sampler, DrawCache.GAUSSIAN);
		if (this.rare[source] && this.importance) {
			double sizeLogRatio = 0;
			if (tiltedMean != plainMean) {
				double fromPlain = jump - plainMean;
				double fromTilted = jump - tiltedMean;
				sizeLogRatio = (fromPlain * fromPlain - fromTilted * fromTilted) / (2 * volatility * volatility);
			}
			for (int k = 0; k < this.tiltEndYears.length; k++) {
				if (timeYears < this.tiltEndYears[k]) {
					this.tiltedJumps[k]++;
					this.tiltedSizeLogRatio[k] += sizeLogRatio;
				}
			}
		}
		return jump;
	}

	/**
	 * Draws shared by the two paths of an antithetic pair: the k-th draw of a kind is
	 * made once per pair and replayed for the mirror path.
	 */
	private static final class DrawCache {

		static final int UNIFORM = 0;

		static final int EXPONENTIAL = 1;

		static final int GAUSSIAN = 2;

		/** A uniform integer in [0, 2^53), exact as a double. */
		static final int UNIFORM_CELL = 3;

		private double[] values = new double[16];

		private long[] samples = new long[16];

		private int count;

		void restart() {
			this.count = 0;
		}

		double next(long sample, GaussianSampler sampler, int kind) {
			int index = this.count++;
			if (index == this.values.length) {
				this.values = Arrays.copyOf(this.values, 2 * index);
				this.samples = Arrays.copyOf(this.samples, 2 * index);
			}
			if (this.samples[index] != sample) {
				this.samples[index] = sample;
				this.values[index] = switch (kind) {
					case UNIFORM -> sampler.nextUniform();
					case EXPONENTIAL -> sampler.nextExponential();
					case UNIFORM_CELL -> sampler.nextUniformCell();
					default -> sampler.nextGaussian();
				};
			}
			return this.values[index];
		}

	}

	/**
	 * Sums of the samples, the paths with a positive contribution ("hits") per cell and
	 * the path counts; mergeable across runs of the same simulation.
	 */
	static final class Tally {

		final SampleMoments moments;

		final long[] hits;

		long paths;

		long plainPaths;

		Tally(int cells) {
			this.moments = new SampleMoments(cells);
			this.hits = new long[cells];
		}

		void countPath(boolean plain, double[] values) {
			this.paths++;
			if (plain) {
				this.plainPaths++;
			}
			for (int c = 0; c < values.length; c++) {
				if (values[c] > 0) {
					this.hits[c]++;
				}
			}
		}

		void merge(Tally other) {
			this.moments.merge(other.moments);
			for (int c = 0; c < this.hits.length; c++) {
				this.hits[c] += other.hits[c];
			}
			this.paths += other.paths;
			this.plainPaths += other.plainPaths;
		}

		long fewestHits() {
			long fewest = Long.MAX_VALUE;
			for (long cell : this.hits) {
				fewest = Math.min(fewest, cell);
			}
			return fewest;
		}

	}

}
