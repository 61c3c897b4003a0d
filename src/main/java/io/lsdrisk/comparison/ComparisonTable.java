package io.lsdrisk.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lsdrisk.compute.DataProvenance;

/**
 * The comparative risk table: one row per dimension, one column for native staking and
 * one per LSD.
 *
 * @param generatedAt when the table was computed
 * @param columns {@code NATIVE_STAKING}, then the LSDs' symbols
 * @param rows one per dimension, cells in column order
 * @param totalStakedEth the configured denominator of market shares, ETH
 * @param governanceHighShare the share of all staked ETH from which governance
 * concentration is HIGH (the one-third threshold)
 * @param dataProvenance per column, the real and generated days of the stored states
 * behind all of its cells (a day of a series counted once; no days for native staking)
 */
public record ComparisonTable(Instant generatedAt, List<String> columns, List<ComparisonRow> rows,
		double totalStakedEth, double governanceHighShare, Map<String, DataProvenance> dataProvenance) {

	/**
	 * @param dimension the risk factor
	 * @param seedNativeStaking the seed table's wording for native staking
	 * @param seedLsd the seed table's wording for an LSD
	 * @param cells one per column
	 */
	public record ComparisonRow(RiskDimension dimension, String seedNativeStaking, String seedLsd,
			List<RiskCell> cells) {
	}

}
