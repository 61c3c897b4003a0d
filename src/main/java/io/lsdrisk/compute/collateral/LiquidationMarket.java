package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * A market where liquidators sell seized LSD for ETH, as an immutable state: a sale
 * returns the ETH received and a new state; the receiver never changes.
 *
 * <p>
 * Prices are ETH per LSD token as the market quotes it: the token's exchange rate times
 * its peg. Implementations need {@link #priceEth}, {@link #ethOutForSale} and
 * {@link #afterSale}; the two inverse look-ups default to a bracketing search (double the
 * size until the target is passed, then bisect), which is safe on curves with a cliff
 * such as a high-amplification StableSwap pool; closed forms may override them.
 */
public interface LiquidationMarket {

	/**
	 * Marginal price of one LSD token before any sale, in ETH, without fee.
	 * @return the price, {@code > 0}
	 */
	double priceEth();

	/**
	 * ETH received for selling {@code lsdAmount} tokens now, fees deducted.
	 * @param lsdAmount tokens sold, {@code >= 0}
	 * @return ETH out, {@code >= 0}
	 */
	double ethOutForSale(double lsdAmount);

	/**
	 * The market after selling {@code lsdAmount} tokens.
	 * @param lsdAmount tokens sold, {@code >= 0}
	 * @return the new state
	 */
	LiquidationMarket afterSale(double lsdAmount);

	/**
	 * Average slippage of a sale: {@code 1 - ethOut / (lsdAmount * priceEth)}, fees
	 * included; the fee fraction (or 0) for a vanishing sale.
	 * @param lsdAmount tokens sold, {@code >= 0}
	 * @return the slippage, a fraction
	 */
	default double slippage(double lsdAmount) {
		Arguments.nonNegative("lsdAmount", lsdAmount);
		double size = (lsdAmount == 0) ? 1e-9 * Math.max(1.0, 1.0 / priceEth()) : lsdAmount;
		return 1.0 - ethOutForSale(size) / (size * priceEth());
	}

	/**
	 * Price impact of a sale: {@code 1 - priceAfter / priceBefore} (marginal prices).
	 * @param lsdAmount tokens sold, {@code >= 0}
	 * @return the impact, a fraction
	 */
	default double priceImpact(double lsdAmount) {
		Arguments.nonNegative("lsdAmount", lsdAmount);
		return 1.0 - afterSale(lsdAmount).priceEth() / priceEth();
	}

	/**
	 * Tokens to sell to bring the marginal price down to {@code targetPriceEth} ("LSD
	 * sellable before the price falls to p").
	 * @param targetPriceEth the target, {@code > 0}
	 * @return the sale, 0 when the price is already at or below the target
	 */
	default double saleToReachPrice(double targetPriceEth) {
		Arguments.positive("targetPriceEth", targetPriceEth);
		if (priceEth() <= targetPriceEth) {
			return 0;
		}
		return MarketSearch.smallestSale(size -> afterSale(size).priceEth() <= targetPriceEth);
	}

	/**
	 * Largest sale whose average execution price is at least {@code 1 - slippageFraction}
	 * of the current price (fees included): the liquidity "within a slippage".
	 * @param slippageFraction the slippage, in [0, 1)
	 * @return the sale, 0 when even a tiny sale slips more (the fee exceeds the slippage)
	 */
	default double saleWithinSlippage(double slippageFraction) {
		if (!(slippageFraction >= 0 && slippageFraction < 1)) {
			throw new IllegalArgumentException("slippageFraction must be in [0, 1), was " + slippageFraction);
		}
		if (slippage(0) >= slippageFraction) {
			return 0;
		}
		return MarketSearch.smallestSale(size -> slippage(size) >= slippageFraction);
	}

}
