package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * One collateral asset of a lending position.
 *
 * <p>
 * Prices are in the position's base currency (USD on Aave v3, ETH on Aave v2), as the
 * protocol's oracle reports them. For an LSD under a {@link OracleMode#MARKET} oracle the
 * price carries the current peg: {@code price = exchangeRate * peg * ethPrice}.
 *
 * @param symbol the asset, for example {@code wstETH}
 * @param amount token units, {@code >= 0}
 * @param price price of one token in the base currency, {@code >= 0}
 * @param liquidationThreshold the weight of this collateral in the health factor, in [0,
 * 1] (0.80 for 80 %)
 * @param loanToValue maximum borrowing weight, in [0, liquidationThreshold]
 * @param kind how the price moves under depeg and ETH shocks
 * @param exchangeRate ETH claim per token ({@code R_t}); 1 for assets that are not LSDs;
 * {@code > 0}
 */
public record CollateralHolding(String symbol, double amount, double price, double liquidationThreshold,
		double loanToValue, AssetKind kind, double exchangeRate) {

	public CollateralHolding {
		Arguments.notNull("symbol", symbol);
		Arguments.nonNegative("amount", amount);
		Arguments.nonNegative("price", price);
		Arguments.fraction("liquidationThreshold", liquidationThreshold);
		Arguments.fraction("loanToValue", loanToValue);
		if (loanToValue > liquidationThreshold) {
			throw new IllegalArgumentException("loanToValue must be <= liquidationThreshold, was " + loanToValue + " > "
					+ liquidationThreshold + " for " + symbol);
		}
		Arguments.notNull("kind", kind);
		Arguments.positive("exchangeRate", exchangeRate);
	}

	/**
	 * An LSD collateral.
	 * @param symbol the token
	 * @param amount token units
	 * @param price oracle price of one token in the base currency
	 * @param liquidationThreshold fraction
	 * @param loanToValue fraction
	 * @param exchangeRate ETH claim per token
	 * @return the holding
	 */
	public static CollateralHolding lsd(String symbol, double amount, double price, double liquidationThreshold,
			double loanToValue, double exchangeRate) {
		return new CollateralHolding(symbol, amount, price, liquidationThreshold, loanToValue, AssetKind.LSD,
				exchangeRate);
	}

	/**
	 * A collateral that is not an LSD.
	 * @param symbol the token
	 * @param amount token units
	 * @param price price of one token in the base currency
	 * @param liquidationThreshold fraction
	 * @param loanToValue fraction
	 * @param kind {@link AssetKind#ETH} or {@link AssetKind#OTHER}
	 * @return the holding
	 */
	public static CollateralHolding of(String symbol, double amount, double price, double liquidationThreshold,
			double loanToValue, AssetKind kind) {
		return new CollateralHolding(symbol, amount, price, liquidationThreshold, loanToValue, kind, 1.0);
	}

	/**
	 * @return amount times price, in the base currency
	 */
	public double value() {
		return this.amount * this.price;
	}

}
