package io.lsdrisk.depeg;

import java.util.List;

import io.lsdrisk.compute.peg.DepegEstimate;
import io.lsdrisk.compute.peg.DepegEstimates;
import io.lsdrisk.compute.peg.DepegMonteCarlo;
import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.JumpComponent;
import io.lsdrisk.compute.peg.DepegAccuracy;
import io.lsdrisk.compute.peg.PegModel;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * Runs {@link DepegMonteCarlo} within the work limit {@code lsdrisk.depeg.max-path-steps}
 * (paths times simulated steps per path, jumps included), so no request runs for minutes.
 * <p>
 * With a path count, a request over the limit is refused naming {@code paths}. Without
 * one, {@link DepegMonteCarlo#estimateToAccuracy} aims at the target standard error (and,
 * when importance sampling is used, the relative target) with at most the paths the limit
 * allows; {@code WORK_LIMIT} then says the target was not reached.
 */
@Component
class DepegSimulator {

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
		double stepDays = DepegMonteCarlo.effectiveStepDays(model, settings);
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
			DepegEstimates estimates = DepegMonteCarlo.run(model, initialPeg, thresholds, horizonsDays, paths, seed,
					settings);
			return new Outcome(estimates.results(), simulation(estimates.paths(), "REQUEST", null, null, seed,
					estimates.importanceSampling(), settings, stepDays, perPath));
		}
		long affordable = Math.min(this.properties.maxPaths(), limit / perPath) / 2 * 2;
		if (affordable < DepegMonteCarlo.MIN_PATHS) {
			throw InvalidRequestException.of("paths", "the work limit of " + limit + " path-steps allows fewer than "
					+ DepegMonteCarlo.MIN_PATHS + " paths of " + perPath + " steps: shorten the horizons");
		}
		double relative = this.properties.targetRelativeStandardError();
		DepegEstimates estimates = DepegMonteCarlo.estimateToAccuracy(model, initialPeg, thresholds, horizonsDays,
				new DepegAccuracy(targetStandardError, relative, affordable), seed, settings);
		return new Outcome(estimates.results(),
				simulation(estimates.paths(), estimates.targetReached() ? "TARGET_STANDARD_ERROR" : "WORK_LIMIT",
						targetStandardError, estimates.importanceSampling() ? relative : null, seed,
						estimates.importanceSampling(), settings, stepDays, perPath));
	}

	private static DepegSimulation simulation(long paths, String chosenBy, Double target, Double relativeTarget,
			long seed, boolean importance, DepegSimulationSettings settings, double stepDays, long perPath) {
		return new DepegSimulation((int) paths, chosenBy, target, relativeTarget, seed,
				importance ? DepegSimulation.IMPORTANCE_METHOD : DepegSimulation.METHOD, importance,
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
		double steps = Math.floor(longest / DepegMonteCarlo.effectiveStepDays(model, settings) + 1e-9)
				+ horizonsDays.length;
		double intensity = model.jumpIntensity();
		for (JumpComponent component : settings.eventJumps()) {
			intensity += component.intensityPerYear();
		}
		return Math.max(1, (long) Math.ceil(steps + intensity * longest / 365));
	}

	/**
	 * @param estimates one per (threshold, horizon), thresholds in the outer loop
	 * @param simulation how
	 */
	record Outcome(List<DepegEstimate> estimates, DepegSimulation simulation) {

		List<DepegProbabilityResult> results() {
			return this.estimates.stream()
				.map((e) -> new DepegProbabilityResult(e.threshold(), e.horizonDays(), e.probability(),
						e.standardError(), e.upperBound95()))
				.toList();
		}

	}

}
