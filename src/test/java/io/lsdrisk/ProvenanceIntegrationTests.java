package io.lsdrisk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.lsdrisk.asset.AssetRequest;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateRequest;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.sample.SampleDataSet;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer computed from stored history states its provenance. The history is made
 * here by hand, so every count below is derived from the rows stored, day by day:
 *
 * <pre>
 * day  0..39  one state at 12:00, source "chainlink ..."       REAL
 * day 40..44  no state                                         (forward-filled from day 39)
 * day 45..68  one state at 12:00, "chainlink ..."              REAL
 * day 69      12:00 "chainlink ...", 23:00 "synthetic:v1 ..."  last of day SYNTHETIC
 * day 70      08:00 "synthetic:v1 ...", 20:00 "chainlink ..."  last of day REAL, one generated state
 * day 71..79  one state at 12:00, "synthetic:v1 ..."           SYNTHETIC
 * day 80..84  no state                                         (forward-filled from day 79)
 * day 85..99  one state at 12:00, "synthetic:v1 ..."           SYNTHETIC
 * pool "test-pool": day 97 13:00 "synthetic:v1 pool", day 99 13:00 "curve pool balances" (REAL)
 * </pre>
 *
 * Day 0 is {@link #DAY0}. A figure that uses one value a day (the depeg calibration, the
 * valuation's yield windows) takes each day's last state; a figure that every state feeds
 * (volatility, maximum discount, rate checks) marks a day generated when any of its
 * states is.
 */
@IntegrationTest
class ProvenanceIntegrationTests {

	static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);

	@LocalServerPort
	int port;

	@Autowired
	AssetService assets;

	@Autowired
	PoolStateService poolStates;

	Api api;

	String symbol;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.symbol = Api.uniqueSymbol("prov");
		register(this.symbol, "Provenance " + this.symbol);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int d = 0; d < 100; d++) {
			if ((d >= 40 && d <= 44) || (d >= 80 && d <= 84)) {
				continue;
			}
			if (d == 69) {
				rows.add(state(d, "12:00", "chainlink stETH/ETH feed round " + d));
				rows.add(state(d, "23:00", "synthetic:v1 seed=1 model=test"));
			}
			else if (d == 70) {
				rows.add(state(d, "08:00", "synthetic:v1 seed=2 model=test"));
				rows.add(state(d, "20:00", "chainlink stETH/ETH feed round " + d));
			}
			else {
				rows.add(state(d, "12:00",
						(d < 69) ? "chainlink stETH/ETH feed round " + d : "synthetic:v1 model=test"));
			}
		}
		post("/api/v1/lsds/" + this.symbol + "/states", rows);
		post("/api/v1/lsds/" + this.symbol + "/pools/test-pool/states",
				List.of(pool(97, "synthetic:v1 pool"), pool(99, "curve pool balances 0xabc")));
		Map<String, Object> market = new LinkedHashMap<>();
		market.put("ltv", 0.8);
		market.put("liquidationThreshold", 0.85);
		market.put("liquidationBonus", 0.05);
		market.put("emode", false);
		market.put("oracleMode", "MARKET");
		market.put("supplyCap", 100.0);
		for (String name : List.of("aave-v3", "aave-v2")) {
			Api.Response response = this.api.put("/api/v1/lending-markets/" + name + "/" + this.symbol,
					"application/json",
					tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(market));
			assertThat(response.status()).as(response.body()).isIn(200, 201);
		}
	}

	void register(String symbol, String protocol) {
		Map<String, Object> asset = new HashMap<>();
		asset.put("symbol", symbol);
		asset.put("name", symbol);
		asset.put("protocol", protocol);
		asset.put("tokenModel", "NON_REBASING");
		asset.put("underlying", "ETH");
		asset.put("launchDate", "2021-01-01");
		asset.put("withdrawalsEnabledAt", "2020-01-01");
		asset.put("withdrawalWaitDays", 3);
		asset.put("nodeOperatorCount", 20);
		asset.put("auditCount", 5);
		Api.Response response = this.api.postJson("/api/v1/lsds", asset);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	void post(String path, Object body) {
		Api.Response response = this.api.postJson(path, body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** A state of day {@code d}: rate growing 4 % a year, peg wandering within 0.1 %. */
	static Map<String, Object> state(int d, String time, String source) {
		double rate = 1.1 * (1 + 0.04 * d / 365.0);
		double peg = 0.999 + 0.0008 * Math.sin(1.7 * d + (time.startsWith("2") ? 0.5 : 0));
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("observedAt", DAY0.plusDays(d) + "T" + time + ":00Z");
		row.put("exchangeRate", rate);
		row.put("marketPriceEth", rate * peg);
		row.put("ethUsd", 3000 + 10 * Math.cos(d));
		row.put("totalPooledEth", 1000.0);
		row.put("source", source);
		return row;
	}

	static Map<String, Object> pool(int d, String source) {
		return Map.of("observedAt", DAY0.plusDays(d) + "T13:00:00Z", "balanceEth", 5000.0, "balanceLsd", 4500.0,
				"amplification", 50, "fee", 0.0004, "source", source);
	}

	static String day(int d) {
		return DAY0.plusDays(d).toString();
	}

	static void assertProvenance(JsonNode provenance, int real, int synthetic, Integer from, Integer until) {
		assertThat(provenance.get("realDays").asInt()).as(provenance.toString()).isEqualTo(real);
		assertThat(provenance.get("syntheticDays").asInt()).as(provenance.toString()).isEqualTo(synthetic);
		if (from == null) {
			assertThat(provenance.get("syntheticFrom").isNull()).as(provenance.toString()).isTrue();
			assertThat(provenance.get("syntheticUntil").isNull()).as(provenance.toString()).isTrue();
		}
		else {
			assertThat(provenance.get("syntheticFrom").asString()).isEqualTo(day(from));
			assertThat(provenance.get("syntheticUntil").asString()).isEqualTo(day(until));
		}
	}

	JsonNode json(String path) {
		Api.Response response = this.api.get(path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void stateReadsTypeEachStateBySource() {
		JsonNode page = json(
				"/api/v1/lsds/" + this.symbol + "/states?from=" + day(69) + "T00:00:00Z&to=" + day(71) + "T00:00:00Z");
		List<String> provenance = new ArrayList<>();
		page.get("items").forEach((item) -> provenance.add(item.get("provenance").asString()));
		assertThat(provenance).containsExactly("REAL", "SYNTHETIC", "SYNTHETIC", "REAL");

		JsonNode latest = json("/api/v1/lsds/" + this.symbol).get("latestState");
		assertThat(latest.get("provenance").asString()).isEqualTo("SYNTHETIC");
		JsonNode listed = null;
		for (JsonNode asset : json("/api/v1/lsds")) {
			if (asset.get("symbol").asString().equals(this.symbol)) {
				listed = asset;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.get("latestState").get("provenance").asString()).isEqualTo("SYNTHETIC");

		JsonNode pools = json("/api/v1/lsds/" + this.symbol + "/pools/test-pool/states");
		assertThat(pools.get("items").get(0).get("provenance").asString()).isEqualTo("SYNTHETIC");
		assertThat(pools.get("items").get(1).get("provenance").asString()).isEqualTo("REAL");
	}

	@Test
	void aStateWithoutSourceIsReal() {
		String other = Api.uniqueSymbol("provreal");
		register(other, "Provenance " + other);
		Map<String, Object> row = state(0, "12:00", null);
		row.remove("source");
		post("/api/v1/lsds/" + other + "/states", List.of(row));
		JsonNode item = json("/api/v1/lsds/" + other + "/states").get("items").get(0);
		assertThat(item.get("provenance").asString()).isEqualTo("REAL");
		// a valuation on it: the state's one day, real
		assertProvenance(json("/api/v1/lsds/" + other + "/valuation").get("dataProvenance"), 1, 0, null, null);
	}

	@Test
	void depegStatesTheCalibrationWindowDayByDay() {
		JsonNode depeg = json("/api/v1/lsds/" + this.symbol + "/depeg?thresholds=0.98&horizonsDays=7");
		assertThat(depeg.get("status").asString()).as(depeg.toString()).isEqualTo("CALIBRATED");
		assertThat(depeg.get("window").get("firstDay").asString()).isEqualTo(day(0));
		assertThat(depeg.get("window").get("lastDay").asString()).isEqualTo(day(99));
		// last state of each day, forward fill: real 0..68 (40..44 carried from 39) and
		// 70; generated 69, 71..99 (80..84 carried from 79)
		assertProvenance(depeg.get("dataProvenance"), 70, 30, 69, 99);
	}

	@Test
	void valuationStatesTheDaysOfItsYieldWindows() {
		// end: day 99 12:00; 7-day start day 92 12:00; 30-day start day 69 12:00 (the
		// real
		// state); no 365-day history. Days 69..99 by their last state: only day 70 real.
		JsonNode valuation = json("/api/v1/lsds/" + this.symbol + "/valuation");
		assertThat(valuation.get("apr30d").isNull()).isFalse();
		assertThat(valuation.get("apr365d").isNull()).isTrue();
		assertProvenance(valuation.get("dataProvenance"), 1, 30, 69, 99);

		JsonNode row = null;
		for (JsonNode candidate : json("/api/v1/valuations")) {
			if (candidate.get("symbol").asString().equals(this.symbol)) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertProvenance(row.get("dataProvenance"), 1, 30, 69, 99);

		// at day 60: 7-day window from day 53, 30-day from day 30; all real
		JsonNode earlier = json("/api/v1/lsds/" + this.symbol + "/valuation?at=" + day(60) + "T12:00:00Z");
		assertProvenance(earlier.get("dataProvenance"), 31, 0, null, null);
	}

	@Test
	void valuationOfCallerInputsHasNoProvenance() {
		Api.Response response = this.api.postJson("/api/v1/valuation",
				Map.of("symbol", "X", "tokenModel", "NON_REBASING", "exchangeRates",
						List.of(Map.of("observedAt", "2026-01-01T00:00:00Z", "rate", 1.1),
								Map.of("observedAt", "2026-01-31T00:00:00Z", "rate", 1.104))));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().has("dataProvenance")).isFalse();
	}

	@Test
	void haircutAndRateCapCountEveryStateOfTheirHistory() {
		// every state feeds them: days 69 and 70 hold a generated state, so 0..68 real
		// (69
		// days) and 69..99 generated (31); the haircut adds the pool state of day 99
		// (real)
		// and the rate that scales it (day 99 12:00, already counted)
		JsonNode haircut = json("/api/v1/lsds/" + this.symbol + "/haircut");
		assertProvenance(haircut.get("dataProvenance"), 70, 31, 69, 99);
		JsonNode rateCap = json("/api/v1/lsds/" + this.symbol + "/rate-cap");
		assertProvenance(rateCap.get("dataProvenance"), 69, 31, 69, 99);
	}

	@Test
	void liquidityStatesThePoolStatesAndRatesAnalysed() {
		// latest pool state day 99 (real), scaled by the rate of day 99 12:00 (generated)
		JsonNode latest = json("/api/v1/lsds/" + this.symbol + "/liquidity");
		assertProvenance(latest.get("dataProvenance"), 1, 1, 99, 99);
		// with the history: pool days 97 (generated) and 99, rates of days 97 and 99
		JsonNode history = json("/api/v1/lsds/" + this.symbol + "/liquidity?from=" + day(90) + "T00:00:00Z&to="
				+ day(100) + "T00:00:00Z");
		assertProvenance(history.get("dataProvenance"), 1, 3, 97, 99);
	}

	@Test
	void stressStatesThePoolAndPriceUsed() {
		// pool day 99 (real) with its scaling rate and the oracle's rate, both the state
		// of
		// day 99 12:00 (generated)
		JsonNode stress = json("/api/v1/lsds/" + this.symbol + "/stress?snapshot=AAVE_V3_WSTETH&shock=0.05");
		assertProvenance(stress.get("dataProvenance"), 1, 1, 99, 99);
		JsonNode june = json(
				"/api/v1/lsds/" + this.symbol + "/stress?snapshot=AAVE_V2_STETH&scenario=JUNE_2022&shock=0.05");
		assertProvenance(june.get("dataProvenance"), 0, 0, null, null);
	}

	@Test
	void stressOnCallerInputsHasNoProvenanceAndOnAStoredPoolHasItsDays() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("pool", Map.of("balanceEth", 5000.0, "balanceLsd", 4500.0, "amplification", 50, "fee", 0.0004));
		request.put("rules", Map.of("liquidationBonus", 0.05, "oracleMode", "MARKET", "exchangeRate", 1.1));
		request.put("positions", List.of(Map.of("lsdAmount", 10.0, "debtEth", 9.0, "liquidationThreshold", 0.9)));
		request.put("shock", Map.of("pegDropFraction", 0.05));
		Api.Response given = this.api.postJson("/api/v1/collateral/stress", request);
		assertThat(given.status()).as(given.body()).isEqualTo(200);
		assertThat(given.json().has("dataProvenance")).isFalse();

		// the stored pool of day 99 (real) and the rate scaling it (day 99, generated);
		// the
		// oracle's exchange rate is the request's
		request.remove("pool");
		request.put("symbol", this.symbol);
		Api.Response stored = this.api.postJson("/api/v1/collateral/stress", request);
		assertThat(stored.status()).as(stored.body()).isEqualTo(200);
		assertProvenance(stored.json().get("dataProvenance"), 1, 1, 99, 99);
	}

	@Test
	void comparisonStatesEachCellAndColumnAndTheCsvFlagsIt() {
		JsonNode table = json("/api/v1/risk/comparison?symbols=" + this.symbol);
		Map<String, JsonNode> cells = new HashMap<>();
		for (JsonNode row : table.get("rows")) {
			for (JsonNode cell : row.get("cells")) {
				if (cell.get("column").asString().equals(this.symbol)) {
					cells.put(row.get("dimension").asString(), cell.get("dataProvenance"));
				}
				else {
					assertProvenance(cell.get("dataProvenance"), 0, 0, null, null);
				}
			}
		}
		// the latest pool state (day 99, real) and the rate scaling it (day 99,
		// generated)
		assertProvenance(cells.get("ILLIQUIDITY"), 1, 1, 99, 99);
		assertProvenance(cells.get("SLASHING"), 0, 0, null, null);
		assertProvenance(cells.get("SMART_CONTRACT"), 0, 0, null, null);
		// every priced state of the look-back (days 69 and 70 hold a generated one) and
		// the calibration window (day 70 real there): a day generated by either is
		assertProvenance(cells.get("DEPEG"), 69, 31, 69, 99);
		// the latest state's totalPooledEth
		assertProvenance(cells.get("GOVERNANCE_CONCENTRATION"), 0, 1, 99, 99);
		// the 30-day yield window, days 69..99 by their last state
		assertProvenance(cells.get("YIELD"), 1, 30, 69, 99);
		// the column: the asset's days 0..99 (69 real, 31 generated) and the pool's day
		// 99
		assertProvenance(table.get("dataProvenance").get(this.symbol), 70, 31, 69, 99);
		assertProvenance(table.get("dataProvenance").get("NATIVE_STAKING"), 0, 0, null, null);

		JsonNode detail = json("/api/v1/risk/comparison/" + this.symbol);
		assertProvenance(detail.get("dataProvenance"), 70, 31, 69, 99);

		Api.Response csv = this.api.get("/api/v1/risk/comparison?symbols=" + this.symbol, "text/csv");
		assertThat(csv.status()).isEqualTo(200);
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).endsWith(",realDays,syntheticDays,syntheticFrom,syntheticUntil,synthetic");
		Map<String, String> tails = new HashMap<>();
		for (String line : lines) {
			if (line.contains("," + this.symbol + ",")) {
				String[] fields = line.split(",");
				String tail = String.join(",", List.of(fields).subList(fields.length - 5, fields.length));
				tails.put(fields[0], tail);
			}
		}
		assertThat(tails.get("ILLIQUIDITY")).isEqualTo("1,1," + day(99) + "," + day(99) + ",true");
		assertThat(tails.get("SLASHING")).isEqualTo("0,0,,,false");
		assertThat(tails.get("YIELD")).isEqualTo("1,30," + day(69) + "," + day(99) + ",true");
	}

	@Test
	void theSyntheticGaugeFlagsAnAssetWithAnyGeneratedInput() {
		String real = Api.uniqueSymbol("provgauge");
		register(real, "Provenance " + real);
		post("/api/v1/lsds/" + real + "/states",
				List.of(state(0, "12:00", "chainlink a"), state(1, "12:00", "chainlink b")));
		json("/api/v1/risk/comparison");
		String metrics = this.api.get("/actuator/prometheus").body();
		assertThat(metrics).contains("lsdrisk_data_synthetic{symbol=\"" + this.symbol + "\"} 1.0");
		assertThat(metrics).contains("lsdrisk_data_synthetic{symbol=\"" + real + "\"} 0.0");
	}

	/**
	 * The sample stETH history (real Chainlink rounds until 2024-01-28, generated after),
	 * stored under a symbol of its own: the depeg answer's day counts are those the rule
	 * gives the stored rows, day by day.
	 */
	@Test
	void sampleStethDepegIsGeneratedAfterTheRealFeedEnds() {
		SampleDataSet sample = SampleDataSet.build(LocalDate.of(2026, 11, 26));
		AssetRequest steth = sample.assets()
			.stream()
			.filter((asset) -> asset.symbol().equals("stETH"))
			.findFirst()
			.orElseThrow();
		String copy = Api.uniqueSymbol("provsteth");
		this.assets.register(new AssetRequest(copy, steth.name(), steth.protocol(), steth.tokenModel(),
				steth.underlying(), steth.launchDate(), steth.nodeOperatorCount(), steth.withdrawalWaitDays(),
				steth.withdrawalsEnabledAt(), steth.auditCount(), steth.metadata()));
		List<PoolStateRequest> rows = sample.poolStates().get("stETH");
		for (int from = 0; from < rows.size(); from += 10_000) {
			this.poolStates.ingest(copy, rows.subList(from, Math.min(rows.size(), from + 10_000)), false);
		}

		// the rule by hand: a source starting with "synthetic" is generated; a day is its
		// last state with a market price, a day without one repeats the previous day
		TreeMap<LocalDate, Boolean> generated = new TreeMap<>();
		for (PoolStateRequest row : rows) {
			if (row.marketPriceEth() != null && row.exchangeRate().compareTo(BigDecimal.ZERO) > 0) {
				generated.put(LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC),
						row.source() != null && row.source().toLowerCase(Locale.ROOT).startsWith("synthetic"));
			}
		}
		LocalDate last = generated.lastKey();
		// the window's length is chosen from the data (one of the candidate windows),
		// so take it from the answer and count its days by hand
		JsonNode depeg = json("/api/v1/lsds/" + copy + "/depeg?thresholds=0.98&horizonsDays=1");
		LocalDate first = LocalDate.parse(depeg.get("window").get("firstDay").asString());
		assertThat(first).isAfterOrEqualTo(steth.withdrawalsEnabledAt());
		assertThat(List.of(60, 90, 120, 180, 270, 365)).contains((int) (last.toEpochDay() - first.toEpochDay() + 1));
		int real = 0;
		int synthetic = 0;
		LocalDate syntheticFrom = null;
		LocalDate syntheticUntil = null;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (generated.floorEntry(day).getValue()) {
				synthetic++;
				syntheticFrom = (syntheticFrom == null) ? day : syntheticFrom;
				syntheticUntil = day;
			}
			else {
				real++;
			}
		}

		assertThat(depeg.get("window").get("lastDay").asString()).isEqualTo(last.toString());
		JsonNode provenance = depeg.get("dataProvenance");
		assertThat(provenance.get("realDays").asInt()).isEqualTo(real);
		assertThat(provenance.get("syntheticDays").asInt()).isEqualTo(synthetic).isPositive();
		assertThat(provenance.get("syntheticFrom").asString()).isEqualTo(String.valueOf(syntheticFrom));
		assertThat(provenance.get("syntheticUntil").asString()).isEqualTo(String.valueOf(syntheticUntil));
		assertThat(LocalDate.parse(provenance.get("syntheticFrom").asString())).isAfter(LocalDate.of(2024, 1, 28));
	}

}
