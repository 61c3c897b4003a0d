package io.lsdrisk.compute.liquidity;

import java.util.ArrayList;
import java.util.List;

/**
 * Floating-point StableSwap formulas for a two-coin ETH/LSD pool, agreeing with the pool
 * contract's integer results ({@link StableSwapExact}) to 1e-10 relative or better
 * whenever the output exceeds 1e10 wei (below that the contract's own wei rounding
 * dominates).
 * <p>
 * Convention (the contract's, not the whitepaper's): {@code Ann = 2 A} with A as
 * {@code A()} reports it, and the invariant is
 * {@code Ann (x + y) + D = Ann D + D^3 / (4 x y)}. Amounts are in token units; prices are
 * ETH per LSD token. The contract's 1-wei deduction in {@code get_dy} is not modelled (it
 * is 1e-18 of a token).
 * <p>
 * Numerics: D comes from the contract's Newton iteration in double. A trade's output is
 * found from the quadratic that the pre-trade point and the post-trade point on one curve
 * satisfy together, written so that no term cancels; near the curve's cliff (when more
 * than half the bought coin leaves) the post-trade balance is solved for directly
 * instead. So small trades in large pools keep full relative precision instead of losing
 * digits to {@code balance - newBalance}.
 */
public final class StableSwap {

	/** The depth table's default target prices, ETH per LSD. */
	public static final List<Double> DEFAULT_DEPTH_PRICES = List.of(0.99, 0.98, 0.95, 0.90);

	/**
	 * Largest sale a depth search tries, as a multiple of the pool's total balance; a
	 * target not reached by then is reported unreachable.
	 */
	static final double MAX_SALE_MULTIPLE = 1e15;

	private static final int MAX_NEWTON_ROUNDS = 1000;

	private static final double NEWTON_TOLERANCE = 1e-12;

	private static final double BISECTION_TOLERANCE = 1e-12;

	private static final int MAX_BRACKET_STEPS = 2200;

	private static final int MAX_BISECTIONS = 200;

	private static final double BPS = 10_000;

	private StableSwap() {
	}

	/**
	 * The StableSwap invariant D.
	 * @param balanceEth ETH balance, finite and > 0
	 * @param balanceLsd LSD balance in tokens, finite and > 0
	 * @param amplification A as the contract reports it, finite and >= 1
	 * @return D in token units; equals {@code balanceEth + balanceLsd} for a balanced
	 * pool
	 */
	public static double invariant(double balanceEth, double balanceLsd, double amplification) {
		return invariant(new PoolState(balanceEth, balanceLsd, amplification, 0, 0));
	}

	/**
	 * The StableSwap invariant D of a pool state.
	 * @param state the pool
	 * @return D in token units
	 */
	public static double invariant(PoolState state) {
		double total = state.balanceEth() + state.balanceLsd();
		return total * normalizedInvariant(state.balanceEth() / total, state.balanceLsd() / total, ann(state));
	}

	/**
	 * The contract's {@code get_y} in real numbers: the balance of the other coin that
	 * keeps D unchanged when the balance of {@code changed} becomes {@code newBalance}.
	 * @param state the pool before the change
	 * @param changed the coin whose balance changes
	 * @param newBalance its new balance in tokens, finite and > 0
	 * @return the other coin's balance in tokens, > 0
	 */
	public static double getY(PoolState state, Coin changed, double newBalance) {
		if (!(newBalance > 0) || !Double.isFinite(newBalance)) {
			throw new IllegalArgumentException("newBalance must be finite and > 0, was " + newBalance);
		}
		double d = invariant(state);
		return d * otherBalance(newBalance / d, ann(state));
	}

	/**
	 * Amount received for selling {@code amount} of {@code sold}, after the fee: the
	 * contract's {@code get_dy}.
	 * @param state the pool
	 * @param sold the coin sold into the pool
	 * @param amount amount sold in tokens, finite, >= 0 and at most 1e15 times the pool's
	 * total balance
	 * @return amount of {@code sold.other()} received, in tokens; 0 for a zero amount
	 */
	public static double amountOut(PoolState state, Coin sold, double amount) {
		checkAmount(state, amount);
		return swap(state, sold, amount).grossOut() * (1 - state.fee());
	}

	/**
	 * The pool after a sale of {@code amount} of {@code sold}: the sold coin's balance
	 * grows by {@code amount}; the bought coin's falls by the amount paid out plus the
	 * admin share of the fee, as the contract's {@code balances()} report it.
	 * @param state the pool before
	 * @param sold the coin sold
	 * @param amount amount sold in tokens (as for {@link #amountOut})
	 * @return the pool after
	 */
	public static PoolState stateAfterSale(PoolState state, Coin sold, double amount) {
		checkAmount(state, amount);
		Swap swap = swap(state, sold, amount);
		double keptFee = swap.grossOut() * state.fee() * (1 - state.adminFeeShare());
		double soldBalance = state.balance(sold) + amount;
		double boughtBalance = swap.boughtBalanceAfter() + keptFee;
		return (sold == Coin.ETH)
				? new PoolState(soldBalance, boughtBalance, state.amplification(), state.fee(), state.adminFeeShare())
				: new PoolState(boughtBalance, soldBalance, state.amplification(), state.fee(), state.adminFeeShare());
	}

