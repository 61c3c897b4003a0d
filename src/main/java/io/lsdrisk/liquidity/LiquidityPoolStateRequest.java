package io.lsdrisk.liquidity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One observation of a two-coin Curve-style pool (coin 0 ETH, coin 1 the LSD).
 *
 * @param observedAt when the state was observed (UTC), not in the future
 * @param balanceEth ETH balance, positive
 * @param balanceLsd LSD balance in token units, positive
 * @param amplification A as the pool contract reports it ({@code A_precise() / 100})
 * @param fee swap fee as a fraction of the output amount, in [0, 1)
 * @param source where the row came from; generated rows say {@code synthetic}
 */
public record LiquidityPoolStateRequest(Instant observedAt, BigDecimal balanceEth, BigDecimal balanceLsd,
		BigDecimal amplification, BigDecimal fee, String source) {

}
