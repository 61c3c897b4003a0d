package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One real Rocket Pool {@code BalancesUpdated} event.
 *
 * @param at block time (UTC)
 * @param block block number
 * @param totalEth ETH backing rETH
 * @param rethSupply rETH outstanding
 * @param rate protocol exchange rate, ETH per rETH ({@code totalEth / rethSupply})
 */
record RethBalance(Instant at, long block, BigDecimal totalEth, BigDecimal rethSupply, BigDecimal rate) {

}
