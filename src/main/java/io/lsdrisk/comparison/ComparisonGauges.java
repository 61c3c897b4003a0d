package io.lsdrisk.comparison;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.StatesIngested;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code lsdrisk_depeg_probability_30d{symbol}}: the probability that the peg falls to or
 * under {@code lsdrisk.comparison.depeg-threshold} (0.98) within the horizon, from the
 * {@link DepegProbabilitySource}; NaN while no model is available.
 */
@Component
class ComparisonGauges {

	private static final Logger log = LoggerFactory.getLogger(ComparisonGauges.class);

	private final ComparisonService comparison;

	private final AssetService assets;

	private final MeterRegistry registry;

	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	ComparisonGauges(ComparisonService comparison, AssetService assets, MeterRegistry registry) {
		this.comparison = comparison;
		this.assets = assets;
		this.registry = registry;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerAll() {
		try {
			this.assets.all().forEach((asset) -> register(asset.symbol()));
		}
		catch (RuntimeException ex) {
			log.warn("Depeg gauges not registered at start: {}", ex.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StatesIngested event) {
		register(event.symbol());
	}

	private void register(String symbol) {
		if (!this.registered.add(symbol)) {
			return;
		}
		Gauge.builder("lsdrisk.depeg.probability.30d", () -> value(symbol))
			.description("Probability that the peg falls to or under 0.98 (lsdrisk.comparison.depeg-threshold) "
					+ "within 30 days; NaN without a depeg model")
			.tag("symbol", symbol)
			.register(this.registry);
	}

	private double value(String symbol) {
		try {
			Double probability = this.comparison.depegProbability(symbol);
			return (probability != null) ? probability : Double.NaN;
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
