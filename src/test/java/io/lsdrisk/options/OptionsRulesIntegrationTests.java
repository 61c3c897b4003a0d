package io.lsdrisk.options;

import java.util.stream.Stream;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the option endpoints: each is a 4xx problem+json naming the field.
 */
@IntegrationTest
class OptionsRulesIntegrationTests {

	static final String GOOD = "{\"type\": \"CALL\", \"spot\": 1, \"strike\": 1, \"expiryYears\": 1, "
			+ "\"volatility\": 0.5, \"riskFreeRate\": 0.03";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	static String bsm(String... contracts) {
		return "{\"model\": \"BSM\", \"contracts\": [" + String.join(",", contracts) + "]}";
	}

	static String with(String extra) {
		return GOOD + ", " + extra + "}";
	}

	static String without(String field) {
		return GOOD.replaceAll("\"" + field + "\": [^,]+(, )?", "").replaceAll(", $", "") + "}";
	}

	static Stream<Arguments> invalidRequests() {
		String greeks = "/api/v1/options/greeks";
		String implied = "/api/v1/options/implied-volatility";
		String staking = "/api/v1/options/staking-yield";
		String strategies = "/api/v1/options/strategies";
		String stakingGood = "\"type\": \"CAP\", \"forwardApr\": 0.03, \"strikeApr\": 0.03, \"normalVolatility\": 0.005, "
				+ "\"expiryYears\": 1, \"discountRate\": 0.04";
		return Stream.of(
				Arguments.of(greeks, bsm(with("\"quantity\": 1").replace("\"spot\": 1", "\"spot\": 0")),
						"contracts[0].spot"),
				Arguments.of(greeks, bsm(GOOD + "}", GOOD.replace("\"spot\": 1", "\"spot\": -1") + "}"),
						"contracts[1].spot"),
				Arguments.of(greeks, bsm(GOOD.replace("\"strike\": 1", "\"strike\": 0") + "}"), "contracts[0].strike"),
				Arguments.of(greeks, bsm(GOOD.replace("\"volatility\": 0.5", "\"volatility\": -0.2") + "}"),
						"contracts[0].volatility"),
				Arguments.of(greeks, bsm(GOOD.replace("\"volatility\": 0.5", "\"volatility\": \"NaN\"") + "}"),
						"contracts[0].volatility"),
				Arguments.of(greeks, bsm(GOOD.replace("\"volatility\": 0.5", "\"volatility\": 11") + "}"),
						"contracts[0].volatility"),
				Arguments.of(greeks, bsm(GOOD.replace("\"expiryYears\": 1", "\"expiryYears\": 101") + "}"),
						"contracts[0].expiryYears"),
				Arguments.of(greeks, bsm(GOOD.replace("\"spot\": 1", "\"spot\": 1e400") + "}"), "contracts[0].spot"),
				Arguments.of(greeks, bsm(without("strike")), "contracts[0].strike"),
				Arguments.of(greeks, bsm(without("type")), "contracts[0].type"),
				Arguments.of(greeks, bsm(GOOD.replace("CALL", "CALLS") + "}"), "contracts[0].type"),
				Arguments.of(greeks, bsm(with("\"vol\": 0.2")), "contracts[0].vol"),
				Arguments.of(greeks, bsm(with("\"quantity\": \"Infinity\"")), "contracts[0].quantity"),
				Arguments.of(greeks, bsm(with("\"jumpIntensity\": 1")), "contracts[0].jumpIntensity"),
				Arguments.of(greeks, bsm("null"), "contracts[0]"),
				Arguments.of(greeks, "{\"model\": \"MERTON_JUMP\", \"contracts\": [" + GOOD + "}]}",
						"contracts[0].jumpIntensity"),
				Arguments.of(greeks,
						"{\"model\": \"MERTON_JUMP\", \"contracts\": ["
								+ with("\"jumpIntensity\": 1, \"jumpMean\": -0.05, \"jumpVolatility\": 4") + "]}",
						"contracts[0].jumpVolatility"),
				Arguments.of(greeks, "{\"model\": \"BLACK\", \"contracts\": [" + GOOD + "}]}", "model"),
				Arguments.of(greeks, "{\"contracts\": [" + GOOD + "}]}", "model"),
				Arguments.of(greeks, "{\"model\": \"BSM\"}", "contracts"),
				Arguments.of(greeks, "{\"model\": \"BSM\", \"contracts\": []}", "contracts"),
				Arguments.of(greeks, "{\"model\": \"BSM\", \"contracts\": [" + GOOD, "contracts[0]"),
				Arguments.of(implied,
						"{\"contracts\": [{\"type\": \"PUT\", \"spot\": 1, \"strike\": 1, \"expiryYears\": 0, "
								+ "\"riskFreeRate\": 0, \"price\": 0.1}]}",
						"contracts[0].expiryYears"),
				Arguments.of(implied,
						"{\"contracts\": [{\"type\": \"PUT\", \"spot\": 1, \"strike\": 1, \"expiryYears\": 1, "
								+ "\"riskFreeRate\": 0}]}",
						"contracts[0].price"),
				Arguments.of(implied,
						"{\"contracts\": [{\"type\": \"PUT\", \"spot\": 1, \"strike\": 1, \"expiryYears\": 1, "
								+ "\"riskFreeRate\": 0, \"price\": -0.1}]}",
						"contracts[0].price"),
				Arguments.of(staking, "{\"contracts\": [{" + stakingGood + ", \"averagingPeriodYears\": 2}]}",
						"contracts[0].averagingPeriodYears"),
				Arguments.of(staking, "{\"contracts\": [{" + stakingGood.replace("CAP", "CALL") + "}]}",
						"contracts[0].type"),
				Arguments.of(staking, "{\"contracts\": [{" + stakingGood + ", \"notional\": 0}]}",
						"contracts[0].notional"),
				Arguments.of(staking,
						"{\"contracts\": [{" + stakingGood.replace("\"normalVolatility\": 0.005, ", "") + "}]}",
						"contracts[0].normalVolatility"),
				Arguments.of(strategies, "{\"strategy\": \"COVERED_CALL\", \"expiryYears\": 1}", "market.spot"),
				Arguments.of(strategies,
						"{\"strategy\": \"COVERED_CALL\", \"expiryYears\": 1, \"market\": {\"spot\": 1}}",
						"market.volatility"),
				Arguments.of(strategies,
						"{\"strategy\": \"CUSTOM\", \"expiryYears\": 1, "
								+ "\"market\": {\"spot\": 1, \"volatility\": 0.3}}",
						"legs"),
				Arguments.of(strategies,
						"{\"strategy\": \"CUSTOM\", \"expiryYears\": 1, \"market\": {\"spot\": 1, \"volatility\": 0.3},"
								+ " \"legs\": [{\"kind\": \"OPTION\", \"strike\": 1, \"quantity\": 1}]}",
						"legs[0].type"),
				Arguments.of(strategies,
						"{\"strategy\": \"COVERED_CALL\", \"expiryYears\": 1, \"market\": {\"spot\": 1, \"volatility\":"
								+ " 0.3}, \"payoffGrid\": {\"points\": 1}}",
						"payoffGrid.points"),
				Arguments.of(strategies,
						"{\"strategy\": \"DEPEG_HEDGE\", \"expiryYears\": 1, \"model\": \"MERTON_JUMP\", "
								+ "\"market\": {\"spot\": 1, \"volatility\": 0.3}}",
						"market.jumpIntensity"),
				Arguments.of(strategies, "{\"strategy\": \"STRADDLE\", \"expiryYears\": 1}", "strategy"),
				Arguments.of(strategies, "{\"strategy\": \"COVERED_CALL\"}", "expiryYears"));
	}

