package io.lsdrisk.chain;

import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.PoolStateRequest;
import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.liquidity.LiquidityPoolStateRequest;

/**
 * What one snapshot read at one block: a complete row per LSD, or the reason it was
 * skipped; likewise per liquidity pool. Nothing half-read is in a row.
 *
 * @param block the block every value was read at
 * @param assets one entry per LSD asked for
 * @param pools one entry per liquidity pool feed of those LSDs
 * @param failedFeeds feeds whose read failed, with the reason
 */
record Snapshot(BlockHeader block, List<AssetRead> assets, List<PoolRead> pools, Map<String, String> failedFeeds) {

	/**
	 * @param symbol the LSD
	 * @param row the complete row, null when skipped
	 * @param feeds names of the feeds in the row
	 * @param skipReason why the row was skipped, null when complete
	 */
	record AssetRead(String symbol, PoolStateRequest row, List<String> feeds, String skipReason) {
	}

	/**
	 * @param symbol the LSD
	 * @param venue the pool's venue
	 * @param feed the feed's name
	 * @param row the complete row, null when skipped
	 * @param skipReason why the row was skipped, null when complete
	 */
	record PoolRead(String symbol, String venue, String feed, LiquidityPoolStateRequest row, String skipReason) {
	}

}
