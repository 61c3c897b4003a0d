package io.lsdrisk.comparison;

import java.util.Optional;

import io.lsdrisk.asset.Asset;

/**
 * Where the comparison and the dashboard gauges get an LSD's depeg probability; the depeg
 * feature implements it with its calibrated model. Empty when no model can tell (too
 * little history): the cell then says why.
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
