package io.lsdrisk.compute.liquidity;

/**
 * The two coins of an ETH/LSD StableSwap pool, in the pool contract's order.
 */
public enum Coin {

	/** Coin 0 of the pool: ether. */
	ETH(0),

	/** Coin 1 of the pool: the liquid staking token (stETH in the Curve stETH pool). */
	LSD(1);

	private final int index;

	Coin(int index) {
		this.index = index;
	}

	/**
	 * Returns the coin's index in the pool contract ({@code i} or {@code j} of
	 * {@code get_dy}).
	 * @return 0 for ETH, 1 for the LSD
	 */
	public int index() {
		return this.index;
	}

	/**
	 * Returns the coin received when this one is sold.
	 * @return the other coin
	 */
	public Coin other() {
		return (this == ETH) ? LSD : ETH;
	}

}
