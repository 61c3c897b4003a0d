package io.lsdrisk.options;

/**
 * The strategies the API builds.
 */
public enum StrategyKind {

	/** Hold the LSD and sell a call on the units held at expiry. */
	COVERED_CALL,

	/** Hold the LSD and buy a put on the LSD/ETH peg ratio. */
	DEPEG_HEDGE,

	/** Legs given one by one. */
	CUSTOM

}
