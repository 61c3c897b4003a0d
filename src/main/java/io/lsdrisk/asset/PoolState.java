package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Instant;

import io.lsdrisk.compute.Provenance;

/**
 * A stored observation of an LSD's state; see {@link PoolStateRequest} for each field.
 * Decimals are exact, at most 18 decimal places.
 *
 * @param provenance REAL or SYNTHETIC: derived from {@code source} by the
 * {@link ProvenanceRule} when the state is read or received, never stored
 */
public record PoolState(Instant observedAt, Long blockNumber, BigDecimal exchangeRate, BigDecimal marketPriceEth,
		BigDecimal ethUsd, BigDecimal totalPooledEth, BigDecimal tokenSupply, BigDecimal stakingApr,
		BigDecimal withdrawalQueueEth, Integer validatorCount, String source, Provenance provenance) {

}
