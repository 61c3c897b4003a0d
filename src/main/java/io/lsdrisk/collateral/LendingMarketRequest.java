package io.lsdrisk.collateral;

import java.math.BigDecimal;

/**
 * A lending market's parameters for one collateral asset. Fractions are decimals.
 *
 * @param market market name, for example {@code aave-v3-ethereum} or
 * {@code aave-v3-ethereum-emode}
 * @param symbol the LSD
 * @param ltv maximum loan-to-value, in [0, 1]
 * @param liquidationThreshold liquidation threshold, in [ltv, 1]
 * @param liquidationBonus extra collateral a liquidator receives, as a fraction of the
 * debt repaid (0.05 for 5 %), in [0, 1]
 * @param emode whether these are efficiency-mode (ETH-correlated) parameters
 * @param oracleMode which price the protocol sees
 * @param supplyCap maximum supply of the asset in token units, null if uncapped
 */
public record LendingMarketRequest(String market, String symbol, BigDecimal ltv, BigDecimal liquidationThreshold,
		BigDecimal liquidationBonus, boolean emode, OracleMode oracleMode, BigDecimal supplyCap) {

}
