package io.lsdrisk.depeg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.ProvenanceRule;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.peg.DailyPegSeries;

/**
 * An asset's stored peg history: {@code peg = marketPriceEth / exchangeRate} of every
 * stored state that has a market price, resampled to UTC days by
 * {@link DailyPegSeries#fromObservations} (last observation of a day, forward-filled).
 *
 * @param series the daily series
 * @param observedAt observation times of the states used, in time order
 * @param latest the latest state used (the peg "now")
 */
record StoredPegHistory(DailyPegSeries series, List<Instant> observedAt, PoolState latest, Provenance[] provenance) {

	private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

	/** The history, or null when no stored state has a market price. */
	static StoredPegHistory load(PoolStateService states, Asset asset) {
		return load(states, asset, ProvenanceRule.defaults());
	}

	/**
	 * The history with each day's provenance by {@code rule}: the provenance of the state
	 * that gave the day its value (the day's last state, or the one carried forward).
	 */
	static StoredPegHistory load(PoolStateService states, Asset asset, ProvenanceRule rule) {
		List<PoolState> priced = new ArrayList<>();
		for (PoolState state : states.between(asset, Instant.EPOCH, FAR_FUTURE)) {
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
		DailyPegSeries series = DailyPegSeries.fromObservations(times, pegs);
		return new StoredPegHistory(series, observed, priced.get(priced.size() - 1), perDay(series, priced, rule));
	}

	/** The provenance of days {@code [from, to)} of the series. */
	DataProvenance provenanceOf(int from, int to) {
		return DataProvenance.ofDays(this.series.firstDay(), this.provenance, from, to);
	}

	private static Provenance[] perDay(DailyPegSeries series, List<PoolState> priced, ProvenanceRule rule) {
		Provenance[] days = new Provenance[series.size()];
		// states arrive in time order, so the last one written to a day is the day's last
		for (PoolState state : priced) {
			int day = series.indexOf(LocalDate.ofInstant(state.observedAt(), ZoneOffset.UTC));
			days[day] = rule.of(state);
		}
		for (int i = 1; i < days.length; i++) {
			if (days[i] == null) {
				days[i] = days[i - 1];
			}
		}
		return days;
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
