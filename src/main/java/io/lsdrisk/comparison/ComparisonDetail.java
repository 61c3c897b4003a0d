package io.lsdrisk.comparison;

import java.time.Instant;
import java.util.List;

import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.DataProvenance;
import org.jspecify.annotations.Nullable;

/**
 * One LSD's row of the comparison, explained.
 *
 * @param symbol the LSD
 * @param protocol its protocol
 * @param tokenModel REBASING or NON_REBASING
 * @param generatedAt when the table was computed
 * @param stateObservedAt the latest state the figures rest on
 * @param dimensions every dimension: the rule ladder, the LSD's cell and native staking's
 * @param dataProvenance real and generated days of the stored states behind all of the
 * LSD's cells (a day of a series counted once)
 */
public record ComparisonDetail(String symbol, String protocol, TokenModel tokenModel, Instant generatedAt,
		@Nullable Instant stateObservedAt, List<DimensionDetail> dimensions, DataProvenance dataProvenance) {

	/**
	 * @param dimension the risk factor
	 * @param seedNativeStaking the seed table's wording for native staking
	 * @param seedLsd the seed table's wording for an LSD
	 * @param ladder the rules in order, with their configured thresholds
	 * @param cell the LSD's cell
	 * @param nativeStaking native staking's cell, for contrast
	 */
	public record DimensionDetail(RiskDimension dimension, String seedNativeStaking, String seedLsd,
			List<String> ladder, RiskCell cell, RiskCell nativeStaking) {
	}

}
