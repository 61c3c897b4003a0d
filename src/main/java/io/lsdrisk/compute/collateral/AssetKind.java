package io.lsdrisk.compute.collateral;

/**
 * How a holding's price moves under the two shocks a position is tested against: a depeg
 * of liquid staking derivatives against ETH, and a move of ETH against the base currency.
 */
public enum AssetKind {

	/**
	 * A liquid staking derivative: moves with ETH, and with its peg when the oracle reads
	 * the market price.
	 */
	LSD,

	/** ETH or WETH: moves with ETH, not with a depeg. */
	ETH,

	/**
	 * Anything else (stablecoins, other assets): assumed fixed in the base currency under
	 * both shocks.
	 */
	OTHER

}
