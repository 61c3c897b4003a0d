package io.lsdrisk.valuation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.lsdrisk.compute.ProvenanceDays;

/**
 * An exchange-rate history (ETH per token, or tokens per share) that a valuation reads
 * its yield windows from.
 */
interface RateSeries {

	/** The symbol the rates belong to. */
	String name();

	/** The last observation at or before {@code instant}, null if none. */
	Observation atOrBefore(Instant instant);

	/**
	 * The provenance of the UTC days from {@code from}'s day to {@code to}'s, each typed
	 * by the day's last stored observation or the one carried forward, as one series
	 * named {@link #name()}; null for caller inputs, which have no stored history.
	 * @param from an observation of this series (the window's start)
	 * @param to a later observation of it (the window's end), inclusive
	 */
	default ProvenanceDays days(Instant from, Instant to) {
		return null;
	}

	/**
	 * @param observedAt when observed
	 * @param rate the rate, > 0
	 */
	record Observation(Instant observedAt, double rate) {
	}

	static RateSeries of(String name, Function<Instant, Observation> lookup) {
		return of(name, lookup, (from, to) -> null);
	}

	static RateSeries of(String name, Function<Instant, Observation> lookup,
			BiFunction<Instant, Instant, ProvenanceDays> days) {
		return new RateSeries() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public Observation atOrBefore(Instant instant) {
				return lookup.apply(instant);
			}

			@Override
			public ProvenanceDays days(Instant from, Instant to) {
				return days.apply(from, to);
			}
		};
	}

	/** A series held in memory, for caller-supplied inputs. */
	static RateSeries inMemory(String name, List<Observation> observations) {
		List<Observation> sorted = new ArrayList<>(observations);
		sorted.sort(Comparator.comparing(Observation::observedAt));
		return of(name, (instant) -> {
			int low = 0;
			int high = sorted.size() - 1;
			Observation found = null;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				Observation candidate = sorted.get(middle);
				if (candidate.observedAt().isAfter(instant)) {
					high = middle - 1;
				}
				else {
					found = candidate;
					low = middle + 1;
				}
			}
			return found;
		});
	}

}
