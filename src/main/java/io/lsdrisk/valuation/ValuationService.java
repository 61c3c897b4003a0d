package io.lsdrisk.valuation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;

/**
 * Values LSDs from stored states (cached until the next ingestion) or from caller inputs.
 * Reads are not wrapped in one transaction on purpose: a cache hit touches no database.
 */
@Service
public class ValuationService {

	private final AssetService assets;

	private final PoolStateService states;

	private final ValuationProperties properties;

	private final ViewCache cache;

	private final ComputeMetrics metrics;

	private final Clock clock;

	ValuationService(AssetService assets, PoolStateService states, ValuationProperties properties, ViewCache cache,
			ComputeMetrics metrics, Clock clock) {
		this.assets = assets;
		this.states = states;
		this.properties = properties;
		this.cache = cache;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * One LSD at its latest state ({@code at == null}) or at the last state at or before
	 * {@code at}.
	 * @throws io.lsdrisk.web.NotFoundException for an unknown symbol
	 * @throws InvalidRequestException for an {@code at} in the future
	 */
	public Valuation valuation(String symbol, Instant at) {
		Instant now = this.clock.instant();
		if (at != null && at.isAfter(now)) {
			throw InvalidRequestException.of("at", "must not be in the future (now is " + now + "), was " + at);
		}
		String key = "valuation:" + symbol.toLowerCase(Locale.ROOT) + ":" + at;
		Valuation view = this.cache.get(key,
				() -> this.metrics.time("valuation", () -> compute(this.assets.find(symbol), at)));
		return fresh(view, (at != null) ? at : now);
	}

	/** Every LSD at its latest state, in registration order. */
	public List<Valuation> all() {
		List<Valuation> views = this.cache.get("valuations", () -> this.metrics.time("valuations", () -> {
			List<Valuation> rows = new ArrayList<>();
			for (Asset asset : this.assets.all()) {
				rows.add(compute(asset, null));
			}
			return List.copyOf(rows);
		}));
		Instant now = this.clock.instant();
		return views.stream().map((view) -> fresh(view, now)).toList();
	}

	/** Values caller-supplied inputs; nothing is read from the store. */
	public Valuation custom(CustomValuationRequest request) {
		return this.metrics.time("valuation_custom",
				() -> ValuationCalculator.value(inputs(request), this.properties.windowToleranceDays(),
						this.properties.forwardYieldWindowDays(), this.properties.staleAfter()));
	}

	/** Symbols with a state older than the staleness limit, or none at all. */
	public List<Valuation> staleOrMissing() {
		return all().stream().filter((view) -> view.stale() == null || view.stale()).toList();
	}

	public ValuationProperties properties() {
		return this.properties;
	}

	private Valuation compute(Asset asset, Instant at) {
		PoolState state = (at != null) ? this.states.latestAtOrBefore(asset, at) : this.states.latest(asset);
		RateSeries series = null;
		String missing = null;
		if (asset.tokenModel() == TokenModel.REBASING) {
			String source = shareRateSource(asset);
			Optional<Asset> sourceAsset = (source != null) ? this.assets.findOptional(source) : Optional.empty();
			if (source == null) {
				missing = "no share-rate source for " + asset.symbol()
						+ " (lsdrisk.valuation.share-rate-sources or metadata shareRateSource)";
			}
			else if (sourceAsset.isEmpty()) {
				missing = "the share-rate source " + source + " is not a registered LSD";
			}
			else {
				series = storedSeries(sourceAsset.get());
			}
		}
		else {
			series = storedSeries(asset);
		}
		ValuationInputs inputs = new ValuationInputs(asset.symbol(), asset.tokenModel(), at,
				(state != null) ? state.observedAt() : null, (state != null) ? state.source() : null,
				(state != null) ? state.provenance() : null,
				(state != null) ? state.exchangeRate().doubleValue() : null,
				(state != null) ? number(state.marketPriceEth()) : null,
				(state != null) ? number(state.ethUsd()) : null, series, missing, number(asset.withdrawalWaitDays()),
				asset.withdrawalsEnabledAt(), this.properties.fundingRatePerYear(),
				this.properties.queueYield(asset.symbol()), this.properties.redemptionFeesFraction());
		return ValuationCalculator.value(inputs, this.properties.windowToleranceDays(),
				this.properties.forwardYieldWindowDays(), this.properties.staleAfter());
	}

	private String shareRateSource(Asset asset) {
		Object configured = (asset.metadata() != null) ? asset.metadata().get("shareRateSource") : null;
		if (configured instanceof String text && !text.isBlank()) {
			return text;
		}
		return this.properties.shareRateSource(asset.symbol());
	}

	private RateSeries storedSeries(Asset asset) {
		return RateSeries.of(asset.symbol(), (instant) -> {
			PoolState state = this.states.latestAtOrBefore(asset, instant);
			return (state != null) ? new RateSeries.Observation(state.observedAt(), state.exchangeRate().doubleValue())
					: null;
		}, (from, to) -> {
			// timestamps are stored to the microsecond: a microsecond past the end
			// includes it
			List<PoolState> window = this.states.between(asset, from, to.plusNanos(1_000));
			return ProvenanceDays.builder()
				.resampled(asset.symbol(), window.stream().map(PoolState::observedAt).toArray(Instant[]::new),
						window.stream().map(PoolState::provenance).toArray(Provenance[]::new))
				.build();
		});
	}

	private Valuation fresh(Valuation view, Instant reference) {
		if (view.stateObservedAt() == null) {
			return view;
		}
		Duration age = Duration.between(view.stateObservedAt(), reference);
		double ageHours = age.toMillis() / 3_600_000.0;
		return view.withFreshness(age.compareTo(this.properties.staleAfter()) > 0, ageHours);
	}

	private ValuationInputs inputs(CustomValuationRequest request) {
		List<CustomValuationRequest.ExchangeRateInput> rates = request.exchangeRates();
		if (rates.size() > this.properties.maxCustomObservations()) {
			throw InvalidRequestException.of("exchangeRates",
					"at most " + this.properties.maxCustomObservations() + " observations, was " + rates.size());
		}
		Set<Instant> seen = new HashSet<>();
		List<RateSeries.Observation> observations = new ArrayList<>();
		for (int i = 0; i < rates.size(); i++) {
			CustomValuationRequest.ExchangeRateInput rate = rates.get(i);
			if (!seen.add(rate.observedAt())) {
				throw InvalidRequestException.of("exchangeRates[" + i + "].observedAt",
						"two observations at " + rate.observedAt());
			}
			observations.add(new RateSeries.Observation(rate.observedAt(), rate.rate()));
		}
		String label = (request.symbol() != null) ? request.symbol() : "exchangeRates";
		RateSeries series = RateSeries.inMemory(label, observations);
		Instant latest = observations.stream().map(RateSeries.Observation::observedAt).max(Instant::compareTo).get();
		Instant valuedAt = (request.valuedAt() != null) ? request.valuedAt() : latest;
		RateSeries.Observation end = series.atOrBefore(valuedAt);
		if (end == null) {
			throw InvalidRequestException.of("valuedAt",
					"is before the first exchange-rate observation, was " + valuedAt);
		}
		LocalDate enabled = request.withdrawalsEnabledAt();
		if (enabled == null && request.withdrawalWaitDays() != null) {
			enabled = LocalDate.ofInstant(valuedAt, ZoneOffset.UTC);
		}
		boolean rebasing = request.tokenModel() == TokenModel.REBASING;
		return new ValuationInputs(request.symbol(), request.tokenModel(), valuedAt, end.observedAt(), "request", null,
				rebasing ? 1.0 : end.rate(), request.marketPriceEth(), request.ethUsd(), series, null,
				request.withdrawalWaitDays(), enabled,
				(request.fundingRatePerYear() != null) ? request.fundingRatePerYear()
						: this.properties.fundingRatePerYear(),
				(request.queueYieldPerYear() != null) ? request.queueYieldPerYear() : 0.0,
				(request.feesFraction() != null) ? request.feesFraction() : this.properties.redemptionFeesFraction());
	}

	private static Double number(BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
