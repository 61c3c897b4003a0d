package io.lsdrisk.asset;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gauges that exist once per LSD, tagged by symbol only: registered for every asset at
 * start and for a new asset on its first ingestion. A figure that cannot be computed
 * reads NaN.
 */
public abstract class PerAssetGauges {

	private static final Logger log = LoggerFactory.getLogger(PerAssetGauges.class);

	private final AssetService assets;

	private final MeterRegistry registry;

	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	protected PerAssetGauges(AssetService assets, MeterRegistry registry) {
		this.assets = assets;
		this.registry = registry;
	}

	/** Registers this feature's gauges for one asset. */
	protected abstract void registerFor(String symbol);

	@EventListener(ApplicationReadyEvent.class)
	public void registerAll() {
		try {
			this.assets.all().forEach((asset) -> registerOnce(asset.symbol()));
		}
		catch (RuntimeException ex) {
			log.warn("{} not registered at start: {}", getClass().getSimpleName(), ex.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(StatesIngested event) {
		registerOnce(event.symbol());
	}

	protected void registerOnce(String symbol) {
		if (this.registered.add(symbol)) {
			registerFor(symbol);
		}
	}

	protected void gauge(String name, String description, String symbol, ToDoubleFunction<String> figure) {
		Gauge.builder(name, () -> {
			try {
				return figure.applyAsDouble(symbol);
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}).description(description).tag("symbol", symbol).register(this.registry);
	}

}
