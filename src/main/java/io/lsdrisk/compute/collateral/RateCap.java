package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * Exchange-rate growth caps for oracle adapters in the style of Aave's CAPO (correlated
 * asset price oracle, BGD Labs): the adapter reports {@code min(R_t, R_snap (1 + g (t -
 * t_snap) / 365))}, with {@code R_snap} read a fixed delay before and g the maximum
 * yearly growth.
 *
 * <p>
 * Recommendation (Chaos Labs, "Correlated Asset Price Oracle Framework", Aave governance
 * forum, 2024,
 * https://governance.aave.com/t/chaos-labs-correlated-asset-price-oracle-framework/16605):
 * g = the highest 14-day smoothed annualised yield over the last 180 days plus one
 * standard deviation of the daily annualised yield. Yields here are simple (APR),
 * matching the cap's linear growth; observations may be irregular (each yield uses the
 * actual elapsed time).
 */
public final class RateCap {

	private RateCap() {
	}

	/**
	 * Recommends a cap with the usual 14-day smoothing and 180-day look-back.
	 * @param timesDays observation times, days, strictly increasing
	 * @param exchangeRates exchange rates, ETH per token, {@code > 0}
	 * @return the cap and its data
	 */
	public static RateCapRecommendation recommend(double[] timesDays, double[] exchangeRates) {
		return recommend(timesDays, exchangeRates, 14, 180);
	}

	/**
	 * Recommends a cap.
	 * @param timesDays observation times, days, strictly increasing
	 * @param exchangeRates exchange rates, ETH per token, {@code > 0}
	 * @param smoothingDays smoothing window, {@code > 0}
	 * @param lookbackDays look-back window ending at the last observation, {@code > 0}
	 * @return the cap and its data
	 */
	public static RateCapRecommendation recommend(double[] timesDays, double[] exchangeRates, double smoothingDays,
			double lookbackDays) {
		checkSeries(timesDays, exchangeRates);
		Arguments.positive("smoothingDays", smoothingDays);
		Arguments.positive("lookbackDays", lookbackDays);
		int n = timesDays.length;
		double end = timesDays[n - 1];
		double start = end - lookbackDays;
		List<YieldPoint> smoothed = new ArrayList<>();
		List<YieldPoint> updates = new ArrayList<>();
		double best = Double.NEGATIVE_INFINITY;
		double bestTime = Double.NaN;
		int reference = -1;
		for (int i = 1; i < n; i++) {
			// latest observation at or before t_i - smoothingDays
			while (reference + 1 < i && timesDays[reference + 1] <= timesDays[i] - smoothingDays) {
				reference++;
			}
			if (timesDays[i] < start) {
				continue;
			}
			updates.add(new YieldPoint(timesDays[i], simpleYield(timesDays, exchangeRates, i - 1, i)));
			if (reference >= 0) {
				double yield = simpleYield(timesDays, exchangeRates, reference, i);
				smoothed.add(new YieldPoint(timesDays[i], yield));
				if (yield > best) {
					best = yield;
					bestTime = timesDays[i];
				}
			}
		}
		if (smoothed.isEmpty()) {
			throw new IllegalArgumentException("timesDays must span more than smoothingDays (" + smoothingDays
					+ ") with observations inside the last lookbackDays (" + lookbackDays + ")");
		}
		double deviation = standardDeviation(updates);
		return new RateCapRecommendation(best + deviation, best, bestTime, deviation, start, end, smoothingDays,
				List.copyOf(smoothed), List.copyOf(updates));
	}

	/**
	 * Observations a CAPO adapter with this cap would have capped, and every fall of the
	 * rate.
	 * @param timesDays observation times, days, strictly increasing
	 * @param exchangeRates exchange rates, {@code > 0}
	 * @param maxYearlyGrowth g, simple per year, {@code >= 0}
	 * @param snapshotDelayDays how old the snapshot is (7 days for wstETH on Aave),
	 * {@code > 0}; the snapshot is the latest observation at least that old
	 * @return the flags in time order
	 */
	public static List<RateCapViolation> violations(double[] timesDays, double[] exchangeRates, double maxYearlyGrowth,
			double snapshotDelayDays) {
		checkSeries(timesDays, exchangeRates);
		Arguments.nonNegative("maxYearlyGrowth", maxYearlyGrowth);
		Arguments.positive("snapshotDelayDays", snapshotDelayDays);
		List<RateCapViolation> flags = new ArrayList<>();
		int snapshot = -1;
		for (int i = 1; i < timesDays.length; i++) {
			if (exchangeRates[i] < exchangeRates[i - 1]) {
				flags.add(new RateCapViolation(RateCapViolation.Kind.RATE_FELL, timesDays[i - 1], timesDays[i],
						exchangeRates[i - 1], exchangeRates[i], exchangeRates[i - 1],
						simpleYield(timesDays, exchangeRates, i - 1, i)));
			}
			while (snapshot + 1 < i && timesDays[snapshot + 1] <= timesDays[i] - snapshotDelayDays) {
				snapshot++;
			}
			if (snapshot >= 0) {
				double elapsedDays = timesDays[i] - timesDays[snapshot];
				double limit = exchangeRates[snapshot] * (1 + maxYearlyGrowth * elapsedDays / 365.0);
				if (exchangeRates[i] > limit) {
					flags.add(new RateCapViolation(RateCapViolation.Kind.GROWTH_ABOVE_CAP, timesDays[snapshot],
							timesDays[i], exchangeRates[snapshot], exchangeRates[i], limit,
							simpleYield(timesDays, exchangeRates, snapshot, i)));
				}
			}
		}
		return List.copyOf(flags);
	}

	private static double simpleYield(double[] timesDays, double[] rates, int from, int to) {
		return (rates[to] / rates[from] - 1) * 365.0 / (timesDays[to] - timesDays[from]);
	}

	private static double standardDeviation(List<YieldPoint> points) {
		int n = points.size();
		if (n < 2) {
			return 0;
		}
		double mean = 0;
		for (YieldPoint point : points) {
			mean += point.yield();
		}
		mean /= n;
		double sum = 0;
		for (YieldPoint point : points) {
			double deviation = point.yield() - mean;
			sum += deviation * deviation;
		}
		return Math.sqrt(sum / (n - 1));
	}

	private static void checkSeries(double[] timesDays, double[] rates) {
		Arguments.notNull("timesDays", timesDays);
		Arguments.notNull("exchangeRates", rates);
		if (timesDays.length != rates.length) {
			throw new IllegalArgumentException("timesDays and exchangeRates must have the same length, were "
					+ timesDays.length + " and " + rates.length);
		}
		if (rates.length < 2) {
			throw new IllegalArgumentException("exchangeRates must hold at least 2 observations, had " + rates.length);
		}
		for (int i = 0; i < rates.length; i++) {
			if (!(rates[i] > 0) || Double.isInfinite(rates[i])) {
				throw new IllegalArgumentException("exchangeRates[" + i + "] must be finite and > 0, was " + rates[i]);
			}
			if (!Double.isFinite(timesDays[i]) || (i > 0 && !(timesDays[i] > timesDays[i - 1]))) {
				throw new IllegalArgumentException(
						"timesDays must be finite and strictly increasing, was " + timesDays[i] + " at index " + i);
			}
		}
	}

}
