package io.lsdrisk.valuation;

import java.util.function.Function;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PerAssetGauges;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Gauges per LSD, tagged by symbol only: {@code lsdrisk_valuation_peg_ratio},
 * {@code lsdrisk_valuation_premium_bps} and {@code lsdrisk_valuation_apr30d}. They read
 * the cached latest valuation (NaN when the figure is unavailable).
 */
@Component
class ValuationGauges extends PerAssetGauges {

	private final ValuationService valuations;

	ValuationGauges(ValuationService valuations, AssetService assets, MeterRegistry registry) {
		super(assets, registry);
		this.valuations = valuations;
	}

	@Override
	protected void registerFor(String symbol) {
		valuationGauge("lsdrisk.valuation.peg.ratio", "Market price over fair value (exchange rate)", symbol,
				Valuation::pegRatio);
		valuationGauge("lsdrisk.valuation.premium.bps", "Premium over fair value, bp (negative: discount)", symbol,
				Valuation::premiumBps);
		valuationGauge("lsdrisk.valuation.apr30d", "Staking APR from 30-day exchange-rate growth, decimal per year",
				symbol, Valuation::apr30d);
	}

	private void valuationGauge(String name, String description, String symbol, Function<Valuation, Double> figure) {
		gauge(name, description, symbol, (s) -> {
			Double value = figure.apply(this.valuations.valuation(s, null));
			return (value != null) ? value : Double.NaN;
		});
	}

}
