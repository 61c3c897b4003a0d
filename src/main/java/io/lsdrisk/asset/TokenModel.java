package io.lsdrisk.asset;

/**
 * How an LSD accounts for staking rewards.
 */
public enum TokenModel {

	/** Balances grow; one token stays about one ETH (Lido stETH). */
	REBASING,

	/**
	 * Balances are static; the exchange rate in ETH per token grows (wstETH, rETH, ...).
	 */
	NON_REBASING

}
