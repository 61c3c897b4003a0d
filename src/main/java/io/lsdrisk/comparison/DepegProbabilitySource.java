package io.lsdrisk.comparison;

import java.util.Optional;

import io.lsdrisk.asset.Asset;

/**
 * Where the comparison gets an LSD's depeg probability. The default bean has no model and
 * answers empty (the cell then says "depeg model not available"); a bean of this type
 * elsewhere replaces it.
 */
public interface DepegProbabilitySource {

	/**
	 * @param asset the LSD
	 * @param threshold peg ratio, e.g. 0.98
	 * @param horizonDays horizon, days
	 * @return the probability that the peg falls to or under the threshold within the
	 * horizon, or empty when no model can tell
	 */
	Optional<DepegProbability> probability(Asset asset, double threshold, int horizonDays);

}
