package io.lsdrisk.depeg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.peg.DailyPegSeries;

/**
 * An asset's stored peg history: {@code peg = marketPriceEth / exchangeRate} of every
 * stored state that has a market price, resampled to UTC days by
 * {@link DailyPegSeries#fromObservations} (last observation of a day, forward-filled),
 * with the provenance of each day: that of the state that gave the day its value (the
 * day's last state, or for a forward-filled day the state carried forward).
 *
 * @param series the daily series
 * @param observedAt observation times of the states used, in time order
 * @param latest the latest state used (the peg "now")
 * @param symbol the asset's symbol, the series' name in {@link ProvenanceDays}
 * @param provenance the provenance of each day, aligned with {@code series}
 * ({@code provenance[i]} is that of {@code series.day(i)})
 * @param latestWithQueue the latest stored state that reports its withdrawal queue, or
 * null
 */
record StoredPegHistory(DailyPegSeries series, List<Instant> observedAt, PoolState latest, String symbol,
		Provenance[] provenance, PoolState latestWithQueue) {

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
		Provenance[] provenance = new Provenance[priced.size()];
		List<Instant> observed = new ArrayList<>(priced.size());
		for (int i = 0; i < times.length; i++) {
			PoolState state = priced.get(i);
			times[i] = state.observedAt().getEpochSecond();
			pegs[i] = state.marketPriceEth().doubleValue() / state.exchangeRate().doubleValue();
			provenance[i] = state.provenance();
			observed.add(state.observedAt());
		}
		// The states come in time order, one per instant, so the resampling of the
		// provenance picks the same state for each day as the peg series does.
		return new StoredPegHistory(DailyPegSeries.fromObservations(times, pegs), observed,
				priced.get(priced.size() - 1), asset.symbol(), ProvenanceDays.resample(times, provenance), withQueue);
	}

	/** The latest reported withdrawal queue, ETH, or null. */
	Double latestQueueEth() {
		return (this.latestWithQueue != null) ? this.latestWithQueue.withdrawalQueueEth().doubleValue() : null;
	}

	/** When the latest reported withdrawal queue was observed, or null. */
	Instant latestQueueObservedAt() {
		return (this.latestWithQueue != null) ? this.latestWithQueue.observedAt() : null;
	}

	/** A copy of the provenance of each day, aligned with {@code series}. */
	@Override
	public Provenance[] provenance() {
		return this.provenance.clone();
	}

	/** The provenance of one day of the series. */
	Provenance provenance(int index) {
		return this.provenance[index];
	}

	/**
	 * The day counts of days {@code [first, last]} (UTC, both included), clipped to the
	 * series; {@link DataProvenance#NONE} when the range holds no day of it.
	 */
	DataProvenance provenance(LocalDate first, LocalDate last) {
		int from = Math.max(0, this.series.indexOf(first));
		int to = Math.min(this.series.size(), this.series.indexOf(last) + 1);
		return (to <= from) ? DataProvenance.NONE
				: DataProvenance.ofDays(this.series.firstDay(), this.provenance, from, to);
	}

	/**
	 * The days {@code [first, last]} (UTC, both included) day by day, clipped to the
	 * series, as one series named by the asset's symbol.
	 */
	ProvenanceDays provenanceDays(LocalDate first, LocalDate last) {
		int from = Math.max(0, this.series.indexOf(first));
		int to = Math.min(this.series.size(), this.series.indexOf(last) + 1);
		if (to <= from) {
			return ProvenanceDays.NONE;
		}
		return ProvenanceDays.builder().days(this.symbol, this.series.firstDay(), this.provenance, from, to).build();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof StoredPegHistory history) && this.series.equals(history.series)
				&& this.observedAt.equals(history.observedAt) && this.latest.equals(history.latest)
				&& this.symbol.equals(history.symbol) && Arrays.equals(this.provenance, history.provenance);
	}

	@Override
	public int hashCode() {
		return 31 * this.observedAt.hashCode() + Arrays.hashCode(this.provenance);
	}

	@Override
	public String toString() {
		return "StoredPegHistory[" + this.symbol + ", " + this.series.firstDay() + " .. " + this.series.lastDay() + "]";
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
