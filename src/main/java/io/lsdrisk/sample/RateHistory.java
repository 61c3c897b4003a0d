package io.lsdrisk.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A protocol exchange rate over the whole sample: a synthetic path (the staking-APR model
 * of {@link SyntheticModels#exchangeRate}) bridged through every real value and anchor,
 * then, after the last real value, a continuation at the APR fitted on the real rates.
 * Every part starts on a fixed day, so the values up to a day never depend on
 * {@code today}.
 */
final class RateHistory {

	/** The continuation's APR is fitted on at most this many days of real rates. */
	static final int APR_FIT_DAYS = 365;

	private final DailyPath rate;

	private final DailyPath apr;

	private final LocalDate lastReal;

	private final DailyPath continuation;

	private final DailyPath continuationApr;

	private final double fittedApr;

	private RateHistory(DailyPath rate, DailyPath apr, LocalDate lastReal, DailyPath continuation,
			DailyPath continuationApr, double fittedApr) {
		this.rate = rate;
		this.apr = apr;
		this.lastReal = lastReal;
		this.continuation = continuation;
		this.continuationApr = continuationApr;
		this.fittedApr = fittedApr;
	}

	/**
	 * @param name series name: the seed of the bridged path is {@code seedOf(name)}, that
	 * of the continuation {@code seedOf(name + " continuation")}
	 * @param start first day
	 * @param startRate rate on {@code start} before bridging (it only matters without
	 * anchors)
	 * @param feeMultiplier net APR of the bridged path as a fraction of the gross APR
	 * @param anchors values the path must pass through: the real rates plus derived
	 * anchors (an oracle snapshot); none may be after the last real rate
	 * @param real the real rates by day (may be empty): the continuation starts on the
	 * last
	 * @param today the day the data set is built for
	 */
	static RateHistory of(String name, LocalDate start, double startRate, double feeMultiplier,
			NavigableMap<LocalDate, Double> anchors, NavigableMap<LocalDate, Double> real, LocalDate today) {
		if (!real.isEmpty() && anchors.lastKey().isAfter(real.lastKey())) {
			throw new IllegalArgumentException("an anchor after the last real rate: " + anchors.lastKey());
		}
		LocalDate end = anchors.isEmpty() ? later(today, start) : anchors.lastKey();
		DailyPath[] base = SyntheticModels.exchangeRate(DailyNoise.seedOf(name), start, end, startRate, feeMultiplier);
		DailyPath bridged = anchors.isEmpty() ? base[0] : SyntheticModels.bridged(base[0], anchors);
		if (real.isEmpty()) {
			return new RateHistory(bridged, base[1], null, null, null, Double.NaN);
		}
		Map.Entry<LocalDate, Double> last = real.lastEntry();
		Map.Entry<LocalDate, Double> first = real.ceilingEntry(last.getKey().minusDays(APR_FIT_DAYS));
		long days = ChronoUnit.DAYS.between(first.getKey(), last.getKey());
		double fitted = (days > 0) ? 365.0 * Math.expm1(Math.log(last.getValue() / first.getValue()) / days)
				: SyntheticModels.GROSS_STAKING_APR.at(last.getKey()) * feeMultiplier;
		DailyPath[] continued = SyntheticModels.exchangeRate(DailyNoise.seedOf(name + " continuation"), last.getKey(),
				later(today, last.getKey()), last.getValue(), (day) -> fitted);
		return new RateHistory(bridged, base[1], last.getKey(), continued[0], continued[1], fitted);
	}

	/** Anchors of one real series plus extra derived anchors. */
	static NavigableMap<LocalDate, Double> anchors(NavigableMap<LocalDate, Double> real,
			Map<LocalDate, Double> derived) {
		TreeMap<LocalDate, Double> anchors = new TreeMap<>(derived);
		anchors.putAll(real);
		return anchors;
	}

	double rate(LocalDate day) {
		return continues(day) ? this.continuation.at(day) : this.rate.at(day);
	}

	double apr(LocalDate day) {
		return continues(day) ? this.continuationApr.at(day) : this.apr.at(day);
	}

	/** The APR of the continuation (NaN without real rates). */
	double fittedApr() {
		return this.fittedApr;
	}

	/** The last day with a real rate, or null. */
	LocalDate lastReal() {
		return this.lastReal;
	}

	private boolean continues(LocalDate day) {
		return this.lastReal != null && day.isAfter(this.lastReal);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
