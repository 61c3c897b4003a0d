package io.lsdrisk.collateral;

import java.time.Instant;
import java.util.List;

import io.lsdrisk.compute.DataProvenance;

/**
 * A CAPO-style exchange-rate growth cap with the stored data behind it. Yields are simple
 * annualised (APR) decimals.
 *
 * @param symbol the LSD
 * @param recommendedMaxYearlyGrowth {@code maxSmoothedYield + yieldStandardDeviation}
 * @param maxSmoothedYield highest 14-day smoothed yield in the look-back window
 * @param maxSmoothedYieldAt when it occurred
 * @param yieldStandardDeviation sample standard deviation of the per-update (about daily)
 * yields in the window
 * @param window the data behind the recommendation
 * @param cap the cap checked against every stored state
 * @param capSource REQUEST or RECOMMENDED
 * @param snapshotDelayDays age of the snapshot rate the cap grows from
 * @param growthAboveCapCount stored states whose rate exceeds the capped rate
 * @param growthAboveCap the first of them (at most 1,000)
 * @param rateFallCount stored states whose rate is below the previous one (slashing or a
 * loss)
 * @param rateFalls the first of them (at most 1,000)
 * @param method reference of the method
 * @param dataProvenance real and generated days of the stored exchange rates used: every
 * UTC day from the first stored rate to the latest (the flags check all of them; the cap
 * uses the last 180 days); a day is generated when any of its states is, a day without a
 * state repeats the last one before it
 */
public record RateCapResponse(String symbol, double recommendedMaxYearlyGrowth, double maxSmoothedYield,
		Instant maxSmoothedYieldAt, double yieldStandardDeviation, RateCapWindow window, double cap, String capSource,
		double snapshotDelayDays, int growthAboveCapCount, List<RateCapFlag> growthAboveCap, int rateFallCount,
		List<RateCapFlag> rateFalls, String method, DataProvenance dataProvenance) {

	/**
	 * @param from start of the look-back window
	 * @param to end (the latest stored state)
	 * @param lookbackDays 180
	 * @param smoothingDays 14
	 * @param updateCount per-update yields in the window
	 * @param smoothedCount smoothed yields in the window
	 * @param storedStates stored states with an exchange rate (all of them are checked)
	 * @param firstObservedAt the first of them
	 */
	public record RateCapWindow(Instant from, Instant to, double lookbackDays, double smoothingDays, int updateCount,
			int smoothedCount, int storedStates, Instant firstObservedAt) {

	}

	/**
	 * @param referenceAt the snapshot (growth) or the previous state (fall)
	 * @param observedAt the flagged state
	 * @param referenceRate rate at the reference
	 * @param rate rate observed
	 * @param limitRate the capped rate (growth) or the previous rate (fall)
	 * @param annualisedGrowth simple annualised growth from the reference
	 */
	public record RateCapFlag(Instant referenceAt, Instant observedAt, double referenceRate, double rate,
			double limitRate, double annualisedGrowth) {

	}

}
