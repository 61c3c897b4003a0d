package io.lsdrisk.valuation;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the valuation views, bound from {@code lsdrisk.valuation.*}.
 *
 * @param windowToleranceDays how much older than {@code t - d} the start of a yield
 * window may be (default 3 days); with no state in {@code [t - d - tolerance, t - d]} the
 * window's yields are null with a reason. Also the largest gap allowed between a rebasing
 * token's state and its share-rate observation.
 * @param staleAfter age beyond which the state used is stale (default 36 hours): the
 * response says {@code stale: true} and the {@code dataFreshness} health contributor
 * lists the asset
 * @param forwardYieldWindowDays which window's continuous yield drives the forward fair
 * values: 7, 30 or 365 (default 30)
 * @param fundingRatePerYear r of the redemption bound, continuous per year (default 0.04,
 * about the cost of borrowing ETH); also the r of the depeg model's redemption floor
 * @param redemptionFeesFraction gas and fees of a redemption round trip, a fraction of
 * the amount (default 0.0005, 5 bp); also the fees of the depeg model's redemption floor
 * @param queueYieldPerYear y_q per symbol (case-insensitive): yield earned while waiting
 * in the protocol's withdrawal queue, continuous per year; default 0 for every token
 * (stETH in Lido's queue earns nothing)
 * @param shareRateSources for rebasing tokens, the symbol whose exchange-rate history is
 * the token's share rate (default {@code stETH -> wstETH}: wstETH's rate is stETH per
 * wstETH, i.e. Lido's share rate); an asset's metadata {@code shareRateSource} overrides
 * @param maxCachedViews most computed views kept (default 1000; the cache is emptied when
 * full)
 * @param cacheMaxAge longest a computed view is served without recomputation even when no
 * ingestion invalidates it (default 10 minutes)
 * @param maxCustomObservations most exchange-rate observations in one
 * {@code POST /api/v1/valuation} (default 10,000)
 */
@Validated
@ConfigurationProperties("lsdrisk.valuation")
public record ValuationProperties(@DefaultValue("3") @DecimalMin("0") @DecimalMax("365") double windowToleranceDays,
		@DefaultValue("36h") @NotNull Duration staleAfter,
		@DefaultValue("30") @Min(7) @Max(365) int forwardYieldWindowDays,
		@DefaultValue("0.04") @DecimalMin("-1") @DecimalMax("1") double fundingRatePerYear,
		@DefaultValue("0.0005") @DecimalMin("0") @DecimalMax("1") double redemptionFeesFraction,
		Map<String, Double> queueYieldPerYear, Map<String, String> shareRateSources,
		@DefaultValue("1000") @Min(10) int maxCachedViews, @DefaultValue("10m") @NotNull Duration cacheMaxAge,
		@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxCustomObservations) {

	/** The yield windows of every valuation, days. */
	public static final int[] WINDOWS = { 7, 30, 365 };

	public ValuationProperties {
		if (forwardYieldWindowDays != 7 && forwardYieldWindowDays != 30 && forwardYieldWindowDays != 365) {
			throw new IllegalArgumentException(
					"lsdrisk.valuation.forward-yield-window-days must be 7, 30 or 365, was " + forwardYieldWindowDays);
		}
		queueYieldPerYear = lowerCaseKeys((queueYieldPerYear != null) ? queueYieldPerYear : Map.of());
		shareRateSources = lowerCaseKeys((shareRateSources != null) ? shareRateSources : Map.of("stETH", "wstETH"));
	}

	/** y_q of a symbol, 0 unless configured. */
	public double queueYield(String symbol) {
		return this.queueYieldPerYear.getOrDefault(symbol.toLowerCase(Locale.ROOT), 0.0);
	}

	/** The configured share-rate source of a symbol, or null. */
	String shareRateSource(String symbol) {
		return this.shareRateSources.get(symbol.toLowerCase(Locale.ROOT));
	}

	private static <V> Map<String, V> lowerCaseKeys(Map<String, V> map) {
		Map<String, V> lower = new TreeMap<>();
		map.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
		return Map.copyOf(lower);
	}

}
