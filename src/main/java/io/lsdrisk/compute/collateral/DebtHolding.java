package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * One borrowed asset of a lending position.
 *
 * @param asset the asset, for example {@code WETH} or {@code USDC}
 * @param amount token units, {@code >= 0}
 * @param price price of one token in the position's base currency, {@code >= 0}
 * @param kind how the price moves under depeg and ETH shocks (a borrowed LSD falls with
 * its peg under a {@link OracleMode#MARKET} oracle)
 */
public record DebtHolding(String asset, double amount, double price, AssetKind kind) {

	public DebtHolding {
		Arguments.notNull("asset", asset);
		Arguments.nonNegative("amount", amount);
		Arguments.nonNegative("price", price);
		Arguments.notNull("kind", kind);
	}

	/**
	 * @return amount times price, in the base currency
	 */
	public double value() {
		return this.amount * this.price;
	}

}
