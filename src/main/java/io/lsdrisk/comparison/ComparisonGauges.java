package io.lsdrisk.comparison;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PerAssetGauges;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code lsdrisk_depeg_probability_30d{symbol}}: the probability that the peg falls to or
 * under {@code lsdrisk.comparison.depeg-threshold} (0.98) within the horizon, from the
 * {@link DepegProbabilitySource}; NaN while no model is available.
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
	}

}
