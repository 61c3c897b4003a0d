package io.lsdrisk.depeg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.peg.DailyPegSeries;

/**
 * An asset's stored peg history: {@code peg = marketPriceEth / exchangeRate} of every
 * stored state that has a market price, resampled to UTC days by
 * {@link DailyPegSeries#fromObservations} (last observation of a day, forward-filled).
 *
 * @param series the daily series
 * @param observedAt observation times of the states used, in time order
 * @param latest the latest state used (the peg "now")
 * @param latestWithQueue the latest stored state that reports its withdrawal queue, or
 * null
 */
record StoredPegHistory(DailyPegSeries series, List<Instant> observedAt, PoolState latest, PoolState latestWithQueue) {

	private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

	/** The history, or null when no stored state has a market price. */
	static StoredPegHistory load(PoolStateService states, Asset asset) {
		List<PoolState> priced = new ArrayList<>();
		PoolState withQueue = null;
		for (PoolState state : states.between(asset, Instant.EPOCH, FAR_FUTURE)) {
			if (state.withdrawalQueueEth() != null
					&& (withQueue == null || !state.observedAt().isBefore(withQueue.observedAt()))) {
				withQueue = state;
			}
			if (state.marketPriceEth() != null && state.exchangeRate() != null && state.exchangeRate().signum() > 0) {
				priced.add(state);
			}
		}
		if (priced.isEmpty()) {
			return null;
		}
		long[] times = new long[priced.size()];
		double[] pegs = new double[priced.size()];
		List<Instant> observed = new ArrayList<>(priced.size());
		for (int i = 0; i < times.length; i++) {
			PoolState state = priced.get(i);
			times[i] = state.observedAt().getEpochSecond();
			pegs[i] = state.marketPriceEth().doubleValue() / state.exchangeRate().doubleValue();
			observed.add(state.observedAt());
		}
		return new StoredPegHistory(DailyPegSeries.fromObservations(times, pegs), observed,
				priced.get(priced.size() - 1), withQueue);
	}

	/** The latest reported withdrawal queue, ETH, or null. */
	Double latestQueueEth() {
		return (this.latestWithQueue != null) ? this.latestWithQueue.withdrawalQueueEth().doubleValue() : null;
	}

	/** When the latest reported withdrawal queue was observed, or null. */
	Instant latestQueueObservedAt() {
		return (this.latestWithQueue != null) ? this.latestWithQueue.observedAt() : null;
	}

	/** The latest peg: the last observation's. */
	double latestPeg() {
		return this.series.peg(this.series.size() - 1);
	}

	/** Stored states observed on days {@code [first, last]}. */
	int statesBetween(LocalDate first, LocalDate last) {
		Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return (int) this.observedAt.stream().filter((t) -> !t.isBefore(from) && t.isBefore(to)).count();
	}

}
