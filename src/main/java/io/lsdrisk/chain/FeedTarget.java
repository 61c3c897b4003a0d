package io.lsdrisk.chain;

/**
 * Where a feed's value goes in a snapshot.
 */
public enum FeedTarget {

	/** The LSD's exchange rate, ETH per token. */
	EXCHANGE_RATE,

	/** The market price in ETH per token (a Curve pool gives its marginal price). */
	MARKET_PRICE_ETH,

	/** ETH in USD; a feed for every LSD when its symbol is {@code *}. */
	ETH_USD,

	/** ETH held by the protocol. */
	TOTAL_POOLED_ETH,

	/** Tokens outstanding. */
	TOKEN_SUPPLY,

	/** A liquidity pool state of the LSD at the feed's venue (Curve pools only). */
	LIQUIDITY_POOL

}
