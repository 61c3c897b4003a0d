package io.lsdrisk.compute.collateral;

/**
 * Which price a lending protocol's oracle reports for an LSD collateral.
 */
public enum OracleMode {

	/**
	 * The protocol exchange rate (for example Aave's CAPO adapters): a market depeg alone
	 * leaves the collateral's value, and so the health factor, unchanged.
	 */
	EXCHANGE_RATE,

	/** The market price: a depeg lowers the collateral's value one for one. */
	MARKET

}
