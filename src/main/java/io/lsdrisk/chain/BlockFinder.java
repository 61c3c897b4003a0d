package io.lsdrisk.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.chain.rpc.JsonRpcClient;
import io.lsdrisk.chain.rpc.RpcException;

/**
 * Finds the block of a timestamp, the last block whose timestamp is at or before it, by
 * binary search on block timestamps, which strictly increase (by at least one second a
 * block: a block's timestamp must exceed its parent's). Timestamps are cached (least
 * recently used, bounded), so searches for nearby times share most of their probes.
 * <p>
 * A search starts from a block known to be at or before the time (the previous step's
 * block in a backfill, else block 0) and is bounded above by that block plus the seconds
 * between them: {@code ceil(log2(min(head - low, seconds)))} probes at most, 17 for a
 * daily step.
 */
class BlockFinder {

	private final JsonRpcClient client;

	private final Map<Long, Instant> timestamps;

	BlockFinder(JsonRpcClient client, int cacheSize) {
		this.client = client;
		this.timestamps = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
				return size() > cacheSize;
			}

		});
	}

	/** The node's latest block. */
	BlockHeader head() {
		return header(this.client.blockNumber());
	}

	/** A block's header, from the cache when known. */
	BlockHeader header(long number) {
		Instant cached = this.timestamps.get(number);
		if (cached != null) {
			return new BlockHeader(number, cached);
		}
		BlockHeader header = this.client.block(number);
		this.timestamps.put(number, header.timestamp());
		return header;
	}

	/**
	 * @param at the time
	 * @param lowerBound a block at or before {@code at}, or null to start from block 0
	 * @param head the node's latest block
	 * @return the last block whose timestamp is at or before {@code at}; {@code head}
	 * when {@code at} is after it
	 * @throws RpcException when the node cannot answer, or {@code at} precedes block 0
	 */
	BlockHeader atOrBefore(Instant at, BlockHeader lowerBound, BlockHeader head) {
		if (!head.timestamp().isAfter(at)) {
			return head;
		}
		BlockHeader low = (lowerBound != null && !lowerBound.timestamp().isAfter(at)) ? lowerBound : header(0);
		if (low.timestamp().isAfter(at)) {
			throw new RpcException(at + " is before block 0 (" + low.timestamp() + ")");
		}
		long seconds = Duration.between(low.timestamp(), at).toSeconds();
		long lo = low.number();
		long hi = Math.min(head.number() - 1, lo + seconds);
		// Invariant: timestamp(lo) <= at, and every block above hi is after at.
		while (lo < hi) {
			long mid = lo + (hi - lo + 1) / 2;
			if (header(mid).timestamp().isAfter(at)) {
				hi = mid - 1;
			}
			else {
				lo = mid;
			}
		}
		return header(lo);
	}

}
