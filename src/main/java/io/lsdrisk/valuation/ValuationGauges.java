package io.lsdrisk.valuation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
 * Gauges per LSD, tagged by symbol only: {@code lsdrisk_valuation_peg_ratio},
 * {@code lsdrisk_valuation_premium_bps} and {@code lsdrisk_valuation_apr30d}. They read
 * the cached latest valuation (NaN when the figure is unavailable). Registered at start
 * for every LSD and on the first ingestion of a new one.
 */
@Component
class ValuationGauges {

	private static final Logger log = LoggerFactory.getLogger(ValuationGauges.class);

	private final ValuationService valuations;

	private final AssetService assets;

	private final MeterRegistry registry;

	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	ValuationGauges(ValuationService valuations, AssetService assets, MeterRegistry registry) {
		this.valuations = valuations;
		this.assets = assets;
		this.registry = registry;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerAll() {
		try {
			this.assets.all().forEach((asset) -> register(asset.symbol()));
		}
		catch (RuntimeException ex) {
			log.warn("Valuation gauges not registered at start: {}", ex.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StatesIngested event) {
		register(event.symbol());
	}

	void register(String symbol) {
		if (!this.registered.add(symbol)) {
			return;
		}
		gauge("lsdrisk.valuation.peg.ratio", "Market price over fair value (exchange rate)", symbol,
				Valuation::pegRatio);
		gauge("lsdrisk.valuation.premium.bps", "Premium over fair value, bp (negative: discount)", symbol,
				Valuation::premiumBps);
		gauge("lsdrisk.valuation.apr30d", "Staking APR from 30-day exchange-rate growth, decimal per year", symbol,
				Valuation::apr30d);
	}

	private void gauge(String name, String description, String symbol, Function<Valuation, Double> figure) {
		Gauge.builder(name, () -> value(symbol, figure))
			.description(description)
			.tag("symbol", symbol)
			.register(this.registry);
	}

	private double value(String symbol, Function<Valuation, Double> figure) {
		try {
			Double value = figure.apply(this.valuations.valuation(symbol, null));
			return (value != null) ? value : Double.NaN;
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
