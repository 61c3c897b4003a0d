package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

/**
 * Leverage loops: deposit an LSD, borrow ETH against it, stake the ETH into more of the
 * LSD, deposit again, repeat.
 *
 * <p>
 * Per unit of equity E (in ETH, at the entry market price), a loop at leverage L holds
 * collateral worth {@code L E} and owes {@code (L - 1) E} in ETH. With LTV {@code v} the
 * k-th loop adds {@code v^k E}, so after n loops {@code L = (1 - v^(n+1)) / (1 - v)}, and
 * the limit is {@code L = 1 / (1 - v)} (DOMAIN.md, Collateral health).
 *
 * <p>
 * Conventions for yields: {@link #netApy} is {@code L y - (L - 1) b}. With y and b simple
 * annual rates (APR) it is the simple annual return on equity; with y and b effective
 * annual yields (APY) it is the exact effective one-year return on equity of a loop that
 * is not rebalanced, since equity after a year is {@code L (1 + y) - (L - 1)(1 + b)}.
 * {@link #netReturnContinuous} takes continuous rates.
 */
public final class LeverageLoop {

	private LeverageLoop() {
	}

	/**
	 * Leverage at the limit of infinitely many loops.
	 * @param loanToValue LTV, in [0, 1)
	 * @return {@code 1 / (1 - loanToValue)}
	 */
	public static double maxLeverage(double loanToValue) {
		checkLoanToValue(loanToValue);
		return 1.0 / (1.0 - loanToValue);
	}

	/**
	 * Leverage after a finite number of loops.
	 * @param loanToValue LTV, in [0, 1)
	 * @param loops number of borrow-and-redeposit steps, {@code >= 0} (0: deposit only)
	 * @return {@code (1 - v^(loops+1)) / (1 - v)}
	 */
	public static double leverageAfterLoops(double loanToValue, int loops) {
		checkLoanToValue(loanToValue);
		if (loops < 0) {
			throw new IllegalArgumentException("loops must be >= 0, was " + loops);
		}
		return (1.0 - Math.pow(loanToValue, loops + 1)) / (1.0 - loanToValue);
	}

	/**
	 * Net yield on equity: {@code L y - (L - 1) b} (see the class comment for
	 * conventions).
	 * @param leverage L, {@code >= 1}
	 * @param stakingYield y, per year, decimal
	 * @param borrowRate b, per year, decimal
	 * @return the net yield per year on equity
	 */
	public static double netApy(double leverage, double stakingYield, double borrowRate) {
		checkLeverage(leverage);
		checkFinite("stakingYield", stakingYield);
		checkFinite("borrowRate", borrowRate);
		return leverage * stakingYield - (leverage - 1) * borrowRate;
	}

	/**
	 * Effective one-year return on equity with continuous rates and no rebalancing:
	 * {@code L e^y - (L - 1) e^b - 1}. Below -1 the equity is gone.
	 * @param leverage L, {@code >= 1}
	 * @param stakingRateContinuous y, continuous per year
	 * @param borrowRateContinuous b, continuous per year
	 * @return the return over one year, effective
	 */
	public static double netReturnContinuous(double leverage, double stakingRateContinuous,
			double borrowRateContinuous) {
		checkLeverage(leverage);
		checkFinite("stakingRateContinuous", stakingRateContinuous);
		checkFinite("borrowRateContinuous", borrowRateContinuous);
		return leverage * Math.exp(stakingRateContinuous) - (leverage - 1) * Math.exp(borrowRateContinuous) - 1;
	}

	/**
	 * Health factor of a loop at entry: {@code L LT / (L - 1)} (infinite at L = 1).
	 * @param leverage L, {@code >= 1}
	 * @param liquidationThreshold LT, in (0, 1]
	 * @return the health factor
	 */
	public static double healthFactor(double leverage, double liquidationThreshold) {
		checkLeverage(leverage);
		checkThreshold(liquidationThreshold);
		return leverage == 1 ? Double.POSITIVE_INFINITY : leverage * liquidationThreshold / (leverage - 1);
	}

	/**
	 * Peg ratio at which the loop becomes liquidatable under a market oracle, after
	 * {@code years} of carry: {@code pegEntry (L - 1) e^((b - y) t) / (L LT)}, from HF =
	 * 1 with the LSD's exchange rate growing at y and the ETH debt at b (continuous
	 * rates). At the limit leverage and t = 0 this is {@code pegEntry LTV / LT}.
	 * @param leverage L, {@code >= 1}
	 * @param liquidationThreshold LT, in (0, 1]
	 * @param entryPeg peg ratio when the loop was opened, {@code > 0}
	 * @param stakingRateContinuous y, continuous per year
	 * @param borrowRateContinuous b, continuous per year
	 * @param years time since entry, {@code >= 0}
	 * @return the liquidation peg ratio; 0 at L = 1 (no debt: never liquidated)
	 */
	public static double liquidationPeg(double leverage, double liquidationThreshold, double entryPeg,
			double stakingRateContinuous, double borrowRateContinuous, double years) {
		checkLeverage(leverage);
		checkThreshold(liquidationThreshold);
		Arguments.positive("entryPeg", entryPeg);
		checkFinite("stakingRateContinuous", stakingRateContinuous);
		checkFinite("borrowRateContinuous", borrowRateContinuous);
		Arguments.nonNegative("years", years);
		return entryPeg * (leverage - 1) * Math.exp((borrowRateContinuous - stakingRateContinuous) * years)
				/ (leverage * liquidationThreshold);
	}

	/**
	 * Years until carry alone liquidates the loop (peg unchanged, or any peg under an
	 * exchange-rate oracle): HF(t) = HF(0) e^((y - b) t) reaches 1 at
	 * {@code ln(HF(0)) / (b - y)}.
	 * @param leverage L, {@code >= 1}
	 * @param liquidationThreshold LT, in (0, 1]
	 * @param stakingRateContinuous y, continuous per year
	 * @param borrowRateContinuous b, continuous per year
	 * @return the years, 0 when already liquidatable, {@link Double#POSITIVE_INFINITY}
	 * when the staking yield is at least the borrow rate or L = 1
	 */
	public static double yearsUntilCarryLiquidation(double leverage, double liquidationThreshold,
			double stakingRateContinuous, double borrowRateContinuous) {
		double healthFactor = healthFactor(leverage, liquidationThreshold);
		checkFinite("stakingRateContinuous", stakingRateContinuous);
		checkFinite("borrowRateContinuous", borrowRateContinuous);
		if (healthFactor <= 1) {
			return 0;
		}
		if (Double.isInfinite(healthFactor) || borrowRateContinuous <= stakingRateContinuous) {
			return Double.POSITIVE_INFINITY;
		}
		return Math.log(healthFactor) / (borrowRateContinuous - stakingRateContinuous);
	}

	private static void checkLoanToValue(double loanToValue) {
		if (!(loanToValue >= 0 && loanToValue < 1)) {
			throw new IllegalArgumentException("loanToValue must be in [0, 1), was " + loanToValue);
		}
	}

	private static void checkLeverage(double leverage) {
		if (!(leverage >= 1) || Double.isInfinite(leverage)) {
			throw new IllegalArgumentException("leverage must be finite and >= 1, was " + leverage);
		}
	}

	private static void checkThreshold(double liquidationThreshold) {
		if (!(liquidationThreshold > 0 && liquidationThreshold <= 1)) {
			throw new IllegalArgumentException("liquidationThreshold must be in (0, 1], was " + liquidationThreshold);
		}
	}

	private static void checkFinite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite, was " + value);
		}
	}

}
