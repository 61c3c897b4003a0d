package io.lsdrisk.chain.rpc;

import java.time.Instant;

/**
 * The two fields of a block the feeds use.
 *
 * @param number block number
 * @param timestamp the block's timestamp (UTC, whole seconds)
 */
public record BlockHeader(long number, Instant timestamp) {

}