	/**
	 * Marginal (spot) price of the LSD in ETH, without fee: with
	 * {@code Dr = D^3 / (4 x y)}, {@code p = x (Ann y + Dr) / (y (Ann x + Dr))}, the
	 * ratio of the invariant's partial derivatives. It is 1 for a balanced pool and below
	 * 1 when the pool holds more LSD than ETH. A quote of {@code get_dy} for one token is
	 * about {@code (1 - fee)} times this.
	 * @param state the pool
	 * @return ETH per LSD token
	 */
	public static double spotPrice(PoolState state) {
		double total = state.balanceEth() + state.balanceLsd();
		double x = state.balanceEth() / total;
		double y = state.balanceLsd() / total;
		double ann = ann(state);
		double d = normalizedInvariant(x, y, ann);
		double dr = (d / (2 * x)) * (d / (2 * y)) * d;
		return (x * (ann * y + dr)) / (y * (ann * x + dr));
	}

	/**
	 * Move of the marginal price caused by a sale, {@code (spotAfter / spotBefore - 1) *
	 * 10_000}: negative when LSD is sold, positive when ETH is sold. The fee is not in it
	 * (see {@link StableSwapQuote#executionCostBps()}).
	 * @param state the pool
	 * @param sold the coin sold
	 * @param amount amount sold in tokens (as for {@link #amountOut})
	 * @return basis points
	 */
	public static double priceImpactBps(PoolState state, Coin sold, double amount) {
		double before = spotPrice(state);
		double after = spotPrice(stateAfterSale(state, sold, amount));
		return (after / before - 1) * BPS;
	}

