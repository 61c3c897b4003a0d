package io.lsdrisk.depeg;

import io.lsdrisk.web.FiniteNumbers;

import java.util.List;

import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.PegModel;
import io.lsdrisk.depeg.DepegProbabilityRequest.DepegModelParameters;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;

/**
 * Depeg probabilities for a model given in full, in the closed regime (no barrier, no
 * switch). Continuous monitoring, steps of at most {@code lsdrisk.depeg.max-step-days}
 * (refined so that {@code kappa * step <= 0.05}), antithetic pairs, importance sampling
 * of rare jump sources as configured; see {@link DepegSimulator} for the path count and
 * the work limit.
 */
@Service
class DepegProbabilityService {

	private final DepegSimulator simulator;

	private final DepegProperties properties;

	DepegProbabilityService(DepegSimulator simulator, DepegProperties properties) {
		this.simulator = simulator;
		this.properties = properties;
	}

	DepegProbabilityResponse probability(DepegProbabilityRequest request) {
		DepegModelParameters parameters = request.model();
		PegModel model = new PegModel(FiniteNumbers.require("model.kappa", parameters.kappa()),
				FiniteNumbers.require("model.mu", parameters.mu()),
				FiniteNumbers.require("model.sigma", parameters.sigma()),
				optional("model.jumpIntensity", parameters.jumpIntensity()),
				optional("model.jumpMean", parameters.jumpMean()),
				optional("model.jumpVolatility", parameters.jumpVolatility()));
		double initialPeg = FiniteNumbers.require("initialPeg", request.initialPeg());
		double[] thresholds = values("thresholds", request.thresholds(), this.properties.maxThresholds());
		double[] horizons = values("horizonsDays", request.horizonsDays(), this.properties.maxHorizons());
		double target = (request.targetStandardError() != null)
				? FiniteNumbers.require("targetStandardError", request.targetStandardError())
				: this.properties.targetStandardError();
		long seed = (request.seed() != null) ? request.seed() : this.properties.defaultSeed();
		DepegSimulator.Outcome outcome = this.simulator.run(model, initialPeg, thresholds, horizons, request.paths(),
				seed, target, DepegSimulationSettings.DEFAULT.withStepDays(this.properties.maxStepDays())
					.withImportanceSampling(this.properties.importanceSampling()));
		return new DepegProbabilityResponse(outcome.results(), outcome.simulation());
	}

	private static double optional(String field, Double value) {
		return (value != null) ? FiniteNumbers.require(field, value) : 0;
	}

	static double[] values(String field, List<Double> values, int max) {
		if (values.size() > max) {
			throw InvalidRequestException.of(field, "must hold at most " + max + " values, had " + values.size());
		}
		double[] result = new double[values.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = FiniteNumbers.require(field + "[" + i + "]", values.get(i));
		}
		return result;
	}

}
