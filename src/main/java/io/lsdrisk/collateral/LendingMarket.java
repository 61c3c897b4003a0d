package io.lsdrisk.collateral;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A stored lending market row; see {@link LendingMarketRequest} for each field.
 */
public record LendingMarket(String market, String symbol, BigDecimal ltv, BigDecimal liquidationThreshold,
		BigDecimal liquidationBonus, boolean emode, OracleMode oracleMode, @Nullable BigDecimal supplyCap) {

}
