package io.lsdrisk.valuation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code dataFreshness} health contributor: always UP (stale market data must not
 * take the service out of a load balancer), with details listing every LSD whose latest
 * state is older than {@code lsdrisk.valuation.stale-after} or that has no state. It is
 * not part of the readiness or liveness groups.
 */
@Component
class DataFreshnessHealthIndicator implements HealthIndicator {

	private final ValuationService valuations;

	DataFreshnessHealthIndicator(ValuationService valuations) {
		this.valuations = valuations;
	}

	@Override
	public Health health() {
		List<Valuation> all = this.valuations.all();
		List<Map<String, Object>> stale = all.stream()
			.filter((view) -> view.stale() != null && view.stale())
			.map(DataFreshnessHealthIndicator::describe)
			.toList();
		List<String> noState = all.stream()
			.filter((view) -> view.stateObservedAt() == null)
			.map(Valuation::symbol)
			.toList();
		return Health.up()
			.withDetail("staleAfterHours", this.valuations.properties().staleAfter().toMillis() / 3_600_000.0)
			.withDetail("assets", all.size())
			.withDetail("staleCount", stale.size())
			.withDetail("stale", stale)
			.withDetail("noState", noState)
			.build();
	}

	private static Map<String, Object> describe(Valuation view) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("symbol", view.symbol());
		row.put("stateObservedAt", view.stateObservedAt().toString());
		row.put("ageHours", Math.round(view.ageHours() * 10) / 10.0);
		return row;
	}

}