	/**
	 * The LSD sale that pushes the marginal price (after the sale, in the post-trade
	 * state of {@link #stateAfterSale}) down to {@code targetPrice}. The price falls
	 * monotonically with the amount sold but has a cliff at high A, so the amount is
	 * bracketed by doubling and then bisected, to 1e-12 relative; the amount returned
	 * reaches the target.
	 * @param state the pool
	 * @param targetPrice ETH per LSD token, finite and > 0
	 * @return LSD tokens; 0 when the spot price is already at or below the target;
	 * {@link Double#POSITIVE_INFINITY} when a sale of 1e15 times the pool does not reach
	 * it
	 */
	public static double sellAmountToPrice(PoolState state, double targetPrice) {
		checkTargetPrice("targetPrice", targetPrice);
		if (spotPrice(state) <= targetPrice) {
			return 0;
		}
		double total = state.balanceEth() + state.balanceLsd();
		double maxSale = MAX_SALE_MULTIPLE * total;
		double low;
		double high = 0.01 * total;
		if (priceAfterLsdSale(state, high) > targetPrice) {
			do {
				low = high;
				high = 2 * high;
				if (high > maxSale) {
					if (priceAfterLsdSale(state, maxSale) > targetPrice) {
						return Double.POSITIVE_INFINITY;
					}
					high = maxSale;
				}
			}
			while (priceAfterLsdSale(state, high) > targetPrice);
		}
		else {
			low = high / 2;
			for (int step = 0; step < MAX_BRACKET_STEPS && low > 0
					&& priceAfterLsdSale(state, low) <= targetPrice; step++) {
				high = low;
				low = low / 2;
			}
		}
		for (int step = 0; step < MAX_BISECTIONS && high - low > BISECTION_TOLERANCE * high; step++) {
			double middle = low + (high - low) / 2;
			if (priceAfterLsdSale(state, middle) > targetPrice) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return high;
	}

	/**
	 * Depth table: for each target price, the LSD sale that pushes the marginal price to
	 * it ({@link #sellAmountToPrice}).
	 * @param state the pool
	 * @param targetPrices ETH per LSD, each finite and > 0; for example
	 * {@link #DEFAULT_DEPTH_PRICES}
	 * @return one level per target, in the given order
	 */
	public static List<DepthLevel> depthTable(PoolState state, double... targetPrices) {
		if (targetPrices == null) {
			throw new IllegalArgumentException("targetPrices must not be null");
		}
		for (int k = 0; k < targetPrices.length; k++) {
			checkTargetPrice("targetPrices[" + k + "]", targetPrices[k]);
		}
		List<DepthLevel> levels = new ArrayList<>(targetPrices.length);
		for (double price : targetPrices) {
			levels.add(new DepthLevel(price, sellAmountToPrice(state, price)));
		}
		return levels;
	}

	/**
	 * Prices a trade, with a depth table at {@link #DEFAULT_DEPTH_PRICES}.
	 * @param state the pool
	 * @param sold the coin sold
	 * @param amount amount sold in tokens (as for {@link #amountOut})
	 * @return the quote
	 */
	public static StableSwapQuote quote(PoolState state, Coin sold, double amount) {
		return quote(state, sold, amount, DEFAULT_DEPTH_PRICES.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/**
	 * Prices a trade: amount out, spot prices before and after, price impact, execution
	 * price and cost, and a depth table of the pool before the trade.
	 * @param state the pool
	 * @param sold the coin sold
	 * @param amount amount sold in tokens (as for {@link #amountOut})
	 * @param depthPrices target prices for the depth table, ETH per LSD, each finite and
	 * > 0
	 * @return the quote
	 */
	public static StableSwapQuote quote(PoolState state, Coin sold, double amount, double... depthPrices) {
		if (sold == null) {
			throw new IllegalArgumentException("sold must be ETH or LSD, was null");
		}
		List<DepthLevel> depth = depthTable(state, depthPrices);
		double amountOut = amountOut(state, sold, amount);
		PoolState after = stateAfterSale(state, sold, amount);
		double spotBefore = spotPrice(state);
		double spotAfter = spotPrice(after);
		double executionPrice;
		if (amount == 0 || amountOut == 0) {
			executionPrice = (sold == Coin.LSD) ? spotBefore * (1 - state.fee()) : spotBefore / (1 - state.fee());
		}
		else {
			executionPrice = (sold == Coin.LSD) ? amountOut / amount : amount / amountOut;
		}
		double executionCostBps = (sold == Coin.LSD) ? (1 - executionPrice / spotBefore) * BPS
				: (executionPrice / spotBefore - 1) * BPS;
		return new StableSwapQuote(sold, amount, amountOut, executionPrice, spotBefore, spotAfter,
				(spotAfter / spotBefore - 1) * BPS, executionCostBps, depth, after);
	}

	private static double priceAfterLsdSale(PoolState state, double amount) {
		return spotPrice(stateAfterSale(state, Coin.LSD, amount));
	}

	/**
	 * Output before fee and the bought coin's balance before the fee is added back, both
	 * in tokens. Works in units of D, where the invariant's constant {@code D^3 / 4} is
	 * 1/4.
	 */
	private static Swap swap(PoolState state, Coin sold, double amount) {
		if (sold == null) {
			throw new IllegalArgumentException("sold must be ETH or LSD, was null");
		}
		double ann = ann(state);
		double d = invariant(state);
		double x0 = state.balance(sold) / d;
		double y0 = state.balance(sold.other()) / d;
		double dx = amount / d;
		double x1 = x0 + dx;
		double y1 = otherBalance(x1, ann);
		if (y1 < 0.5 * y0) {
			return new Swap((y0 - y1) * d, y1 * d);
		}
		// Pre- and post-trade points on one curve: Ann P (dx - dy)(y0 - dy) = K (x1 dy -
		// y0 dx)
		// with P = x0 y0 x1 and K = 1/4; the smaller root, in the form free of
		// cancellation.
		double annP = ann * x0 * y0 * x1;
		double b = annP * (dx + y0) + 0.25 * x1;
		double c = y0 * dx * (annP + 0.25);
		double dy = 2 * c / (b + Math.sqrt(Math.max(0, b * b - 4 * annP * c)));
		return new Swap(dy * d, (y0 - dy) * d);
	}

	/**
	 * The other balance on the curve D = 1 when one balance is {@code x}: the positive
	 * root of {@code y^2 + (x + 1/Ann - 1) y = 1 / (4 Ann x)}.
	 */
	private static double otherBalance(double x, double ann) {
		double b = x + 1 / ann - 1;
		double c = 1 / (4 * ann * x);
		double root = Math.sqrt(b * b + 4 * c);
		return (b >= 0) ? 2 * c / (b + root) : (root - b) / 2;
	}

	/**
	 * The contract's Newton iteration for D on balances scaled to sum to 1. Newton on the
	 * convex {@code D^3/(4xy) + (Ann-1) D - Ann S} from D = S decreases monotonically and
	 * converges quadratically, so a relative step of 1e-12 leaves an error near 1e-24.
	 */
	private static double normalizedInvariant(double x, double y, double ann) {
		double s = x + y;
		double d = s;
		for (int round = 0; round < MAX_NEWTON_ROUNDS; round++) {
			double dP = (d / (2 * x)) * (d / (2 * y)) * d;
			double previous = d;
			d = (ann * s + 2 * dP) * d / ((ann - 1) * d + 3 * dP);
			if (Math.abs(d - previous) <= NEWTON_TOLERANCE * d) {
				return d;
			}
		}
		throw new IllegalStateException("StableSwap invariant did not converge for x=" + x + ", y=" + y);
	}

	private static double ann(PoolState state) {
		return 2 * state.amplification();
	}

	private static void checkAmount(PoolState state, double amount) {
		double total = state.balanceEth() + state.balanceLsd();
		if (!(amount >= 0) || !(amount <= MAX_SALE_MULTIPLE * total)) {
			throw new IllegalArgumentException(
					"amount must be finite, >= 0 and at most 1e15 times the pool's total balance, was " + amount);
		}
	}

	private static void checkTargetPrice(String name, double price) {
		if (!(price > 0) || !Double.isFinite(price)) {
			throw new IllegalArgumentException(name + " must be finite and > 0, was " + price);
		}
	}

	private record Swap(double grossOut, double boughtBalanceAfter) {
	}

}
