package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * Liquidation-cascade stress test: liquidators sell seized LSD into a market, the lower
 * price makes more positions liquidatable, and so on until none is.
 *
 * <p>
 * Rounds: at the round's oracle price (the market's marginal price under
 * {@link OracleMode#MARKET}, the exchange rate under {@link OracleMode#EXCHANGE_RATE}),
 * every position with HF &lt; 1 is liquidated once by {@link LiquidationRules}; the LSD
 * seized in the round is sold into the market in one sale; the next round starts at the
 * new price. Liquidators seize the LSD first (the conservative choice for the market) and
 * other collateral only once the LSD is gone; other collateral is not sold into the
 * market. A position left with debt and no collateral is written off as bad debt.
 *
 * <p>
 * Synchronous rounds are what the stress test reports by default, but they are path
 * dependent: a position liquidated at a round's stale price may be seized at a price
 * above or below the one a smaller shock would have given it, so the LSD volume, and even
 * the number of positions liquidated, is not always monotone in the shock (random books
 * show differences of a few per cent for a 1 % larger drop). {@link Timing#SEQUENTIAL}
 * liquidates one position at a time, most underwater first, each sale landing before the
 * next; with a close factor of 1 and a market whose price depends only on the cumulative
 * sale (a fee-less constant-product pool) a larger shock then provably never liquidates
 * less: by induction over the positions in order of liquidation price, the cumulative
 * sale before each is at least as large, so its price is no higher and its seizure no
 * smaller.
 *
 * <p>
 * Cost: a position with LSD is liquidatable exactly when the oracle price is below its
 * liquidation price {@code (debt / LT - other) / lsd}. Positions wait in a max-heap on
 * that price (built once in O(n)); since the price only falls, each round pops the
 * positions it crosses, and a partly liquidated position goes back to the heap with its
 * new liquidation price, or straight to the next round if still below 1. A cascade costs
 * O(n + k log n) for k liquidations, not a scan of all positions per round.
 */
public final class CascadeSimulator {

	/**
	 * Round limit of
	 * {@link #run(List, LiquidationMarket, LiquidationRules, CascadeShock)}.
	 */
	public static final int DEFAULT_MAX_ROUNDS = 1_000_000;

	/** How liquidations are grouped. */
	public enum Timing {

		/**
		 * Synchronous rounds (the default): every position liquidatable at the round's
		 * price is liquidated at that price, then the round's seizures are sold at once.
		 */
		ROUNDS,

		/**
		 * One liquidation per round, the highest liquidation price first, its seizure
		 * sold before the next: liquidators racing one another.
		 */
		SEQUENTIAL

	}

	private CascadeSimulator() {
	}

	/**
	 * Runs a cascade with at most {@link #DEFAULT_MAX_ROUNDS} rounds.
	 * @param positions the positions or buckets
	 * @param market the market liquidators sell into, in its state before the shock
	 * @param rules the lending market's rules
	 * @param shock the shock
	 * @return the rounds and totals
	 */
	public static CascadeResult run(List<CascadePosition> positions, LiquidationMarket market, LiquidationRules rules,
			CascadeShock shock) {
		return run(positions, market, rules, shock, Timing.ROUNDS, DEFAULT_MAX_ROUNDS);
	}

	/**
	 * Runs a cascade.
	 * @param positions the positions or buckets
	 * @param market the market liquidators sell into, in its state before the shock
	 * @param rules the lending market's rules
	 * @param shock the shock
	 * @param timing synchronous rounds or one liquidation at a time
	 * @param maxRounds round limit, {@code >= 1}
	 * @return the rounds and totals; {@code converged} false when the limit was hit
	 */
	public static CascadeResult run(List<CascadePosition> positions, LiquidationMarket market, LiquidationRules rules,
			CascadeShock shock, Timing timing, int maxRounds) {
		Arguments.notNull("timing", timing);
		Arguments.notNull("positions", positions);
		Arguments.notNull("market", market);
		Arguments.notNull("rules", rules);
		Arguments.notNull("shock", shock);
		if (maxRounds < 1) {
			throw new IllegalArgumentException("maxRounds must be >= 1, was " + maxRounds);
		}
		int n = positions.size();
		double[] lsd = new double[n];
		double[] other = new double[n];
		double[] debt = new double[n];
		double[] threshold = new double[n];
		int[] count = new int[n];
		double[] liquidationPrice = new double[n];
		double initialLsd = 0;
		double initialOther = 0;
		double initialDebt = 0;
		for (int i = 0; i < n; i++) {
			CascadePosition position = positions.get(i);
			if (position == null) {
				throw new IllegalArgumentException("positions[" + i + "] must not be null");
			}
			lsd[i] = position.lsdAmount();
			other[i] = position.otherCollateralEth();
			debt[i] = position.debtEth();
			threshold[i] = position.liquidationThreshold();
			count[i] = position.positionCount();
			initialLsd += lsd[i];
			initialOther += other[i];
			initialDebt += debt[i];
			liquidationPrice[i] = liquidationPrice(lsd[i], other[i], debt[i], threshold[i]);
		}

		double initialPrice = positivePrice(market);
		double exogenousSale = 0;
		LiquidationMarket current = market;
		if (shock.pegDropFraction() > 0) {
			double sale = current.saleToReachPrice(initialPrice * (1 - shock.pegDropFraction()));
			if (!Double.isFinite(sale)) {
				throw new IllegalArgumentException("pegDropFraction " + shock.pegDropFraction()
						+ " cannot be reached by any finite sale into this market");
			}
			current = current.afterSale(sale);
			exogenousSale += sale;
		}
		if (shock.initialSaleLsd() > 0) {
			current = current.afterSale(shock.initialSaleLsd());
			exogenousSale += shock.initialSaleLsd();
		}
		double shockedPrice = positivePrice(current);
		boolean marketOracle = rules.oracleMode() == OracleMode.MARKET;
		double bonus = rules.liquidationBonus();

		PriceHeap waiting = new PriceHeap(liquidationPrice, n);
		boolean[] touched = new boolean[n];
		int[] due = new int[n];
		int dueCount = 0;
		int[] next = new int[n];
		List<CascadeRound> rounds = new ArrayList<>();
		double totalLsd = 0;
		double totalOther = 0;
		double totalRepaid = 0;
		double totalBadDebt = 0;
		long distinct = 0;
		boolean converged = false;
		for (int round = 1; round <= maxRounds; round++) {
			double marketPrice = positivePrice(current);
			double price = marketOracle ? marketPrice : rules.exchangeRate();
			if (timing == Timing.SEQUENTIAL) {
				if (waiting.size() > 0 && liquidationPrice[waiting.peek()] > price) {
					due[dueCount++] = waiting.pop();
				}
			}
			else {
				while (waiting.size() > 0 && liquidationPrice[waiting.peek()] > price) {
					due[dueCount++] = waiting.pop();
				}
			}
			if (dueCount == 0) {
				converged = true;
				break;
			}
			int nextCount = 0;
			long liquidated = 0;
			double seizedLsd = 0;
			double seizedOther = 0;
			double repaid = 0;
			double badDebt = 0;
			for (int d = 0; d < dueCount; d++) {
				int i = due[d];
				liquidated += count[i];
				if (!touched[i]) {
					touched[i] = true;
					distinct += count[i];
				}
				double healthFactor = (lsd[i] * price + other[i]) * threshold[i] / debt[i];
				double closeFactor = (healthFactor < rules.fullLiquidationHealthFactor()) ? 1.0 : rules.closeFactor();
				double repay = closeFactor * debt[i];
				double seizeValue = repay * (1 + bonus);
				if (lsd[i] > 0) {
					double seize = seizeValue / price;
					if (seize >= lsd[i]) {
						seize = lsd[i];
						repay = Math.min(repay, seize * price / (1 + bonus));
					}
					lsd[i] -= seize;
					seizedLsd += seize;
				}
				else {
					double seize = Math.min(seizeValue, other[i]);
					repay = Math.min(repay, seize / (1 + bonus));
					other[i] -= seize;
					seizedOther += seize;
				}
				repaid += repay;
				debt[i] = (repay >= debt[i]) ? 0 : debt[i] - repay;
				if (debt[i] > 0 && lsd[i] == 0 && other[i] == 0) {
					badDebt += debt[i];
					debt[i] = 0;
				}
				liquidationPrice[i] = liquidationPrice(lsd[i], other[i], debt[i], threshold[i]);
				if (liquidationPrice[i] > price && timing == Timing.ROUNDS) {
					next[nextCount++] = i;
				}
				else if (liquidationPrice[i] != Double.NEGATIVE_INFINITY) {
					waiting.push(i);
				}
			}
			double ethReceived = current.ethOutForSale(seizedLsd);
			current = current.afterSale(seizedLsd);
			rounds.add(new CascadeRound(round, price, marketPrice, positivePrice(current), liquidated, seizedLsd,
					seizedOther, repaid, badDebt, ethReceived));
			totalLsd += seizedLsd;
			totalOther += seizedOther;
			totalRepaid += repaid;
			totalBadDebt += badDebt;
			int[] swap = due;
			due = next;
			next = swap;
			dueCount = nextCount;
		}
		double remainingLsd = 0;
		double remainingOther = 0;
		double remainingDebt = 0;
		for (int i = 0; i < n; i++) {
			remainingLsd += lsd[i];
			remainingOther += other[i];
			remainingDebt += debt[i];
		}
		double finalPrice = positivePrice(current);
		return new CascadeResult(List.copyOf(rounds), initialPrice, shockedPrice, finalPrice,
				finalPrice / rules.exchangeRate(), marketOracle ? finalPrice : rules.exchangeRate(), exogenousSale,
				totalLsd, totalOther, totalRepaid, totalBadDebt, distinct, initialLsd, remainingLsd, initialOther,
				remainingOther, initialDebt, remainingDebt, converged);
	}

	/**
	 * Oracle price below which the position is liquidatable: {@code (debt / LT - other) /
	 * lsd}; without LSD, {@code +inf} when the other collateral does not cover the debt
	 * and {@code -inf} otherwise; {@code -inf} without debt.
	 */
	static double liquidationPrice(double lsd, double other, double debt, double threshold) {
		if (debt <= 0) {
			return Double.NEGATIVE_INFINITY;
		}
		if (lsd > 0) {
			return (threshold == 0) ? Double.POSITIVE_INFINITY : (debt / threshold - other) / lsd;
		}
		return (other * threshold < debt) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
	}

	private static double positivePrice(LiquidationMarket market) {
		double price = market.priceEth();
		if (!(price > 0) || Double.isInfinite(price)) {
			throw new IllegalArgumentException("market priceEth must be finite and > 0, was " + price);
		}
		return price;
	}

	/**
	 * Max-heap of position indices keyed by their liquidation price.
	 */
	private static final class PriceHeap {

		private final double[] key;

		private final int[] heap;

		private int size;

		PriceHeap(double[] key, int capacity) {
			this.key = key;
			this.heap = new int[capacity];
			for (int i = 0; i < capacity; i++) {
				if (key[i] != Double.NEGATIVE_INFINITY) {
					this.heap[this.size++] = i;
				}
			}
			for (int i = this.size / 2 - 1; i >= 0; i--) {
				siftDown(i);
			}
		}

		int size() {
			return this.size;
		}

		int peek() {
			return this.heap[0];
		}

		int pop() {
			int top = this.heap[0];
			this.heap[0] = this.heap[--this.size];
			if (this.size > 0) {
				siftDown(0);
			}
			return top;
		}

		void push(int index) {
			int at = this.size++;
			this.heap[at] = index;
			while (at > 0) {
				int parent = (at - 1) >>> 1;
				if (this.key[this.heap[parent]] >= this.key[this.heap[at]]) {
					break;
				}
				swap(at, parent);
				at = parent;
			}
		}

		private void siftDown(int at) {
			while (true) {
				int left = 2 * at + 1;
				if (left >= this.size) {
					return;
				}
				int largest = left;
				int right = left + 1;
				if (right < this.size && this.key[this.heap[right]] > this.key[this.heap[left]]) {
					largest = right;
				}
				if (this.key[this.heap[at]] >= this.key[this.heap[largest]]) {
					return;
				}
				swap(at, largest);
				at = largest;
			}
		}

		private void swap(int a, int b) {
			int held = this.heap[a];
			this.heap[a] = this.heap[b];
			this.heap[b] = held;
		}

	}

}
