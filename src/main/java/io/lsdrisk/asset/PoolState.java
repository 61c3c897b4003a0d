package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored observation of an LSD's state; see {@link PoolStateRequest} for each field.
 * Decimals are exact, at most 18 decimal places.
 */
public record PoolState(Instant observedAt, @Nullable Long blockNumber, BigDecimal exchangeRate,
		@Nullable BigDecimal marketPriceEth, @Nullable BigDecimal ethUsd, @Nullable BigDecimal totalPooledEth,
		@Nullable BigDecimal tokenSupply, @Nullable BigDecimal stakingApr, @Nullable BigDecimal withdrawalQueueEth,
		@Nullable Integer validatorCount, String source) {

}
