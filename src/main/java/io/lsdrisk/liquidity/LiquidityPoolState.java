package io.lsdrisk.liquidity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored observation of a two-coin pool; see {@link LiquidityPoolStateRequest} for each
 * field.
 */
public record LiquidityPoolState(Instant observedAt, BigDecimal balanceEth, BigDecimal balanceLsd,
		BigDecimal amplification, BigDecimal fee, String source) {

}
