package io.lsdrisk.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.chain.rpc.JsonRpcClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code chain} health component: UP while every feed had a successful snapshot
 * within {@code lsdrisk.chain.stale-after}, DEGRADED otherwise, never DOWN. DEGRADED is
 * not in the status order, so the overall status and the readiness group ignore it: stale
 * feeds never take the service out of rotation.
 */
class ChainHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Some feeds have no successful snapshot within stale-after");

	private final FeedPlan plan;

	private final FeedMetrics metrics;

	private final JsonRpcClient client;

	private final Duration staleAfter;

	ChainHealthIndicator(FeedPlan plan, FeedMetrics metrics, JsonRpcClient client, ChainProperties properties) {
		this.plan = plan;
		this.metrics = metrics;
		this.client = client;
		this.staleAfter = properties.staleAfter();
	}

	@Override
	public Health health() {
		Map<String, Object> feeds = new LinkedHashMap<>();
		List<String> stale = new ArrayList<>();
		for (Map.Entry<String, Instant> entry : this.metrics.lastSuccesses(this.plan).entrySet()) {
			Duration age = this.metrics.age(entry.getKey());
			boolean fresh = age.compareTo(this.staleAfter) <= 0;
			if (!fresh) {
				stale.add(entry.getKey());
			}
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("lastSuccessAt", (entry.getValue() != null) ? entry.getValue().toString() : null);
			detail.put("ageSeconds", age.toSeconds());
			detail.put("status", fresh ? "UP" : DEGRADED.getCode());
			feeds.put(entry.getKey(), detail);
		}
		Health.Builder builder = stale.isEmpty() ? Health.up() : Health.status(DEGRADED);
		return builder.withDetail("staleAfterSeconds", this.staleAfter.toSeconds())
			.withDetail("staleFeeds", stale)
			.withDetail("circuitBreaker", this.client.breakerState())
			.withDetail("feeds", feeds)
			.build();
	}

}
