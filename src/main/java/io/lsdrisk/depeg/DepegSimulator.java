package io.lsdrisk.depeg;

import java.util.List;

import io.lsdrisk.compute.peg.DepegEstimate;
import io.lsdrisk.compute.peg.DepegEstimates;
import io.lsdrisk.compute.peg.DepegMonteCarlo;
import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.JumpComponent;
import io.lsdrisk.compute.peg.Monitoring;
import io.lsdrisk.compute.peg.PegModel;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * Runs {@link DepegMonteCarlo} within the work limit {@code lsdrisk.depeg.max-path-steps}
 * (paths times simulated steps per path, jumps included), so no request runs for minutes.
 * <p>
 * With a path count, a request over the limit is refused naming {@code paths}. Without
 * one, the paths aim at the target standard error: through
 * {@link DepegMonteCarlo#estimateToStandardError} when even its worst case (variance 1/4
 * per antithetic pair) fits the limit; otherwise a pilot of {@value #PILOT_PATHS} paths
 * measures the variance and a second, independent run uses the paths still needed, at
 * most what the limit leaves ({@code WORK_LIMIT} then says the target was not reached).
 */
@Component
class DepegSimulator {

	/** The pilot size of {@link DepegMonteCarlo#estimateToStandardError}. */
	static final int PILOT_PATHS = 4_000;

	private static final long INDEPENDENT_STREAM = 0x9E3779B97F4A7C15L;

	private final DepegProperties properties;

	DepegSimulator(DepegProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param paths paths wanted, or null to aim at {@code targetStandardError}
	 */
	Outcome run(PegModel model, double initialPeg, double[] thresholds, double[] horizonsDays, Integer paths, long seed,
			double targetStandardError, DepegSimulationSettings settings) {
		long perPath = pathStepsPerPath(model, settings, horizonsDays);
		double stepDays = effectiveStepDays(model.kappa(), settings);
		long limit = this.properties.maxPathSteps();
		if (paths != null) {
			if (paths > this.properties.maxPaths()) {
				throw InvalidRequestException.of("paths",
						"must be at most " + this.properties.maxPaths() + ", was " + paths);
			}
			long work = even(paths) * perPath;
			if (work > limit) {
				throw InvalidRequestException.of("paths",
						"would cost " + work + " path-steps (" + perPath
								+ " a path for these horizons), over the limit of " + limit + ": at most "
								+ Math.max(0, limit / perPath) + " paths for these horizons");
			}
			List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, initialPeg, thresholds, horizonsDays, paths,
					seed, settings);
			return new Outcome(estimates, simulation(even(paths), "REQUEST", null, seed, settings, stepDays, perPath));
		}
		long worstCase = PILOT_PATHS
				+ 2 * ((long) Math.ceil(1.1 * 0.25 / (targetStandardError * targetStandardError)) + 1);
		if (worstCase * perPath <= limit) {
			DepegEstimates estimates = DepegMonteCarlo.estimateToStandardError(model, initialPeg, thresholds,
					horizonsDays, targetStandardError, seed, settings);
			return new Outcome(estimates.results(), simulation(estimates.paths(), "TARGET_STANDARD_ERROR",
					targetStandardError, seed, settings, stepDays, perPath));
		}
		long affordable = Math.min(this.properties.maxPaths(), limit / perPath) / 2 * 2;
		if (affordable < DepegMonteCarlo.MIN_PATHS) {
			throw InvalidRequestException.of("paths", "the work limit of " + limit + " path-steps allows fewer than "
					+ DepegMonteCarlo.MIN_PATHS + " paths of " + perPath + " steps: shorten the horizons");
		}
		int pilotPaths = (int) Math.min(PILOT_PATHS, affordable);
		List<DepegEstimate> pilot = DepegMonteCarlo.estimate(model, initialPeg, thresholds, horizonsDays, pilotPaths,
				seed, settings);
		long samples = settings.antithetic() ? (pilotPaths + 1) / 2 : pilotPaths;
		double maxVariance = pilot.stream()
			.mapToDouble((e) -> e.standardError() * e.standardError() * samples)
			.max()
			.orElse(0);
		long needed = (settings.antithetic() ? 2 : 1)
				* (long) Math.ceil(1.1 * maxVariance / (targetStandardError * targetStandardError));
		if (needed <= pilotPaths) {
			return new Outcome(pilot, simulation(pilotPaths, "TARGET_STANDARD_ERROR", targetStandardError, seed,
					settings, stepDays, perPath));
		}
		long left = affordable - pilotPaths;
		if (left < DepegMonteCarlo.MIN_PATHS || left <= pilotPaths) {
			return new Outcome(pilot,
					simulation(pilotPaths, "WORK_LIMIT", targetStandardError, seed, settings, stepDays, perPath));
		}
		int second = (int) Math.min(needed, left);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(model, initialPeg, thresholds, horizonsDays, second,
				seed ^ INDEPENDENT_STREAM, settings);
		return new Outcome(estimates, simulation(second, (second == needed) ? "TARGET_STANDARD_ERROR" : "WORK_LIMIT",
				targetStandardError, seed, settings, stepDays, perPath));
	}

	private static DepegSimulation simulation(long paths, String chosenBy, Double target, long seed,
			DepegSimulationSettings settings, double stepDays, long perPath) {
		return new DepegSimulation((int) paths, chosenBy, target, seed, DepegSimulation.METHOD,
				settings.monitoring().name(), stepDays, settings.antithetic(), paths * perPath);
	}

	private static long even(long paths) {
		return (paths + 1) / 2 * 2;
	}

	/**
	 * Simulated steps of one path to the longest horizon, plus its expected jumps (each
	 * splits a step).
	 */
	static long pathStepsPerPath(PegModel model, DepegSimulationSettings settings, double[] horizonsDays) {
		double longest = 0;
		for (double horizon : horizonsDays) {
			longest = Math.max(longest, horizon);
		}
		double steps = Math.floor(longest / effectiveStepDays(model.kappa(), settings) + 1e-9) + horizonsDays.length;
		double intensity = model.jumpIntensity();
		for (JumpComponent component : settings.eventJumps()) {
			intensity += component.intensityPerYear();
		}
		return Math.max(1, (long) Math.ceil(steps + intensity * longest / 365));
	}

	/** The step {@link DepegMonteCarlo} uses: refined for fast mean reversion. */
	static double effectiveStepDays(double kappa, DepegSimulationSettings settings) {
		if (settings.monitoring() != Monitoring.CONTINUOUS || kappa == 0) {
			return settings.stepDays();
		}
		double refined = Math.max(DepegMonteCarlo.MIN_REFINED_STEP_DAYS, DepegMonteCarlo.MAX_KAPPA_STEP / kappa * 365);
		return Math.min(settings.stepDays(), refined);
	}

	/**
	 * @param estimates one per (threshold, horizon), thresholds in the outer loop
	 * @param simulation how
	 */
	record Outcome(List<DepegEstimate> estimates, DepegSimulation simulation) {

		List<DepegProbabilityResult> results() {
			return this.estimates.stream()
				.map((e) -> new DepegProbabilityResult(e.threshold(), e.horizonDays(), e.probability(),
						e.standardError()))
				.toList();
		}

	}

}
