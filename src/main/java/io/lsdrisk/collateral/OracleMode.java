package io.lsdrisk.collateral;

/**
 * Which price a lending protocol's oracle reports for an LSD collateral.
 */
public enum OracleMode {

	/**
	 * The protocol exchange rate (Aave's CAPO adapters): a market depeg alone moves
	 * nothing.
	 */
	EXCHANGE_RATE,

	/** The market price: a depeg lowers the collateral's value. */
	MARKET

}
