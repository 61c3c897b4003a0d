package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One observation of an LSD's on-chain and market state. Validation happens in the
 * ingestion service so that JSON and CSV input obey the same rules and report the same
 * field paths.
 *
 * @param observedAt when the state was observed (UTC), not in the future
 * @param blockNumber Ethereum block of the observation, if on-chain
 * @param exchangeRate ETH claim per token (1 for a rebasing token's unit), positive
 * @param marketPriceEth market price of one token in ETH, positive
 * @param ethUsd ETH price in USD, positive
 * @param totalPooledEth ETH held by the protocol
 * @param tokenSupply tokens outstanding
 * @param stakingApr protocol-reported staking APR, a decimal per year (0.035)
 * @param withdrawalQueueEth ETH waiting in the protocol's withdrawal queue
 * @param validatorCount active validators
 * @param source where the row came from; generated rows say {@code synthetic}
 */
public record PoolStateRequest(Instant observedAt, Long blockNumber, BigDecimal exchangeRate, BigDecimal marketPriceEth,
		BigDecimal ethUsd, BigDecimal totalPooledEth, BigDecimal tokenSupply, BigDecimal stakingApr,
		BigDecimal withdrawalQueueEth, Integer validatorCount, String source) {

}
