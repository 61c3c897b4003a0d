package io.lsdrisk.liquidity;

import java.math.BigDecimal;
import java.time.Instant;

import io.lsdrisk.compute.Provenance;

/**
 * A stored observation of a two-coin pool; see {@link LiquidityPoolStateRequest} for each
 * field.
 *
 * @param provenance REAL or SYNTHETIC: derived from {@code source} by the
 * {@link io.lsdrisk.asset.ProvenanceRule} when the state is read or received, never
 * stored
 */
public record LiquidityPoolState(Instant observedAt, BigDecimal balanceEth, BigDecimal balanceLsd,
		BigDecimal amplification, BigDecimal fee, String source, Provenance provenance) {

}
