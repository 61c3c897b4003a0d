package io.lsdrisk.depeg;

import java.util.Optional;
import java.util.OptionalDouble;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.comparison.DepegProbability;
import io.lsdrisk.comparison.DepegProbabilitySource;

import org.springframework.stereotype.Component;

/**
 * Gives the comparison table and the dashboard gauges the calibrated model's depeg
 * probabilities (cached per asset, recomputed after new states arrive).
 */
@Component
class CalibratedDepegProbabilitySource implements DepegProbabilitySource {

	private final DepegService depeg;

	CalibratedDepegProbabilitySource(DepegService depeg) {
		this.depeg = depeg;
	}

	@Override
	public Optional<DepegProbability> probability(Asset asset, double threshold, int horizonDays) {
		OptionalDouble probability = this.depeg.depegProbability(asset, threshold, horizonDays);
		if (probability.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DepegProbability(probability.getAsDouble(),
				"Ornstein-Uhlenbeck with jumps on ln(peg), calibrated on the current redemption regime;"
						+ " Monte Carlo with Brownian-bridge crossing (GET /api/v1/lsds/{symbol}/depeg)",
				this.depeg.termStructure(asset).initialPegObservedAt(), this.depeg.calibrationProvenance(asset)));
	}

}
