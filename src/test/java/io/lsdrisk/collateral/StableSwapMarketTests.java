package io.lsdrisk.collateral;

import io.lsdrisk.compute.collateral.LiquidationMarket;
import io.lsdrisk.compute.collateral.ScaledMarket;
import io.lsdrisk.compute.liquidity.Coin;
import io.lsdrisk.compute.liquidity.PoolState;
import io.lsdrisk.compute.liquidity.StableSwap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StableSwapMarketTests {

	@Test
	void balancedPoolQuotesOne() {
		// x = y: the invariant is symmetric, so dD/dx = dD/dy and the marginal price is
		// 1.
		StableSwapMarket market = new StableSwapMarket(PoolState.of(1000, 1000, 50, 0.0004));
		assertThat(market.priceEth()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void aTinySaleOnABalancedPoolSlipsByTheFee() {
		// At price 1 a vanishing sale returns (1 - fee) ETH per token.
		StableSwapMarket market = new StableSwapMarket(PoolState.of(1000, 1000, 50, 0.0004));
		assertThat(market.slippage(1e-6)).isCloseTo(0.0004, within(1e-8));
	}

	@Test
	void saleAndStateAfterAreThePoolsOwn() {
		PoolState pool = PoolState.of(109_891.95, 498_670.80, 50, 0.0004);
		StableSwapMarket market = new StableSwapMarket(pool);
		assertThat(market.ethOutForSale(1000)).isEqualTo(StableSwap.amountOut(pool, Coin.LSD, 1000));
		assertThat(market.afterSale(1000).pool()).isEqualTo(StableSwap.stateAfterSale(pool, Coin.LSD, 1000));
		assertThat(market.afterSale(0)).isSameAs(market);
	}

	@Test
	void aFeelessSaleKeepsTheInvariant() {
		// Without a fee the pool's D is unchanged by a swap (get_y solves for the same
		// D).
		PoolState pool = PoolState.of(300, 700, 50, 0);
		StableSwapMarket after = new StableSwapMarket(pool).afterSale(50);
		assertThat(after.pool().balanceLsd()).isCloseTo(750, within(1e-9));
		assertThat(StableSwap.invariant(after.pool())).isCloseTo(StableSwap.invariant(pool), within(1e-7));
	}

	@Test
	void highAmplificationTradesNearlyOneForOne() {
		// As A grows the curve tends to the constant sum x + y = D: 10 tokens buy ~10
		// ETH.
		StableSwapMarket market = new StableSwapMarket(PoolState.of(1000, 1000, 100_000, 0));
		assertThat(market.ethOutForSale(10)).isCloseTo(10, within(1e-3));
	}

	@Test
	void saleToReachPriceLandsOnTheTarget() {
		StableSwapMarket market = new StableSwapMarket(PoolState.of(1000, 1000, 50, 0.0004));
		double sale = market.saleToReachPrice(0.98);
		assertThat(market.afterSale(sale).priceEth()).isCloseTo(0.98, within(1e-9));
		assertThat(market.saleToReachPrice(1.5)).isZero();
	}

	@Test
	void rateScaledPoolQuotesTheRateWhenBalancedInValue() {
		// 1000 ETH against 1000 / 1.1 rETH: balanced once rETH is counted at 1.1 ETH, so
		// the pool's price of one rETH is 1.1.
		double rate = 1.1;
		LiquidationMarket market = StableSwapMarket.of(PoolState.of(1000, 1000 / rate, 50, 0.0004), rate);
		assertThat(market.priceEth()).isCloseTo(rate, within(1e-12));
		// Selling 10 rETH is selling 11 units of the scaled pool.
		PoolState scaled = PoolState.of(1000, 1000, 50, 0.0004);
		assertThat(market.ethOutForSale(10)).isCloseTo(StableSwap.amountOut(scaled, Coin.LSD, 11), within(1e-9));
		assertThat(StableSwapMarket.of(PoolState.of(1000, 1000, 50, 0.0004), 1.0)).isInstanceOf(StableSwapMarket.class);
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwapMarket.of(scaled, 0))
			.withMessageContaining("rate");
	}

	@Test
	void wrappedTokenSellsThroughTheUnderlyingPool() {
		// One wstETH unwraps to 1.15 stETH: on a balanced stETH pool it is worth 1.15
		// ETH.
		StableSwapMarket steth = new StableSwapMarket(PoolState.of(1000, 1000, 50, 0.0004));
		ScaledMarket wsteth = new ScaledMarket(steth, 1.15);
		assertThat(wsteth.priceEth()).isCloseTo(1.15, within(1e-12));
		assertThat(wsteth.ethOutForSale(10)).isEqualTo(steth.ethOutForSale(11.5));
	}

}
