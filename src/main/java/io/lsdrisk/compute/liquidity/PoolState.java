package io.lsdrisk.compute.liquidity;

/**
 * State of a two-coin StableSwap pool (coin 0 ETH, coin 1 the LSD), in token units.
 * <p>
 * Post-trade states follow the stETH pool contract: the admin share of the fee leaves the
 * balances, the liquidity providers' share stays in the pool (and raises D).
 *
 * @param balanceEth ETH balance in ETH, finite and > 0
 * @param balanceLsd LSD balance in tokens, finite and > 0; the two balances within a
 * factor 1e100 of each other
 * @param amplification A as the pool contract reports it ({@code A_precise() / 100}, not
 * the whitepaper's {@code A n^n}), finite and >= 1
 * @param fee swap fee as a fraction of the output amount, in [0, 1) (0.0004 for 0.04 %)
 * @param adminFeeShare share of each fee that leaves the pool balances, in [0, 1] (0.5 in
 * the stETH pool)
 */
public record PoolState(double balanceEth, double balanceLsd, double amplification, double fee,
		double adminFeeShare) implements LiquidityVenue {

	/** The stETH pool's admin share of the fee ({@code admin_fee = 5e9 / 1e10}). */
	public static final double STETH_POOL_ADMIN_FEE_SHARE = 0.5;

	/**
	 * Smallest ratio of one balance to the other: beyond it the invariant's cube no
	 * longer fits a double, and no real pool comes near it.
	 */
	static final double MIN_BALANCE_RATIO = 1e-100;

	public PoolState {
		if (!(balanceEth > 0) || !Double.isFinite(balanceEth)) {
			throw new IllegalArgumentException("balanceEth must be finite and > 0, was " + balanceEth);
		}
		if (!(balanceLsd > 0) || !Double.isFinite(balanceLsd)) {
			throw new IllegalArgumentException("balanceLsd must be finite and > 0, was " + balanceLsd);
		}
		if (!(amplification >= 1) || !Double.isFinite(amplification)) {
			throw new IllegalArgumentException("amplification must be finite and >= 1, was " + amplification);
		}
		double ratio = balanceEth / balanceLsd;
		if (!(ratio >= MIN_BALANCE_RATIO && ratio <= 1 / MIN_BALANCE_RATIO)) {
			throw new IllegalArgumentException(
					"balanceEth / balanceLsd must be in [1e-100, 1e100], was " + balanceEth + " / " + balanceLsd);
		}
		if (!(fee >= 0 && fee < 1)) {
			throw new IllegalArgumentException("fee must be in [0, 1), was " + fee);
		}
		if (!(adminFeeShare >= 0 && adminFeeShare <= 1)) {
			throw new IllegalArgumentException("adminFeeShare must be in [0, 1], was " + adminFeeShare);
		}
	}

	/**
	 * A pool state with the stETH pool's admin fee share (half of each fee leaves the
	 * pool).
	 * @param balanceEth ETH balance in ETH
	 * @param balanceLsd LSD balance in tokens
	 * @param amplification A as the contract reports it
	 * @param fee swap fee as a fraction of the output
	 * @return the state
	 */
	public static PoolState of(double balanceEth, double balanceLsd, double amplification, double fee) {
		return new PoolState(balanceEth, balanceLsd, amplification, fee, STETH_POOL_ADMIN_FEE_SHARE);
	}

	/**
	 * Returns the balance of one coin.
	 * @param coin the coin
	 * @return its balance in token units
	 */
	public double balance(Coin coin) {
		return (coin == Coin.ETH) ? this.balanceEth : this.balanceLsd;
	}

	/**
	 * The pool after selling {@code amount} of {@code sold} into it; see
	 * {@link StableSwap#stateAfterSale}.
	 * @param sold the coin sold into the pool
	 * @param amount amount sold in token units, finite and >= 0
	 * @return the post-trade state (admin share of the fee removed)
	 */
	public PoolState afterSale(Coin sold, double amount) {
		return StableSwap.stateAfterSale(this, sold, amount);
	}

	@Override
	public double spotPrice() {
		return StableSwap.spotPrice(this);
	}

	@Override
	public LsdSale sellLsd(double amountLsd) {
		double ethOut = StableSwap.amountOut(this, Coin.LSD, amountLsd);
		PoolState after = afterSale(Coin.LSD, amountLsd);
		return new LsdSale(amountLsd, ethOut, after.spotPrice(), after);
	}

	@Override
	public double lsdSaleToReachPrice(double targetPrice) {
		return StableSwap.sellAmountToPrice(this, targetPrice);
	}

}
