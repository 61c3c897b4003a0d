package io.lsdrisk.valuation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.lsdrisk.asset.StatesIngested;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Computed views (valuations, comparison tables) kept until new states are ingested, so
 * that repeated dashboard calls do not recompute. Every ingestion empties the whole
 * cache, since views depend on other assets (a rebasing token's share rate, market
 * shares). A view computed while an ingestion commits is not kept (a generation counter
 * tells), and no view is served older than {@code lsdrisk.valuation.cache-max-age}.
 */
@Component
public class ViewCache {

	private final Map<String, Entry> views = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final int maxViews;

	private final long maxAgeNanos;

	ViewCache(ValuationProperties properties) {
		this.maxViews = properties.maxCachedViews();
		this.maxAgeNanos = properties.cacheMaxAge().toNanos();
	}

	/**
	 * The cached view under {@code key}, or a new one from {@code compute}.
	 * @param key names the view, prefixed by its feature
	 * @param compute computes the view (not under any lock; two callers may both compute)
	 * @return the view
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		long now = System.nanoTime();
		Entry entry = this.views.get(key);
		if (entry != null && now - entry.createdNanos() < this.maxAgeNanos) {
			return (T) entry.value();
		}
		long before = this.generation.get();
		T value = compute.get();
		if (this.generation.get() == before) {
			if (this.views.size() >= this.maxViews) {
				this.views.clear();
			}
			this.views.put(key, new Entry(value, now));
			if (this.generation.get() != before) {
				this.views.remove(key);
			}
		}
		return value;
	}

	/** Forgets every view. */
	public void invalidate() {
		this.generation.incrementAndGet();
		this.views.clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StatesIngested event) {
		invalidate();
	}

	/** How long views are kept at most. */
	Duration maxAge() {
		return Duration.ofNanos(this.maxAgeNanos);
	}

	private record Entry(Object value, long createdNanos) {
	}

}
