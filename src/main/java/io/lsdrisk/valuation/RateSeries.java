package io.lsdrisk.valuation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
	 * @param observedAt when observed
	 * @param rate the rate, > 0
	 */
	record Observation(Instant observedAt, double rate) {
	}

	static RateSeries of(String name, Function<Instant, Observation> lookup) {
		return new RateSeries() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public Observation atOrBefore(Instant instant) {
				return lookup.apply(instant);
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
