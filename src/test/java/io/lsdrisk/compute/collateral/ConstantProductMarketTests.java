package io.lsdrisk.compute.collateral;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ConstantProductMarketTests {

	private final ConstantProductMarket pool = new ConstantProductMarket(1000, 1000, 0.003);

	@Test
	void saleFollowsTheConstantProduct() {
		// Sell 100 into 1000/1000 with 0.3 % fee on output:
		// out = 0.997 * 1000 * 100 / 1100 = 90.6363..., reserves (909.3636..., 1100).
		double out = this.pool.ethOutForSale(100);
		assertThat(out).isCloseTo(0.997 * 100000.0 / 1100, within(1e-12));
		ConstantProductMarket after = this.pool.afterSale(100);
		assertThat(after.lsdReserve()).isEqualTo(1100);
		assertThat(after.ethReserve()).isCloseTo(1000 - out, within(1e-12));
		assertThat(after.priceEth()).isCloseTo((1000 - out) / 1100, within(1e-15));
		assertThat(this.pool.slippage(100)).isCloseTo(1 - out / 100, within(1e-12));
		assertThat(this.pool.priceImpact(100)).isCloseTo(1 - (1000 - out) / 1100, within(1e-12));
	}

	@Test
	void closedFormInversesAgreeWithTheGenericSearch() {
		LiquidationMarket generic = generic(this.pool);
		for (double target : new double[] { 0.99, 0.9, 0.5, 0.05 }) {
			double closed = this.pool.saleToReachPrice(target);
			assertThat(this.pool.afterSale(closed).priceEth()).isCloseTo(target, within(1e-12));
			assertThat(generic.saleToReachPrice(target)).isCloseTo(closed, within(1e-9 * closed));
		}
		for (double slippage : new double[] { 0.01, 0.05, 0.3 }) {
			double closed = this.pool.saleWithinSlippage(slippage);
			assertThat(this.pool.slippage(closed)).isCloseTo(slippage, within(1e-12));
			assertThat(generic.saleWithinSlippage(slippage)).isCloseTo(closed, within(1e-9 * closed));
		}
		// The fee alone slips 0.3 %: nothing sells within 0.2 %.
		assertThat(this.pool.saleWithinSlippage(0.002)).isZero();
		assertThat(generic.saleWithinSlippage(0.002)).isZero();
		assertThat(this.pool.saleToReachPrice(1.5)).isZero();
	}

	@Test
	void feeLessSaleToPriceIsTheTextbookRoot() {
		// x y = k, x / y = p -> y = sqrt(k / p): from 1000/1000 to 0.64 needs y = 1250, a
		// sale of 250.
		ConstantProductMarket feeLess = new ConstantProductMarket(1000, 1000, 0);
		assertThat(feeLess.saleToReachPrice(0.64)).isCloseTo(250, within(1e-9));
	}

	@Test
	void scaledMarketSellsTheUnderlying() {
		// 1 wrapped token = 1.2 underlying: selling 10 wrapped sells 12 underlying.
		ScaledMarket wrapped = new ScaledMarket(this.pool, 1.2);
		assertThat(wrapped.priceEth()).isCloseTo(1.2, within(1e-15));
		assertThat(wrapped.ethOutForSale(10)).isEqualTo(this.pool.ethOutForSale(12));
		assertThat(wrapped.afterSale(10).priceEth()).isCloseTo(this.pool.afterSale(12).priceEth() * 1.2, within(1e-15));
		assertThat(wrapped.saleToReachPrice(1.2 * 0.9)).isCloseTo(this.pool.saleToReachPrice(0.9) / 1.2, within(1e-12));
	}

	@Test
	void rejectsBadStates() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConstantProductMarket(0, 1, 0))
			.withMessageContaining("ethReserve");
		assertThatIllegalArgumentException().isThrownBy(() -> new ConstantProductMarket(1, 1, 1))
			.withMessageContaining("feeFraction");
		assertThatIllegalArgumentException().isThrownBy(() -> this.pool.ethOutForSale(-1))
			.withMessageContaining("lsdAmount");
	}

	/** The same pool seen only through the three required methods. */
	static LiquidationMarket generic(LiquidationMarket market) {
		return new LiquidationMarket() {

			@Override
			public double priceEth() {
				return market.priceEth();
			}

			@Override
			public double ethOutForSale(double lsdAmount) {
				return market.ethOutForSale(lsdAmount);
			}

			@Override
			public LiquidationMarket afterSale(double lsdAmount) {
				return generic(market.afterSale(lsdAmount));
			}

		};
	}

}
