package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Instant;

import io.lsdrisk.compute.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A stored observation of an LSD's state; see {@link PoolStateRequest} for each field.
 * Decimals are exact, at most 18 decimal places.
 *
 * @param provenance REAL or SYNTHETIC: derived from {@code source} by the
 * {@link ProvenanceRule} when the state is read or received, never stored
 */
public record PoolState(Instant observedAt, @Nullable Long blockNumber, BigDecimal exchangeRate,
		@Nullable BigDecimal marketPriceEth, @Nullable BigDecimal ethUsd, @Nullable BigDecimal totalPooledEth,
		@Nullable BigDecimal tokenSupply, @Nullable BigDecimal stakingApr, @Nullable BigDecimal withdrawalQueueEth,
		@Nullable Integer validatorCount, String source, Provenance provenance) {

}
