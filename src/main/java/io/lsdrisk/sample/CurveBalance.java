package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One real daily reading of the Curve stETH/ETH pool's balances.
 *
 * @param at when the balances were read (UTC)
 * @param ethBalance ETH in the pool
 * @param stethBalance stETH in the pool
 * @param impliedSpotA50 the file's derived fee-less marginal price at A = 50 (not
 * observed)
 */
record CurveBalance(Instant at, BigDecimal ethBalance, BigDecimal stethBalance, BigDecimal impliedSpotA50) {

}
