package io.lsdrisk.compute.peg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The path loop of {@link DepegMonteCarlo}: one instance per call, holding the time grid
 * and the per-path work arrays.
 */
final class PathSimulation {

	/** Bridge exponents beyond this give crossing probabilities below 1e-17. */
	private static final double NEGLIGIBLE_EXPONENT = 40;

	private final double kappa;

	private final double mu;

	private final double sigma;

	private final boolean continuous;

	private final boolean antithetic;

	private final double initialLogPeg;

	/** ln(threshold), closest to the initial value first. */
	private final double[] barriers;

	private final int horizonCount;

	/** Grid times in years; times[0] = 0. */
	private final double[] times;

	private final OrnsteinUhlenbeckStep[] steps;

	/** For each step, the index of the horizon ending there, or -1. */
	private final int[] horizonEndingAt;

	private final double totalJumpIntensity;

	private final JumpComponent[] jumpComponents;

	private final double[] survival;

	/**
	 * ln(peg floor) while the redemption arbitrage holds, -infinity without a floor or
	 * when the path starts below it (the market is already past the bound).
	 */
	private final double logFloor;

	PathSimulation(PegModel model, DepegSimulationSettings settings, double initialLogPeg, double[] barriers,
			double[] sortedHorizonsDays) {
		this.kappa = model.kappa();
		this.mu = model.mu();
		this.sigma = model.sigma();
		this.continuous = settings.monitoring() == Monitoring.CONTINUOUS;
		this.antithetic = settings.antithetic();
		this.initialLogPeg = initialLogPeg;
		this.barriers = barriers;
		this.horizonCount = sortedHorizonsDays.length;
		this.times = gridYears(sortedHorizonsDays, effectiveStepDays(model.kappa(), settings));
		this.steps = new OrnsteinUhlenbeckStep[this.times.length - 1];
		this.horizonEndingAt = new int[this.steps.length];
		int horizon = 0;
		for (int i = 0; i < this.steps.length; i++) {
			this.steps[i] = OrnsteinUhlenbeckStep.of(this.kappa, this.sigma, this.times[i + 1] - this.times[i]);
			boolean endsHorizon = horizon < this.horizonCount
					&& this.times[i + 1] == DayCount.years(sortedHorizonsDays[horizon]);
			this.horizonEndingAt[i] = endsHorizon ? horizon++ : -1;
		}
		List<JumpComponent> components = new ArrayList<>();
		if (model.jumps().isActive()) {
			components.add(model.jumps());
		}
		settings.eventJumps().stream().filter(JumpComponent::isActive).forEach(components::add);
		this.jumpComponents = components.toArray(JumpComponent[]::new);
		this.totalJumpIntensity = components.stream().mapToDouble(JumpComponent::intensityPerYear).sum();
		this.survival = new double[barriers.length];
		double floor = (settings.pegFloor() > 0) ? Math.log(settings.pegFloor()) : Double.NEGATIVE_INFINITY;
		this.logFloor = (initialLogPeg >= floor) ? floor : Double.NEGATIVE_INFINITY;
	}