	@ParameterizedTest
	@MethodSource("invalidRequests")
	void badInputIsA400NamingTheField(String path, String body, String field) {
		Api.Response response = this.api.post(path, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.body()).isEqualTo(field);
	}

	static Stream<Arguments> invalidQueries() {
		return Stream.of(Arguments.of("", "type"), Arguments.of("type=STRADDLE", "type"),
				Arguments.of("type=CALL&expiryDays=3651", "expiryDays"),
				Arguments.of("type=CALL&expiryDays=-1", "expiryDays"), Arguments.of("type=CALL&strike=0", "strike"),
				Arguments.of("type=CALL&strike=abc", "strike"), Arguments.of("type=CALL&volatility=-0.1", "volatility"),
				Arguments.of("type=CALL&volatility=NaN", "volatility"),
				Arguments.of("type=CALL&riskFreeRate=2", "riskFreeRate"),
				Arguments.of("type=CALL&model=HESTON", "model"));
	}

	@ParameterizedTest
	@MethodSource("invalidQueries")
	void badQueryParametersAre400sNamingTheParameter(String query, String field) {
		String symbol = Api.uniqueSymbol("qry");
		this.api.postJson("/api/v1/lsds", java.util.Map.of("symbol", symbol, "name", symbol, "protocol", "Q",
				"tokenModel", "NON_REBASING", "underlying", "ETH"));
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/options?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.body()).isEqualTo(field);
	}

	@Test
	void anUnknownSymbolIsA404() {
		Api.Response response = this.api.get("/api/v1/lsds/noSuchOptionLsd/options?type=CALL");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("symbol");
	}

	@Test
	void aBatchOverTheLimitIsRefusedAndOneAtTheLimitIsPriced() {
		StringBuilder body = new StringBuilder("{\"model\": \"BSM\", \"contracts\": [");
		for (int i = 0; i < 10_000; i++) {
			body.append((i > 0) ? "," : "").append(GOOD).append('}');
		}
		Api.Response atLimit = this.api.post("/api/v1/options/greeks", "application/json", body + "]}");
		assertThat(atLimit.status()).isEqualTo(200);
		JsonNode answer = atLimit.json();
		assertThat(answer.get("results")).hasSize(10_000);
		assertThat(answer.get("portfolio").get("price").asDouble()).isCloseTo(
				10_000 * answer.get("results").get(0).get("price").asDouble(),
				org.assertj.core.api.Assertions.within(1e-8));
		Api.Response over = this.api.post("/api/v1/options/greeks", "application/json", body + "," + GOOD + "}]}");
		assertThat(over.status()).isEqualTo(400);
		JsonNode error = over.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("contracts");
		assertThat(error.get("message").asString()).contains("10000").contains("10001");
	}

	@Test
	void computeEndpointsAreReadsOpenWithoutAKey() {
		Api.Response response = this.api.send(this.api.write("/api/v1/options/greeks", "application/json", null)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(bsm(GOOD + "}"))));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

}
