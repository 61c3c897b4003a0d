package io.lsdrisk.collateral;

/**
 * The real Aave position snapshots of June 2023 in {@code db/sample} (see
 * {@code db/sample/SOURCES.md}), with the liquidation rules of their protocol version.
 */
public enum PositionSnapshot {

	/**
	 * Aave v2 accounts with stETH collateral (1,309 accounts, amounts in stETH, money in
	 * ETH); Aave v2 rules: close factor 50 % at every health factor.
	 */
	AAVE_V2_STETH("aave_v2_steth_collateral_positions_snapshot_2023-06.csv", "aave-v2", 0.0),

	/**
	 * Aave v3 accounts with wstETH collateral (502 accounts, amounts in wstETH, money in
	 * USD converted to ETH at the snapshot's ETH price); Aave v3 rules: close factor 50
	 * %, 100 % below HF 0.95.
	 */
	AAVE_V3_WSTETH("aave_v3_wsteth_collateral_positions_snapshot_2023-06.csv", "aave-v3", 0.95);

	private final String fileName;

	private final String market;

	private final double fullLiquidationHealthFactor;

	PositionSnapshot(String fileName, String market, double fullLiquidationHealthFactor) {
		this.fileName = fileName;
		this.market = market;
		this.fullLiquidationHealthFactor = fullLiquidationHealthFactor;
	}

	/** File name inside {@code db/sample}. */
	String fileName() {
		return this.fileName;
	}

	/** The stored lending market whose bonus and oracle mode apply by default. */
	String market() {
		return this.market;
	}

	/** Below this health factor the close factor is 1 (0: never, as in Aave v2). */
	double fullLiquidationHealthFactor() {
		return this.fullLiquidationHealthFactor;
	}

}
