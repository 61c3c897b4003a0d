package io.lsdrisk.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per feed, the time of the last successful live snapshot (a gauge of its age in seconds)
 * and counters of reads: {@code success} (read and stored), {@code failure} (the read
 * failed), {@code skipped} (read, but its row was not stored because another value of it
 * failed or the store refused it). Tags are bounded by the configuration: {@code feed} is
 * a configured feed's name.
 */
final class FeedMetrics {

	private final Clock clock;

	private final Instant startedAt;

	private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	FeedMetrics(FeedPlan plan, MeterRegistry meters, Clock clock) {
		this.meters = meters;
		this.clock = clock;
		this.startedAt = clock.instant();
		for (Feed feed : plan.feeds()) {
			Gauge.builder("lsdrisk.chain.feed.age", this, (metrics) -> metrics.age(feed.name()).toMillis() / 1000.0)
				.description("Seconds since the feed's last successful snapshot (since start when none yet)")
				.baseUnit("seconds")
				.tag("feed", feed.name())
				.register(meters);
		}
	}

	void success(String feed) {
		this.lastSuccess.put(feed, this.clock.instant());
		count(feed, "success");
	}

	void failure(String feed) {
		count(feed, "failure");
	}

	void skipped(String feed) {
		count(feed, "skipped");
	}

	/** Time since the feed's last success, or since start when it has none. */
	Duration age(String feed) {
		return Duration.between(this.lastSuccess.getOrDefault(feed, this.startedAt), this.clock.instant());
	}

	/** Last success per feed (null when none yet), in plan order. */
	Map<String, Instant> lastSuccesses(FeedPlan plan) {
		Map<String, Instant> result = new LinkedHashMap<>();
		plan.feeds().forEach((feed) -> result.put(feed.name(), this.lastSuccess.get(feed.name())));
		return result;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	private void count(String feed, String outcome) {
		Counter.builder("lsdrisk.chain.feed.reads")
			.description("Feed reads of live snapshots by outcome")
			.tag("feed", feed)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

}
