package io.lsdrisk.comparison;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PerAssetGauges;
import io.lsdrisk.compute.DataProvenance;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code lsdrisk_depeg_probability_30d{symbol}}: the probability that the peg falls to or
 * under {@code lsdrisk.comparison.depeg-threshold} (0.98) within the horizon, from the
 * {@link DepegProbabilitySource}; NaN while no model is available.
 * {@code lsdrisk_data_synthetic{symbol}}: 1 when any stored state behind the LSD's
 * current figures (its comparison column, which holds the per-asset gauges' peg, premium,
 * 30-day APR and depeg probability) is generated, else 0. A separate gauge rather than a
 * tag on the others, so that no series changes identity when the provenance changes; a
 * dashboard joins on {@code symbol} to grey out generated figures.
 */
@Component
class ComparisonGauges extends PerAssetGauges {

	private final ComparisonService comparison;

	ComparisonGauges(ComparisonService comparison, AssetService assets, MeterRegistry registry) {
		super(assets, registry);
		this.comparison = comparison;
	}

	@Override
	protected void registerFor(String symbol) {
		gauge("lsdrisk.depeg.probability.30d",
				"Probability that the peg falls to or under 0.98 "
						+ "(lsdrisk.comparison.depeg-threshold) within 30 days; NaN without a depeg model",
				symbol, (s) -> {
					Double probability = this.comparison.depegProbability(s);
					return (probability != null) ? probability : Double.NaN;
				});
		gauge("lsdrisk.data.synthetic",
				"1 when any stored state behind the LSD's current figures (comparison row, valuation and depeg gauges)"
						+ " is generated (lsdrisk.provenance.synthetic-source-prefixes), else 0",
				symbol, (s) -> {
					DataProvenance provenance = this.comparison.dataProvenance(s);
					return (provenance == null) ? Double.NaN : provenance.allReal() ? 0 : 1;
				});
	}

}
