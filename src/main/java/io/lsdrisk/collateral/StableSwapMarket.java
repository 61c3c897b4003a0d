package io.lsdrisk.collateral;

import io.lsdrisk.compute.collateral.LiquidationMarket;
import io.lsdrisk.compute.collateral.ScaledMarket;
import io.lsdrisk.compute.liquidity.Coin;
import io.lsdrisk.compute.liquidity.PoolState;
import io.lsdrisk.compute.liquidity.StableSwap;

/**
 * A Curve-style StableSwap pool (coin 0 ETH, coin 1 the LSD) as the market a liquidation
 * cascade or a haircut sells into, with the pool's own math ({@link StableSwap}).
 *
 * <p>
 * Rate-scaled pools (stableswap-ng with a rate oracle, as the sample rETH/ETH pool) keep
 * their invariant on {@code (balanceEth, balanceLsd * rate)}: the pool's price of one
 * token is {@code rate} times the StableSwap price of the scaled balances. Such a pool is
 * built by {@link #of(PoolState, double)} as a {@link ScaledMarket} over the pool in rate
 * units; a pool that is not rate-scaled has {@code rate = 1}.
 *
 * <p>
 * Prices are marginal and without fee; a sale returns ETH after the fee ({@code get_dy});
 * the state after a sale keeps the liquidity providers' share of the fee and loses the
 * admin share, as the stETH pool contract does.
 *
 * @param pool the pool in the units its invariant uses
 */
public record StableSwapMarket(PoolState pool) implements LiquidationMarket {

	public StableSwapMarket {
		if (pool == null) {
			throw new IllegalArgumentException("pool must not be null");
		}
	}

	/**
	 * The market for one token of a pool.
	 * @param poolInTokenUnits the pool with {@code balanceLsd} in token units, as stored
	 * @param rate ETH value per token that the pool's rate oracle applies, {@code > 0}; 1
	 * for a pool that is not rate-scaled
	 * @return the market, quoting ETH per token
	 */
	public static LiquidationMarket of(PoolState poolInTokenUnits, double rate) {
		if (!(rate > 0) || Double.isInfinite(rate)) {
			throw new IllegalArgumentException("rate must be finite and > 0, was " + rate);
		}
		if (rate == 1.0) {
			return new StableSwapMarket(poolInTokenUnits);
		}
		PoolState scaled = new PoolState(poolInTokenUnits.balanceEth(), poolInTokenUnits.balanceLsd() * rate,
				poolInTokenUnits.amplification(), poolInTokenUnits.fee(), poolInTokenUnits.adminFeeShare());
		return new ScaledMarket(new StableSwapMarket(scaled), rate);
	}

	@Override
	public double priceEth() {
		return StableSwap.spotPrice(this.pool);
	}

	@Override
	public double ethOutForSale(double lsdAmount) {
		return StableSwap.amountOut(this.pool, Coin.LSD, lsdAmount);
	}

	@Override
	public StableSwapMarket afterSale(double lsdAmount) {
		if (lsdAmount == 0) {
			return this;
		}
		return new StableSwapMarket(StableSwap.stateAfterSale(this.pool, Coin.LSD, lsdAmount));
	}

	/**
	 * The pool's own bracketing search ({@link StableSwap#sellAmountToPrice}), which
	 * handles the cliff of high-amplification pools.
	 * @return tokens to sell; {@link Double#POSITIVE_INFINITY} when no finite sale
	 * reaches the price
	 */
	@Override
	public double saleToReachPrice(double targetPriceEth) {
		return StableSwap.sellAmountToPrice(this.pool, targetPriceEth);
	}

}
