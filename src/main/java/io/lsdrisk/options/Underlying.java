package io.lsdrisk.options;

/**
 * What an option on a stored LSD is written on.
 */
public enum Underlying {

	/**
	 * The LSD's price in ETH: the latest {@code marketPriceEth}, else its exchange rate.
	 */
	LSD_PRICE_ETH,

	/**
	 * The LSD/ETH peg ratio {@code marketPriceEth / exchangeRate} (1 at par), the
	 * underlying of a depeg hedge.
	 */
	PEG_RATIO

}
