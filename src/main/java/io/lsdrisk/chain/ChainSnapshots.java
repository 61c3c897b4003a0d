package io.lsdrisk.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.chain.rpc.JsonRpcClient;
import io.lsdrisk.ingest.IngestionResult;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.lsdrisk.web.ConflictException;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes snapshots: reads every configured value at one block and stores each LSD's row
 * and each pool's row through the same ingestion services as the API, one row per call,
 * so validation and idempotency hold (the same block twice changes nothing) and one row
 * refused never stops another.
 */
public class ChainSnapshots {

	private static final Logger log = LoggerFactory.getLogger(ChainSnapshots.class);

	private final JsonRpcClient client;

	private final SnapshotReader reader;

	private final FeedPlan plan;

	private final AssetService assets;

	private final PoolStateService poolStates;

	private final LiquidityPoolStateService liquidityStates;

	private final FeedMetrics metrics;

	private final int confirmations;

	ChainSnapshots(JsonRpcClient client, FeedPlan plan, AssetService assets, PoolStateService poolStates,
			LiquidityPoolStateService liquidityStates, FeedMetrics metrics, ChainProperties properties) {
		this.client = client;
		this.reader = new SnapshotReader(client, plan);
		this.plan = plan;
		this.assets = assets;
		this.poolStates = poolStates;
		this.liquidityStates = liquidityStates;
		this.metrics = metrics;
		this.confirmations = properties.confirmations();
	}

	/**
	 * A live snapshot of every configured LSD at the node's latest block less the
	 * configured confirmations; updates the feed metrics.
	 * @throws io.lsdrisk.chain.rpc.RpcException when the block cannot be found
	 */
	public SnapshotOutcome snapshotLatest() {
		long latest = this.client.blockNumber();
		return snapshotAt(this.client.block(Math.max(0, latest - this.confirmations)), this.plan.symbols(), true);
	}

	/**
	 * A snapshot of the given LSDs at a known block.
	 * @param block the block, with its timestamp
	 * @param symbols configured symbols to read
	 * @param live whether this is a live snapshot (feed metrics) or a backfill step
	 */
	public SnapshotOutcome snapshotAt(BlockHeader block, List<String> symbols, boolean live) {
		Snapshot snapshot = this.reader.read(block, symbols, this::tokenModel);
		List<String> inserted = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		Map<String, String> skipped = new LinkedHashMap<>();
		Map<String, Boolean> feedStored = new LinkedHashMap<>();
		for (Snapshot.AssetRead read : snapshot.assets()) {
			String reason = read.skipReason();
			if (reason == null) {
				reason = store(read.symbol(), inserted, unchanged,
						() -> this.poolStates.ingest(read.symbol(), List.of(read.row()), false));
			}
			if (reason != null) {
				skipped.put(read.symbol(), reason);
			}
			for (Feed feed : this.plan.feedsOf(read.symbol())) {
				if (feed.target() != FeedTarget.LIQUIDITY_POOL) {
					feedStored.merge(feed.name(), reason == null, Boolean::logicalOr);
				}
			}
		}
		for (Snapshot.PoolRead read : snapshot.pools()) {
			String key = read.symbol() + "@" + read.venue();
			String reason = read.skipReason();
			if (reason == null) {
				reason = store(key, inserted, unchanged,
						() -> this.liquidityStates.ingest(read.symbol(), read.venue(), List.of(read.row()), false));
			}
			if (reason != null) {
				skipped.put(key, reason);
			}
			feedStored.merge(read.feed(), reason == null, Boolean::logicalOr);
		}
		if (live) {
			feedStored.forEach((feed, stored) -> record(feed, stored, snapshot.failedFeeds().keySet()));
		}
		SnapshotOutcome outcome = new SnapshotOutcome(block.number(), block.timestamp(), inserted, unchanged, skipped);
		log.info("Chain snapshot at block {} ({}): {} inserted, {} unchanged, {} skipped{}", block.number(),
				block.timestamp(), inserted.size(), unchanged.size(), skipped.size(),
				skipped.isEmpty() ? "" : " " + skipped.keySet());
		return outcome;
	}

	private String store(String key, List<String> inserted, List<String> unchanged, Ingestion ingestion) {
		try {
			IngestionResult result = ingestion.ingest();
			((result.inserted() + result.updated() > 0) ? inserted : unchanged).add(key);
			return null;
		}
		catch (ConflictException ex) {
			String reason = "stored row for this time differs (a reorganised block?): " + ex.getMessage();
			log.warn("Chain snapshot: {} not stored: {}", key, reason);
			return reason;
		}
		catch (InvalidRequestException | NotFoundException ex) {
			String reason = "refused by validation: " + ex.getMessage();
			log.warn("Chain snapshot: {} not stored: {}", key, reason);
			return reason;
		}
	}

	private void record(String feed, boolean stored, Set<String> failed) {
		if (failed.contains(feed)) {
			this.metrics.failure(feed);
		}
		else if (stored) {
			this.metrics.success(feed);
		}
		else {
			this.metrics.skipped(feed);
		}
	}

	private TokenModel tokenModel(String symbol) {
		return this.assets.findOptional(symbol).map(Asset::tokenModel).orElse(null);
	}

	@FunctionalInterface
	private interface Ingestion {

		IngestionResult ingest();

	}

}
