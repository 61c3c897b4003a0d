package io.lsdrisk.depeg;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.lsdrisk.asset.StatesIngested;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Computed depeg views per asset (calibration, term structures, backtests), dropped when
 * new pool states of the asset are committed. A result computed while states were being
 * ingested is returned but not kept (a generation counter per asset tells), so the cache
 * never serves a view older than the last commit it has heard of. Two simultaneous first
 * requests may both compute; the cache holds at most {@value #MAX_ENTRIES_PER_ASSET}
 * views an asset (all are dropped when that is exceeded).
 */
@Component
class DepegCache {

	static final int MAX_ENTRIES_PER_ASSET = 32;

	private final Map<String, Map<Object, Object>> views = new ConcurrentHashMap<>();

	private final Map<String, Long> generations = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> T get(String symbol, Object key, Supplier<T> compute) {
		String asset = normalise(symbol);
		long generation = this.generations.getOrDefault(asset, 0L);
		Map<Object, Object> ofAsset = this.views.computeIfAbsent(asset, (name) -> new ConcurrentHashMap<>());
		Object cached = ofAsset.get(key);
		if (cached != null) {
			return (T) cached;
		}
		T value = compute.get();
		synchronized (this) {
			if (this.generations.getOrDefault(asset, 0L) == generation) {
				Map<Object, Object> current = this.views.computeIfAbsent(asset, (name) -> new ConcurrentHashMap<>());
				if (current.size() >= MAX_ENTRIES_PER_ASSET) {
					current.clear();
				}
				current.put(key, value);
			}
		}
		return value;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void statesIngested(StatesIngested event) {
		if ("pool_state".equals(event.series())) {
			invalidate(event.symbol());
		}
	}

	synchronized void invalidate(String symbol) {
		String asset = normalise(symbol);
		this.generations.merge(asset, 1L, Long::sum);
		this.views.remove(asset);
	}

	private static String normalise(String symbol) {
		return symbol.toLowerCase(Locale.ROOT);
	}

}