	/**
	 * The requested step, refined under continuous monitoring so that
	 * {@code kappa * step <= }{@value DepegMonteCarlo#MAX_KAPPA_STEP} but not below
	 * {@link DepegMonteCarlo#MIN_REFINED_STEP_DAYS}: the bridge correction neglects a
	 * curvature of order {@code kappa * step}.
	 */
	static double effectiveStepDays(double kappa, DepegSimulationSettings settings) {
		if (settings.monitoring() != Monitoring.CONTINUOUS || kappa == 0) {
			return settings.stepDays();
		}
		double refined = Math.max(DepegMonteCarlo.MIN_REFINED_STEP_DAYS,
				DepegMonteCarlo.MAX_KAPPA_STEP / kappa * DayCount.DAYS_PER_YEAR);
		return Math.min(settings.stepDays(), refined);
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
	 * @return the moments, cell index barrier * horizons + horizon
	 */
	SampleMoments run(int paths, long seed) {
		GaussianSampler sampler = new GaussianSampler(seed);
		int cells = this.barriers.length * this.horizonCount;
		SampleMoments moments = new SampleMoments(cells);
		double[] values = new double[cells];
		double[] mirrorValues = new double[cells];
		double[] normals = new double[this.steps.length];
		long samples = this.antithetic ? (paths + 1) / 2 : paths;
		for (long sample = 0; sample < samples; sample++) {
			for (int i = 0; i < normals.length; i++) {
				normals[i] = sampler.nextGaussian();
			}
			simulatePath(normals, 1, sampler, values);
			if (this.antithetic) {
				simulatePath(normals, -1, sampler, mirrorValues);
				for (int c = 0; c < cells; c++) {
					values[c] = 0.5 * (values[c] + mirrorValues[c]);
				}
			}
			moments.add(values);
		}
		return moments;
	}

	/** Paths per sample: 2 with antithetic pairs. */
	int pathsPerSample() {
		return this.antithetic ? 2 : 1;
	}

	/** Writes 1 - survival for every (barrier, horizon) cell of one path into values. */
	private void simulatePath(double[] normals, double sign, GaussianSampler sampler, double[] values) {
		double[] barrierLevels = this.barriers;
		double[] pathSurvival = this.survival;
		Arrays.fill(pathSurvival, 1);
		int crossed = 0;
		double x = this.initialLogPeg;
		double nextJump = (this.totalJumpIntensity > 0) ? sampler.nextExponential() / this.totalJumpIntensity
				: Double.POSITIVE_INFINITY;
		// Redemption arbitrage keeps the diffusion at or above the floor until a jump (an
		// exploit, a mass slashing, a detected stress move) breaks the channel for the
		// rest of
		// the path.
		double floor = this.logFloor;
		for (int i = 0; i < this.steps.length; i++) {
			double end = this.times[i + 1];
			OrnsteinUhlenbeckStep step = this.steps[i];
			if (nextJump < end) {
				double time = this.times[i];
				while (nextJump < end) {
					OrnsteinUhlenbeckStep toJump = OrnsteinUhlenbeckStep.of(this.kappa, this.sigma, nextJump - time);
					double atJump = Math.max(floor, this.mu + (x - this.mu) * toJump.decay()
							+ toJump.standardDeviation() * sampler.nextGaussian());
					crossed = cross(x, atJump, toJump.bridgeCoefficient(), crossed, floor);
					x = atJump + sampleJump(sampler);
					floor = Double.NEGATIVE_INFINITY;
					crossed = crossAt(x, crossed);
					time = nextJump;
					nextJump += sampler.nextExponential() / this.totalJumpIntensity;
				}
				step = OrnsteinUhlenbeckStep.of(this.kappa, this.sigma, end - time);
			}
			double next = Math.max(floor,
					this.mu + (x - this.mu) * step.decay() + step.standardDeviation() * sign * normals[i]);
			crossed = cross(x, next, step.bridgeCoefficient(), crossed, floor);
			x = next;
			int horizon = this.horizonEndingAt[i];
			if (horizon >= 0) {
				for (int b = 0; b < barrierLevels.length; b++) {
					values[b * this.horizonCount + horizon] = 1 - pathSurvival[b];
				}
				if (crossed == barrierLevels.length) {
					fillCrossed(values, horizon + 1);
					return;
				}
			}
		}
	}

	private void fillCrossed(double[] values, int fromHorizon) {
		for (int b = 0; b < this.barriers.length; b++) {
			for (int h = fromHorizon; h < this.horizonCount; h++) {
				values[b * this.horizonCount + h] = 1;
			}
		}
	}

	/**
	 * Accounts for the step from x to next; returns the new count of crossed barriers. A
	 * bridge cannot dip below an active floor, so barriers under it are not crossed
	 * between steps.
	 */
	private int cross(double x, double next, double bridgeCoefficient, int crossed, double floor) {
		crossed = crossAt(next, crossed);
		if (this.continuous) {
			double[] barrierLevels = this.barriers;
			double[] pathSurvival = this.survival;
			for (int b = crossed; b < barrierLevels.length; b++) {
				if (barrierLevels[b] < floor) {
					// barriers are ordered from the closest down: the rest are lower
					// still
					break;
				}
				double exponent = bridgeCoefficient * (x - barrierLevels[b]) * (next - barrierLevels[b]);
				if (exponent > NEGLIGIBLE_EXPONENT) {
					// farther barriers have larger exponents still
					break;
				}
				// 1 - exp(-e) rather than expm1: exp is an intrinsic, and the absolute
				// error (1e-16)
				// is all that matters to a product of survival probabilities
				pathSurvival[b] *= 1 - Math.exp(-exponent);
			}
		}
		return crossed;
	}

	private int crossAt(double x, int crossed) {
		while (crossed < this.barriers.length && x <= this.barriers[crossed]) {
			this.survival[crossed++] = 0;
		}
		return crossed;
	}

	private double sampleJump(GaussianSampler sampler) {
		JumpComponent component = this.jumpComponents[0];
		if (this.jumpComponents.length > 1) {
			double pick = sampler.nextUniform() * this.totalJumpIntensity;
			for (JumpComponent candidate : this.jumpComponents) {
				component = candidate;
				pick -= candidate.intensityPerYear();
				if (pick < 0) {
					break;
				}
			}
		}
		return component.meanLogJump() + component.volatilityLogJump() * sampler.nextGaussian();
	}

}
