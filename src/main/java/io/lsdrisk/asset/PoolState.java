package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored observation of an LSD's state; see {@link PoolStateRequest} for each field.
 * Decimals are exact, at most 18 decimal places.
 */
public record PoolState(Instant observedAt, Long blockNumber, BigDecimal exchangeRate, BigDecimal marketPriceEth,
		BigDecimal ethUsd, BigDecimal totalPooledEth, BigDecimal tokenSupply, BigDecimal stakingApr,
		BigDecimal withdrawalQueueEth, Integer validatorCount, String source) {

}
