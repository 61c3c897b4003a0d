package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * A market for a wrapped token sold through a pool of its underlying, for example wstETH
 * unwrapped to stETH and sold into the stETH/ETH pool; unwrapping is taken as free and
 * instant.
 *
 * @param underlying the pool of the underlying token
 * @param underlyingPerToken underlying units one token unwraps to (stETH per wstETH, the
 * wstETH exchange rate), {@code > 0}
 */
public record ScaledMarket(LiquidationMarket underlying, double underlyingPerToken) implements LiquidationMarket {

	public ScaledMarket {
		Arguments.notNull("underlying", underlying);
		Arguments.positive("underlyingPerToken", underlyingPerToken);
	}

	@Override
	public double priceEth() {
		return this.underlying.priceEth() * this.underlyingPerToken;
	}

	@Override
	public double ethOutForSale(double lsdAmount) {
		return this.underlying.ethOutForSale(lsdAmount * this.underlyingPerToken);
	}

	@Override
	public ScaledMarket afterSale(double lsdAmount) {
		return new ScaledMarket(this.underlying.afterSale(lsdAmount * this.underlyingPerToken),
				this.underlyingPerToken);
	}

	@Override
	public double slippage(double lsdAmount) {
		return this.underlying.slippage(lsdAmount * this.underlyingPerToken);
	}

	@Override
	public double saleToReachPrice(double targetPriceEth) {
		return this.underlying.saleToReachPrice(targetPriceEth / this.underlyingPerToken) / this.underlyingPerToken;
	}

	@Override
	public double saleWithinSlippage(double slippageFraction) {
		return this.underlying.saleWithinSlippage(slippageFraction) / this.underlyingPerToken;
	}

}
