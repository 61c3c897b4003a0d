package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * A constant-product pool ({@code x y = k}, Uniswap v2) of ETH and one LSD, with every
 * formula in closed form; the test market for cascades and haircuts.
 *
 * <p>
 * The fee is taken from the output, as Curve does: a sale of {@code dy} tokens pays
 * {@code (1 - f) x dy / (y + dy)} ETH, and the whole fee stays in the pool, so after the
 * sale the reserves are {@code (x - ethOut, y + dy)}. Marginal price {@code x / y}.
 *
 * @param ethReserve x, ETH, {@code > 0}
 * @param lsdReserve y, LSD tokens, {@code > 0}
 * @param feeFraction f, fraction of the output, in [0, 1)
 */
public record ConstantProductMarket(double ethReserve, double lsdReserve,
		double feeFraction) implements LiquidationMarket {

	public ConstantProductMarket {
		Arguments.positive("ethReserve", ethReserve);
		Arguments.positive("lsdReserve", lsdReserve);
		if (!(feeFraction >= 0 && feeFraction < 1)) {
			throw new IllegalArgumentException("feeFraction must be in [0, 1), was " + feeFraction);
		}
	}

	/**
	 * A pool quoting {@code priceEth} with {@code lsdReserve} tokens.
	 * @param priceEth marginal price, ETH per token, {@code > 0}
	 * @param lsdReserve tokens in the pool, {@code > 0}
	 * @param feeFraction fee, fraction of the output
	 * @return the pool
	 */
	public static ConstantProductMarket withPrice(double priceEth, double lsdReserve, double feeFraction) {
		Arguments.positive("priceEth", priceEth);
		return new ConstantProductMarket(priceEth * lsdReserve, lsdReserve, feeFraction);
	}

	@Override
	public double priceEth() {
		return this.ethReserve / this.lsdReserve;
	}

	@Override
	public double ethOutForSale(double lsdAmount) {
		Arguments.nonNegative("lsdAmount", lsdAmount);
		return (1 - this.feeFraction) * this.ethReserve * lsdAmount / (this.lsdReserve + lsdAmount);
	}

	@Override
	public ConstantProductMarket afterSale(double lsdAmount) {
		if (lsdAmount == 0) {
			return this;
		}
		double ethOut = ethOutForSale(lsdAmount);
		return new ConstantProductMarket(this.ethReserve - ethOut, this.lsdReserve + lsdAmount, this.feeFraction);
	}

	@Override
	public double slippage(double lsdAmount) {
		Arguments.nonNegative("lsdAmount", lsdAmount);
		// ethOut / (dy x / y) = (1 - f) y / (y + dy)
		return 1 - (1 - this.feeFraction) * this.lsdReserve / (this.lsdReserve + lsdAmount);
	}

	/**
	 * Closed form: after selling {@code dy}, with {@code u = y + dy}, the price is
	 * {@code x (y + f dy) / u^2}; setting it to p gives
	 * {@code p u^2 - x f u - x y (1 - f) = 0}, whose positive root is taken.
	 */
	@Override
	public double saleToReachPrice(double targetPriceEth) {
		Arguments.positive("targetPriceEth", targetPriceEth);
		if (priceEth() <= targetPriceEth) {
			return 0;
		}
		double x = this.ethReserve;
		double y = this.lsdReserve;
		double f = this.feeFraction;
		double u = (x * f + Math.sqrt(x * x * f * f + 4 * targetPriceEth * x * y * (1 - f))) / (2 * targetPriceEth);
		return Math.max(0, u - y);
	}

	/**
	 * Closed form: {@code (1 - f) y / (y + dy) = 1 - s} gives
	 * {@code dy = y (s - f) / (1 - s)}.
	 */
	@Override
	public double saleWithinSlippage(double slippageFraction) {
		if (!(slippageFraction >= 0 && slippageFraction < 1)) {
			throw new IllegalArgumentException("slippageFraction must be in [0, 1), was " + slippageFraction);
		}
		return Math.max(0, this.lsdReserve * (slippageFraction - this.feeFraction) / (1 - slippageFraction));
	}

}
