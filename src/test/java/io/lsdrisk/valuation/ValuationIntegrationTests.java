package io.lsdrisk.valuation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class ValuationIntegrationTests {

	// 1.0 grown at 3.65 % simple for 30 days: 1 + 0.0365 * 30 / 365 = 1.003.
	static final double GROWN = 1.003;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	Api api;

	@BeforeEach
	void client() {
		this.api = new Api(this.port);
	}

	String register(String prefix, String tokenModel, Map<String, Object> metadata) {
		String symbol = Api.uniqueSymbol(prefix);
		Map<String, Object> asset = new LinkedHashMap<>();
		asset.put("symbol", symbol);
		asset.put("name", "Test " + symbol);
		asset.put("protocol", "Test");
		asset.put("tokenModel", tokenModel);
		asset.put("underlying", "ETH");
		asset.put("withdrawalsEnabledAt", "2023-04-12");
		asset.put("withdrawalWaitDays", 3);
		asset.put("metadata", metadata);
		assertThat(this.api.postJson("/api/v1/lsds", asset).status()).isEqualTo(201);
		return symbol;
	}

	void ingest(String symbol, String csv) {
		Api.Response response = this.api.post("/api/v1/lsds/" + symbol + "/states", "text/csv", csv);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	JsonNode valuation(String symbol) {
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/valuation");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void aKnownThirtyDayGrowthGivesItsYieldsForwardsPegAndBound() {
		String symbol = register("nrb", "NON_REBASING", Map.of());
		// Market 0.99 of fair: 1.003 * 0.99 = 0.99297.
		ingest(symbol, "observedAt,exchangeRate,marketPriceEth,ethUsd\n2024-01-01T00:00:00Z,1.0,,\n"
				+ "2024-01-31T00:00:00Z,1.003,0.99297,2000\n");
		JsonNode v = valuation(symbol);
		assertThat(v.get("tokenModel").asString()).isEqualTo("NON_REBASING");
		assertThat(v.get("stateObservedAt").asString()).isEqualTo("2024-01-31T00:00:00Z");
		assertThat(v.get("fairValueEth").asDouble()).isEqualTo(1.003);
		assertThat(v.get("fairValueUsd").asDouble()).isCloseTo(2006, within(1e-9));
		assertThat(v.get("marketPriceUsd").asDouble()).isCloseTo(1985.94, within(1e-9));
		assertThat(v.get("pegRatio").asDouble()).isCloseTo(0.99, within(1e-12));
		assertThat(v.get("premiumBps").asDouble()).isCloseTo(-100, within(1e-8));
		// (1.003 / 1 - 1) * 365 / 30 = 0.0365; APY = 1.003^(365/30) - 1.
		assertThat(v.get("apr30d").asDouble()).isCloseTo(0.0365, within(1e-14));
		assertThat(v.get("apy30d").asDouble()).isCloseTo(Math.pow(GROWN, 365.0 / 30) - 1, within(1e-14));
		// Forwards at the 30-day continuous yield y = ln(1.003) * 365/30: R e^{y 30/365}
		// =
		// 1.003^2, R e^{y 90/365} = 1.003^4, R e^{y} = 1.003^(1 + 365/30).
		assertThat(v.get("forwardYieldWindowDays").asInt()).isEqualTo(30);
		assertThat(v.get("forwardFairValueEth30d").asDouble()).isCloseTo(1.006009, within(1e-12));
		assertThat(v.get("forwardFairValueEth90d").asDouble()).isCloseTo(Math.pow(GROWN, 4), within(1e-12));
		assertThat(v.get("forwardFairValueEth365d").asDouble()).isCloseTo(Math.pow(GROWN, 1 + 365.0 / 30),
				within(1e-12));
		// No 7- or 365-day history: null with a reason, never a made-up number.
		assertThat(v.get("apr7d").isNull()).isTrue();
		assertThat(v.get("apy365d").isNull()).isTrue();
		assertThat(v.get("unavailable").get("apr7d").asString()).contains("no " + symbol + " state within");
		assertThat(v.get("unavailable").get("apr365d").asString()).contains("at or before 2023-01-31T00:00:00Z");
		JsonNode window = v.get("windows").get(1);
		assertThat(window.get("windowDays").asInt()).isEqualTo(30);
		assertThat(window.get("startObservedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
		assertThat(window.get("endObservedAt").asString()).isEqualTo("2024-01-31T00:00:00Z");
		assertThat(window.get("actualDays").asDouble()).isEqualTo(30.0);
		// W = 3 days, r = 0.04, fees 0.0005: x = 0.04 * 3 / 365 = 0.000328767;
		// 1 - e^-x = x - x^2/2 = 0.000328713; + 0.0005 = 0.000828713.
		JsonNode bound = v.get("redemptionBound");
		assertThat(bound.get("maxDiscount").asDouble()).isCloseTo(0.000828713, within(1e-9));
		assertThat(bound.get("discountBeyondBound").asBoolean()).isTrue();
		// Observed in 2024: far older than 36 hours.
		assertThat(v.get("stale").asBoolean()).isTrue();
		assertThat(v.get("ageHours").asDouble()).isGreaterThan(24 * 300);
		assertThat(v.get("perShare").isNull()).isTrue();
	}

	@Test
	void aWindowStartMayLagByTheToleranceAndNoMore() {
		String lagging = register("lag", "NON_REBASING", Map.of());
		// End 2024-02-02, target 2024-01-03, start 2024-01-01 (2 days early, within 3):
		// d = 32 days, APR = 0.0032 * 365 / 32 = 0.0365.
		ingest(lagging, "observedAt,exchangeRate\n2024-01-01T00:00:00Z,1.0\n2024-02-02T00:00:00Z,1.0032\n");
		JsonNode v = valuation(lagging);
		assertThat(v.get("windows").get(1).get("actualDays").asDouble()).isEqualTo(32.0);
		assertThat(v.get("apr30d").asDouble()).isCloseTo(0.0365, within(1e-14));

		String gap = register("gap", "NON_REBASING", Map.of());
		// End 2024-02-05, target 2024-01-06: the only earlier state is 5 days older.
		ingest(gap, "observedAt,exchangeRate\n2024-01-01T00:00:00Z,1.0\n2024-02-05T00:00:00Z,1.0035\n");
		JsonNode missing = valuation(gap);
		assertThat(missing.get("apr30d").isNull()).isTrue();
		assertThat(missing.get("unavailable").get("apr30d").asString()).contains("within 3.0 days")
			.contains("2024-01-01T00:00:00Z");
		assertThat(missing.get("windows").get(1).get("startObservedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
		assertThat(missing.get("unavailable").get("forwardFairValueEth30d").asString()).contains("30-day yield");
	}

	@Test
	void aRebasingTokenTakesItsYieldsFromTheShareRateAndGivesPerShareFigures() {
		String wrapper = register("wrp", "NON_REBASING", Map.of());
		ingest(wrapper, "observedAt,exchangeRate\n2024-01-01T00:00:00Z,1.1\n2024-01-31T00:00:00Z,1.1033\n");
		String rebasing = register("rbs", "REBASING", Map.of("shareRateSource", wrapper));
		ingest(rebasing, "observedAt,exchangeRate,marketPriceEth,ethUsd\n2024-01-31T06:00:00Z,1,0.998,2000\n");
		JsonNode v = valuation(rebasing);
		assertThat(v.get("fairValueEth").asDouble()).isEqualTo(1.0);
		assertThat(v.get("pegRatio").asDouble()).isCloseTo(0.998, within(1e-15));
		assertThat(v.get("yieldSeries").asString()).isEqualTo(wrapper);
		// 1.1033 / 1.1 = 1.003 over 30 days: APR 0.0365.
		assertThat(v.get("apr30d").asDouble()).isCloseTo(0.0365, within(1e-13));
		// The holding of one token grows at the share rate's yield: 1.003 in 30 days.
		assertThat(v.get("forwardFairValueEth30d").asDouble()).isCloseTo(GROWN, within(1e-12));
		JsonNode share = v.get("perShare");
		assertThat(share.get("shareRateSource").asString()).isEqualTo(wrapper);
		assertThat(share.get("shareRateObservedAt").asString()).isEqualTo("2024-01-31T00:00:00Z");
		assertThat(share.get("fairValueEth").asDouble()).isEqualTo(1.1033);
		assertThat(share.get("fairValueUsd").asDouble()).isCloseTo(2206.6, within(1e-9));
		assertThat(share.get("marketPriceEth").asDouble()).isCloseTo(1.1033 * 0.998, within(1e-12));
		assertThat(share.get("apr30d").asDouble()).isCloseTo(0.0365, within(1e-13));
		assertThat(share.get("forwardFairValueEth30d").asDouble()).isCloseTo(1.1033 * GROWN, within(1e-12));

		String orphan = register("orp", "REBASING", Map.of());
		ingest(orphan, "observedAt,exchangeRate\n2024-01-31T00:00:00Z,1\n");
		JsonNode none = valuation(orphan);
		assertThat(none.get("apr30d").isNull()).isTrue();
		assertThat(none.get("perShare").isNull()).isTrue();
		assertThat(none.get("unavailable").get("perShare").asString()).contains("no share-rate source");
	}

	@Test
	void aFreshStateIsNotStaleAndAPastInstantUsesTheStateBeforeIt() {
		String symbol = register("frs", "NON_REBASING", Map.of());
		Instant recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		ingest(symbol,
				"observedAt,exchangeRate\n2024-01-01T00:00:00Z,1.0\n2024-01-20T00:00:00Z,1.001\n" + recent + ",1.05\n");
		JsonNode latest = valuation(symbol);
		assertThat(latest.get("stale").asBoolean()).isFalse();
		assertThat(latest.get("ageHours").asDouble()).isBetween(0.9, 2.0);
		assertThat(latest.get("staleAfterHours").asDouble()).isEqualTo(36.0);
		JsonNode past = this.api.get("/api/v1/lsds/" + symbol + "/valuation?at=2024-01-15T00:00:00Z").json();
		assertThat(past.get("at").asString()).isEqualTo("2024-01-15T00:00:00Z");
		assertThat(past.get("stateObservedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
		assertThat(past.get("fairValueEth").asDouble()).isEqualTo(1.0);
		// 14 days after the state it used: stale at that instant.
		assertThat(past.get("ageHours").asDouble()).isEqualTo(14 * 24.0);
		assertThat(past.get("stale").asBoolean()).isTrue();
		JsonNode before = this.api.get("/api/v1/lsds/" + symbol + "/valuation?at=2023-01-01T00:00:00Z").json();
		assertThat(before.get("fairValueEth").isNull()).isTrue();
		assertThat(before.get("unavailable").get("fairValueEth").asString())
			.isEqualTo("no stored state at or before 2023-01-01T00:00:00Z");
	}

	@Test
	void theListHasOneRowPerLsdAndRepeatedCallsDoNotRecomputeUntilAnIngestion() {
		String symbol = register("cch", "NON_REBASING", Map.of());
		ingest(symbol, "observedAt,exchangeRate\n2024-01-01T00:00:00Z,1.0\n");
		JsonNode first = this.api.get("/api/v1/valuations").json();
		assertThat(rowOf(first, symbol).get("fairValueEth").asDouble()).isEqualTo(1.0);
		valuation(symbol);
		long lists = count("valuations");
		long singles = count("valuation");
		JsonNode second = this.api.get("/api/v1/valuations").json();
		valuation(symbol);
		assertThat(count("valuations")).isEqualTo(lists);
		assertThat(count("valuation")).isEqualTo(singles);
		assertThat(second.size()).isEqualTo(first.size());

		ingest(symbol, "observedAt,exchangeRate\n2024-01-02T00:00:00Z,1.0001\n");
		JsonNode third = this.api.get("/api/v1/valuations").json();
		assertThat(count("valuations")).isEqualTo(lists + 1);
		assertThat(rowOf(third, symbol).get("fairValueEth").asDouble()).isEqualTo(1.0001);
		assertThat(valuation(symbol).get("fairValueEth").asDouble()).isEqualTo(1.0001);
		assertThat(count("valuation")).isEqualTo(singles + 1);
	}

	@Test
	void staleAssetsAreInTheHealthDetailsButNotInReadinessAndGaugesAreExported() {
		String symbol = register("stl", "NON_REBASING", Map.of());
		ingest(symbol, "observedAt,exchangeRate,marketPriceEth\n2024-01-01T00:00:00Z,1.0,0.995\n");
		JsonNode health = this.api.get("/actuator/health").json();
		JsonNode freshness = health.get("components").get("dataFreshness");
		assertThat(freshness.get("status").asString()).isEqualTo("UP");
		assertThat(freshness.get("details").get("stale").toString()).contains(symbol);
		assertThat(this.api.get("/actuator/health/readiness").body()).doesNotContain("dataFreshness");
		String metrics = this.api.get("/actuator/prometheus").body();
		assertThat(metrics).contains("lsdrisk_valuation_peg_ratio{symbol=\"" + symbol + "\"} 0.995");
		assertThat(metrics).contains("lsdrisk_valuation_premium_bps{symbol=\"" + symbol + "\"}");
		assertThat(metrics).contains("lsdrisk_compute_seconds_count{operation=\"valuation\"}");
	}

	@Test
	void callerInputsAreValuedLikeStoredOnes() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("symbol", "myLSD");
		request.put("tokenModel", "NON_REBASING");
		request.put("exchangeRates", List.of(Map.of("observedAt", "2024-01-31T00:00:00Z", "rate", 1.003),
				Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", 1.0)));
		request.put("marketPriceEth", 1.003 * 1.001);
		request.put("ethUsd", 3000);
		request.put("withdrawalWaitDays", 0);
		request.put("feesFraction", 0.001);
		Api.Response response = this.api.postJson("/api/v1/valuation", request);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode v = response.json();
		assertThat(v.get("at").asString()).isEqualTo("2024-01-31T00:00:00Z");
		assertThat(v.get("apr30d").asDouble()).isCloseTo(0.0365, within(1e-14));
		assertThat(v.get("premiumBps").asDouble()).isCloseTo(10, within(1e-8));
		assertThat(v.get("stale").isNull()).isTrue();
		// No wait: the bound is the fees alone, 10 bp.
		assertThat(v.get("redemptionBound").get("maxDiscountBps").asDouble()).isCloseTo(10, within(1e-9));
		assertThat(v.get("redemptionBound").get("discountBeyondBound").asBoolean()).isFalse();
	}

	@Test
	void badInputIsA4xxNamingTheField() {
		String symbol = register("bad", "NON_REBASING", Map.of());
		assertField(this.api.get("/api/v1/lsds/" + symbol + "/valuation?at=2999-01-01T00:00:00Z"), 400, "at");
		assertField(this.api.get("/api/v1/lsds/" + symbol + "/valuation?at=yesterday"), 400, "at");
		assertField(this.api.get("/api/v1/lsds/nosuchLSD/valuation"), 404, "symbol");
		assertField(
				this.api.postJson("/api/v1/valuation",
						Map.of("exchangeRates", List.of(Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", 1)))),
				400, "tokenModel");
		assertField(
				this.api.postJson("/api/v1/valuation",
						Map.of("tokenModel", "NON_REBASING", "exchangeRates",
								List.of(Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", -1)))),
				400, "exchangeRates[0].rate");
		assertField(
				this.api.postJson("/api/v1/valuation",
						Map.of("tokenModel", "NON_REBASING", "exchangeRates",
								List.of(Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", 1),
										Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", 1.1)))),
				400, "exchangeRates[1].observedAt");
		assertField(
				this.api
					.postJson("/api/v1/valuation",
							Map.of("tokenModel", "NON_REBASING", "valuedAt", "2023-01-01T00:00:00Z", "exchangeRates",
									List.of(Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", 1)))),
				400, "valuedAt");
		assertField(
				this.api.postJson("/api/v1/valuation",
						Map.of("tokenModel", "NON_REBASING", "exchangeRates",
								List.of(Map.of("observedAt", "2024-01-01T00:00:00Z", "rate", 1)), "feesFraction", 2)),
				400, "feesFraction");
	}

	static void assertField(Api.Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	long count(String operation) {
		var timer = this.registry.find("lsdrisk.compute").tag("operation", operation).timer();
		return (timer != null) ? timer.count() : 0;
	}

	static JsonNode rowOf(JsonNode rows, String symbol) {
		for (JsonNode row : rows) {
			if (row.get("symbol").asString().equals(symbol)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + symbol);
	}

}
