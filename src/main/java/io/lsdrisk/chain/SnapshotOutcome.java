package io.lsdrisk.chain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot stored.
 *
 * @param blockNumber the block read
 * @param observedAt the block's timestamp, stored as each row's observedAt
 * @param inserted LSDs and pools ({@code symbol} or {@code symbol@venue}) with a new row
 * @param unchanged those whose row for this block was already stored, identical
 * @param skipped those with no row stored, with the reason
 */
public record SnapshotOutcome(long blockNumber, Instant observedAt, List<String> inserted, List<String> unchanged,
		Map<String, String> skipped) {

}
