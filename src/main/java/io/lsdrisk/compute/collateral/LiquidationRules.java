package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * A lending market's liquidation rules for one LSD collateral.
 *
 * <p>
 * A position with HF &lt; 1 may be liquidated: the liquidator repays
 * {@code closeFactor * debt} (all of it when HF &lt; {@code fullLiquidationHealthFactor})
 * and seizes collateral worth {@code repaid * (1 + liquidationBonus)} at the oracle
 * price; when the collateral is worth less, it seizes all of it and repays
 * {@code collateral / (1 + bonus)} (Aave v3 {@code LiquidationLogic}).
 *
 * @param closeFactor share of the debt one liquidation may repay, in (0, 1]
 * @param fullLiquidationHealthFactor below this HF the close factor is 1 (0.95 in Aave
 * v3; 0 for "never", as in Aave v2), in [0, 1]
 * @param liquidationBonus fraction, in [0, 1) (0.05 for 5 %)
 * @param oracleMode which LSD price the protocol sees
 * @param exchangeRate ETH per token the exchange-rate oracle reports, {@code > 0}; used
 * only under {@link OracleMode#EXCHANGE_RATE}
 */
public record LiquidationRules(double closeFactor, double fullLiquidationHealthFactor, double liquidationBonus,
		OracleMode oracleMode, double exchangeRate) {

	public LiquidationRules {
		if (!(closeFactor > 0 && closeFactor <= 1)) {
			throw new IllegalArgumentException("closeFactor must be in (0, 1], was " + closeFactor);
		}
		Arguments.fraction("fullLiquidationHealthFactor", fullLiquidationHealthFactor);
		if (!(liquidationBonus >= 0 && liquidationBonus < 1)) {
			throw new IllegalArgumentException("liquidationBonus must be in [0, 1), was " + liquidationBonus);
		}
		Arguments.notNull("oracleMode", oracleMode);
		Arguments.positive("exchangeRate", exchangeRate);
	}

	/**
	 * Aave v3: close factor 50 %, 100 % below HF 0.95.
	 * @param liquidationBonus fraction
	 * @param oracleMode oracle mode
	 * @param exchangeRate ETH per token
	 * @return the rules
	 */
	public static LiquidationRules aaveV3(double liquidationBonus, OracleMode oracleMode, double exchangeRate) {
		return new LiquidationRules(0.5, 0.95, liquidationBonus, oracleMode, exchangeRate);
	}

	/**
	 * Aave v2: close factor 50 % at every health factor.
	 * @param liquidationBonus fraction
	 * @param oracleMode oracle mode
	 * @param exchangeRate ETH per token
	 * @return the rules
	 */
	public static LiquidationRules aaveV2(double liquidationBonus, OracleMode oracleMode, double exchangeRate) {
		return new LiquidationRules(0.5, 0, liquidationBonus, oracleMode, exchangeRate);
	}

}
