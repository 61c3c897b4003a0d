package io.lsdrisk.comparison;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.compute.liquidity.PoolState;
import io.lsdrisk.compute.liquidity.StableSwap;
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
class ComparisonIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	Api api;

	String big;

	String small;

	@BeforeEach
	void assets() {
		this.api = new Api(this.port);
		// A large, old, much-audited protocol with many operators, a deep pool and a past
		// 4 % discount; its 12M staked ETH are 35.3 % of 34M: over one third.
		this.big = register("big", 150, 12, "2015-07-30", 2, "2023-04-12");
		ingest(this.big, "observedAt,exchangeRate,marketPriceEth,totalPooledEth\n"
				+ "2024-01-01T00:00:00Z,1.0,0.96,11000000\n2024-01-31T00:00:00Z,1.003,1.003,12000000\n");
		pool(this.big, "2024-01-31T00:00:00Z,1000000,1000000,50,0.0004");
		// A small, young protocol: 5 operators, 1 audit, a 20-day wait, no pool, 34,000
		// ETH
		// staked (0.1 %), APR 1.65 %: shortfall 0.029 - 0.0165 = 1.25 %.
		this.small = register("sml", 5, 1, "2025-06-01", 20, "2023-04-12");
		ingest(this.small, "observedAt,exchangeRate,marketPriceEth,totalPooledEth\n"
				+ "2024-01-01T00:00:00Z,2.0,,\n2024-01-31T00:00:00Z,2.00271232876712,2.0017,34000\n");
	}

	String register(String prefix, int operators, int audits, String launch, int waitDays, String withdrawals) {
		String symbol = Api.uniqueSymbol(prefix);
		Map<String, Object> asset = new LinkedHashMap<>();
		asset.put("symbol", symbol);
		asset.put("name", "Test " + symbol);
		asset.put("protocol", "Protocol " + symbol);
		asset.put("tokenModel", "NON_REBASING");
		asset.put("underlying", "ETH");
		asset.put("launchDate", launch);
		asset.put("nodeOperatorCount", operators);
		asset.put("auditCount", audits);
		asset.put("withdrawalWaitDays", waitDays);
		asset.put("withdrawalsEnabledAt", withdrawals);
		assertThat(this.api.postJson("/api/v1/lsds", asset).status()).isEqualTo(201);
		return symbol;
	}

	void ingest(String symbol, String csv) {
		assertThat(this.api.post("/api/v1/lsds/" + symbol + "/states", "text/csv", csv).status()).isEqualTo(200);
	}

	void pool(String symbol, String row) {
		assertThat(this.api
			.post("/api/v1/lsds/" + symbol + "/pools/test-pool/states", "text/csv",
					"observedAt,balanceEth,balanceLsd,amplification,fee\n" + row + "\n")
			.status()).isEqualTo(200);
	}

	JsonNode table(String query) {
		Api.Response response = this.api.get("/api/v1/risk/comparison" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static JsonNode cell(JsonNode table, String dimension, String column) {
		for (JsonNode row : table.get("rows")) {
			if (row.get("dimension").asString().equals(dimension)) {
				for (JsonNode cell : row.get("cells")) {
					if (cell.get("column").asString().equals(column)) {
						return cell;
					}
				}
			}
		}
		throw new AssertionError("no cell " + dimension + "/" + column);
	}

	@Test
	void levelsFollowTheDocumentedRules() {
		JsonNode table = table("?symbols=" + this.big + "," + this.small.toUpperCase());
		assertThat(table.get("columns").toString())
			.isEqualTo("[\"NATIVE_STAKING\",\"" + this.big + "\",\"" + this.small + "\"]");
		assertThat(cell(table, "ILLIQUIDITY", "NATIVE_STAKING").get("level").asString()).isEqualTo("HIGH");
		// 1M ETH / 1M tokens at rate 1.003, read rate-scaled: 1M / 1.003M ETH value, A =
		// 50;
		// the sale that moves its price 2 % down.
		PoolState scaled = PoolState.of(1e6, 1e6 * 1.003, 50, 0.0004);
		double depth = StableSwap.sellAmountToPrice(scaled, 0.98 * StableSwap.spotPrice(scaled));
		JsonNode bigLiquidity = cell(table, "ILLIQUIDITY", this.big);
		assertThat(bigLiquidity.get("evidence").get("dexDepthEth").asDouble()).isCloseTo(depth, within(1e-6 * depth));
		assertThat(bigLiquidity.get("level").asString()).isEqualTo("LOW");
		JsonNode smallLiquidity = cell(table, "ILLIQUIDITY", this.small);
		assertThat(smallLiquidity.get("level").asString()).isEqualTo("HIGH");
		assertThat(smallLiquidity.get("rule").asString()).contains("withdrawal wait 20 days > 7 days");
		assertThat(cell(table, "SLASHING", this.big).get("level").asString()).isEqualTo("LOW");
		assertThat(cell(table, "SLASHING", this.small).get("level").asString()).isEqualTo("HIGH");
		assertThat(cell(table, "SMART_CONTRACT", this.big).get("level").asString()).isEqualTo("LOW");
		assertThat(cell(table, "SMART_CONTRACT", this.small).get("level").asString()).isEqualTo("HIGH");
		// 1 - 0.96 / 1.0 = 400 bp >= 300 bp.
		JsonNode bigDepeg = cell(table, "DEPEG", this.big);
		assertThat(bigDepeg.get("level").asString()).isEqualTo("HIGH");
		assertThat(bigDepeg.get("evidence").get("maxDiscountBps").asDouble()).isCloseTo(400, within(1e-8));
		assertThat(bigDepeg.get("evidence").get("currentDiscountBps").asDouble()).isCloseTo(0, within(1e-8));
		assertThat(bigDepeg.get("evidence").has("depegProbability30d")).isFalse();
		assertThat(bigDepeg.get("unavailable").get("depegProbability30d").asString())
			.startsWith("no depeg probability");
		// 1 - 2.0017 / 2.00271232876712 = 5.05 bp: LOW.
		assertThat(cell(table, "DEPEG", this.small).get("level").asString()).isEqualTo("LOW");
		JsonNode bigGovernance = cell(table, "GOVERNANCE_CONCENTRATION", this.big);
		assertThat(bigGovernance.get("evidence").get("marketShare").asDouble()).isCloseTo(12.0 / 34, within(1e-12));
		assertThat(bigGovernance.get("level").asString()).isEqualTo("HIGH");
		assertThat(bigGovernance.get("rule").asString()).contains("one-third threshold");
		assertThat(cell(table, "GOVERNANCE_CONCENTRATION", this.small).get("level").asString()).isEqualTo("LOW");
		// APR 0.0365 beats native 0.029: LOW. 2 -> 2.00271232876712 in 30 days is APR
		// 0.00135616438356 * 365 / 30 = 0.0165: shortfall 0.0125 > 0.008: HIGH.
		assertThat(cell(table, "YIELD", this.big).get("level").asString()).isEqualTo("LOW");
		JsonNode smallYield = cell(table, "YIELD", this.small);
		assertThat(smallYield.get("evidence").get("apr30d").asDouble()).isCloseTo(0.0165, within(1e-12));
		assertThat(smallYield.get("level").asString()).isEqualTo("HIGH");
	}

	@Test
	void csvIsTheSameTable() {
		String query = "?symbols=" + this.big + "," + this.small;
		JsonNode json = table(query);
		Api.Response csv = this.api.get("/api/v1/risk/comparison" + query, "text/csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<List<String>> lines = parse(csv.body());
		List<String> header = lines.get(0);
		assertThat(header.subList(0, 4)).containsExactly("dimension", "column", "level", "rule");
		assertThat(lines).hasSize(1 + 6 * 3);
		Map<String, List<String>> byCell = new HashMap<>();
		lines.subList(1, lines.size()).forEach((line) -> byCell.put(line.get(0) + "/" + line.get(1), line));
		for (JsonNode row : json.get("rows")) {
			for (JsonNode cell : row.get("cells")) {
				List<String> line = byCell.get(row.get("dimension").asString() + "/" + cell.get("column").asString());
				assertThat(line.get(2)).isEqualTo(cell.get("level").asString());
				assertThat(line.get(3)).isEqualTo(cell.get("rule").asString());
			}
		}
		List<String> depeg = byCell.get("DEPEG/" + this.big);
		assertThat(Double.parseDouble(depeg.get(header.indexOf("maxDiscountBps")))).isCloseTo(400, within(1e-8));
	}

	@Test
	void repeatedCallsDoNotRecomputeUntilAnIngestion() {
		table("");
		long computed = count();
		table("");
		table("?symbols=" + this.big);
		this.api.get("/api/v1/risk/comparison/" + this.big);
		assertThat(count()).isEqualTo(computed);
		pool(this.small, "2024-01-31T00:00:00Z,10000,10000,50,0.0004");
		JsonNode after = table("?symbols=" + this.small);
		assertThat(count()).isEqualTo(computed + 1);
		assertThat(cell(after, "ILLIQUIDITY", this.small).get("evidence").get("dexVenues").toString())
			.contains("test-pool");
	}

	@Test
	void oneRowExplained() {
		Api.Response response = this.api.get("/api/v1/risk/comparison/" + this.big.toLowerCase());
		assertThat(response.status()).isEqualTo(200);
		JsonNode detail = response.json();
		assertThat(detail.get("symbol").asString()).isEqualTo(this.big);
		assertThat(detail.get("dimensions")).hasSize(6);
		JsonNode governance = detail.get("dimensions").get(4);
		assertThat(governance.get("dimension").asString()).isEqualTo("GOVERNANCE_CONCENTRATION");
		assertThat(governance.get("ladder").get(0).asString()).contains("33.33 %").contains("one-third");
		assertThat(governance.get("cell").get("level").asString()).isEqualTo("HIGH");
		assertThat(governance.get("nativeStaking").get("level").asString()).isEqualTo("LOW");
		assertThat(detail.get("dimensions").get(0).get("seedNativeStaking").asString())
			.isEqualTo("High (Assets are locked)");
	}

	@Test
	void answersJsonUnlessTheAcceptHeaderPrefersCsv() {
		String path = "/api/v1/risk/comparison?symbols=" + this.big;
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("application/json, text/csv", "application/json");
		expected.put("text/csv, application/json", "text/csv");
		expected.put("text/csv;q=1, application/json;q=0.5", "text/csv");
		expected.put("application/json;q=0.9, text/csv", "text/csv");
		expected.put("text/csv;q=0.5, application/json", "application/json");
		expected.put("*/*", "application/json");
		expected.put("text/csv, */*", "text/csv");
		expected.put("text/*, application/json", "application/json");
		expected.put("application/json;q=0.5, text/*", "text/csv");
		expected.put("text/csv;q=0, */*", "application/json");
		expected.put("text/csv", "text/csv");
		expected.put("application/json", "application/json");
		expected.forEach((accept, type) -> {
			Api.Response response = this.api.get(path, accept);
			assertThat(response.status()).as(accept).isEqualTo(200);
			assertThat(response.contentType()).as(accept).startsWith(type);
		});
		Api.Response none = this.api.send(HttpRequest.newBuilder(this.api.uri(path)).GET());
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.contentType()).startsWith("application/json");
		Api.Response xml = this.api.get(path, "application/xml");
		assertThat(xml.status()).isEqualTo(406);
		assertThat(xml.isProblem()).isTrue();
	}

	@Test
	void unknownSymbolsAreA404NamingTheField() {
		Api.Response unknown = this.api.get("/api/v1/risk/comparison?symbols=" + this.big + ",noSuchLsd");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("symbols");
		Api.Response csv = this.api.get("/api/v1/risk/comparison?symbols=noSuchLsd", "text/csv");
		assertThat(csv.status()).isEqualTo(404);
		assertThat(csv.isProblem()).isTrue();
		assertThat(this.api.get("/api/v1/risk/comparison/noSuchLsd").status()).isEqualTo(404);
		assertThat(this.api.get("/actuator/prometheus").body())
			.contains("lsdrisk_depeg_probability_30d{symbol=\"" + this.big + "\"} NaN");
	}

	long count() {
		var timer = this.registry.find("lsdrisk.compute").tag("operation", "comparison").timer();
		return (timer != null) ? timer.count() : 0;
	}

	/** RFC 4180 lines, quoted fields with doubled quotes. */
	static List<List<String>> parse(String csv) {
		List<List<String>> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				lines.add(fields);
				fields = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		return lines;
	}

}
