package io.lsdrisk.web;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every validation rule, the API key, size limits and content types: each refusal is a
 * 4xx problem+json naming the field at fault, never a 500.
 */
@IntegrationTest
class ApiRulesIntegrationTests {

	static final String SYMBOL = "rulesETH";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.api.postJson("/api/v1/lsds", Map.of("symbol", SYMBOL, "name", "Rules", "protocol", "Test", "tokenModel",
				"NON_REBASING", "underlying", "ETH"));
	}

	static Stream<Arguments> invalidWrites() {
		String states = "/api/v1/lsds/" + SYMBOL + "/states";
		String pools = "/api/v1/lsds/" + SYMBOL + "/pools/curve-test/states";
		String market = "/api/v1/lending-markets/aave-test/" + SYMBOL;
		String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();
		return Stream.of(Arguments.of(states, "[{\"exchangeRate\": 1.1}]", 400, "[0].observedAt"),
				Arguments.of(states, "[{\"observedAt\": \"" + future + "\", \"exchangeRate\": 1.1}]", 400,
						"[0].observedAt"),
				Arguments.of(states, "[{\"observedAt\": \"2024-01-01T00:00:00Z\"}]", 400, "[0].exchangeRate"),
				Arguments.of(states, "[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": -1}]", 400,
						"[0].exchangeRate"),
				Arguments.of(states, "[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": \"NaN\"}]", 400,
						"[0].exchangeRate"),
				Arguments.of(states, "[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1e400}]", 400,
						"[0].exchangeRate"),
				Arguments.of(states,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1, \"marketPriceEth\": 0}]", 400,
						"[0].marketPriceEth"),
				Arguments.of(states,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1, \"ethUsd\": -5}]", 400,
						"[0].ethUsd"),
				Arguments.of(states,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1, \"stakingApr\": 3.5}]", 400,
						"[0].stakingApr"),
				Arguments.of(states,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1, \"validatorCount\": -1}]",
						400, "[0].validatorCount"),
				Arguments.of(states, "[{\"observedAt\": \"yesterday\", \"exchangeRate\": 1}]", 400, "[0].observedAt"),
				Arguments.of(states, "[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRat\": 1}]", 400,
						"[0].exchangeRat"),
				Arguments.of(states,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1},"
								+ " {\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 2}]",
						400, "[1].observedAt"),
				Arguments.of(states, "[]", 400, "body"), Arguments.of(states, "[{\"observedAt\": ", 400, "[0]"),
				Arguments.of(states, "", 400, "body"),
				Arguments.of("/api/v1/lsds/noSuchLsd/states",
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1}]", 404, "symbol"),
				Arguments.of(pools,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"balanceEth\": 10, \"balanceLsd\": 10,"
								+ " \"amplification\": 50, \"fee\": 1}]",
						400, "[0].fee"),
				Arguments.of(pools,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"balanceEth\": 0, \"balanceLsd\": 10,"
								+ " \"amplification\": 50, \"fee\": 0.0004}]",
						400, "[0].balanceEth"),
				Arguments.of(pools,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"balanceEth\": 10, \"balanceLsd\": 10,"
								+ " \"amplification\": 0.5, \"fee\": 0.0004}]",
						400, "[0].amplification"),
				Arguments.of(pools,
						"[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"balanceEth\": 10, \"balanceLsd\": 10,"
								+ " \"amplification\": 50}]",
						400, "[0].fee"),
				Arguments.of("/api/v1/lsds",
						"{\"symbol\": \"bad symbol!\", \"name\": \"x\", \"protocol\": \"x\","
								+ " \"tokenModel\": \"NON_REBASING\", \"underlying\": \"ETH\"}",
						400, "symbol"),
				Arguments.of("/api/v1/lsds", "{\"symbol\": \"okETH\", \"name\": \"x\", \"protocol\": \"x\","
						+ " \"tokenModel\": \"SOMETIMES\", \"underlying\": \"ETH\"}", 400, "tokenModel"));
	}

	@ParameterizedTest
	@MethodSource("invalidWrites")
	void invalidWritesAreProblemsNamingTheField(String path, String body, int status, String field) {
		Api.Response response = this.api.post(path, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.lsdrisk");
	}

	static Stream<Arguments> invalidMarketParameters() {
		return Stream.of(
				Arguments.of("{\"ltv\": 0.9, \"liquidationThreshold\": 0.8, \"liquidationBonus\": 0.05,"
						+ " \"emode\": false, \"oracleMode\": \"MARKET\"}", "liquidationThreshold"),
				Arguments.of("{\"ltv\": 1.2, \"liquidationThreshold\": 1.3, \"liquidationBonus\": 0.05,"
						+ " \"emode\": false, \"oracleMode\": \"MARKET\"}", "ltv"),
				Arguments.of("{\"ltv\": 0.7, \"liquidationThreshold\": 0.8, \"liquidationBonus\": -0.05,"
						+ " \"emode\": false, \"oracleMode\": \"MARKET\"}", "liquidationBonus"),
				Arguments.of("{\"ltv\": 0.7, \"liquidationThreshold\": 0.8, \"liquidationBonus\": 0.05,"
						+ " \"emode\": false}", "oracleMode"));
	}

	@ParameterizedTest
	@MethodSource("invalidMarketParameters")
	void invalidMarketParametersAreProblemsNamingTheField(String body, String field) {
		Api.Response response = this.api.put("/api/v1/lending-markets/aave-test/" + SYMBOL, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
	}

	@Test
	void csvErrorsNameRowAndColumn() {
		String path = "/api/v1/lsds/" + SYMBOL + "/states";
		Api.Response unknownColumn = this.api.post(path, "text/csv", "observedAt,rate\n2024-01-01T00:00:00Z,1\n");
		assertThat(unknownColumn.status()).isEqualTo(400);
		assertThat(unknownColumn.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
		Api.Response badNumber = this.api.post(path, "text/csv",
				"observedAt,exchangeRate\n2024-01-01T00:00:00Z,1\n2024-01-02T00:00:00Z,one\n");
		assertThat(badNumber.status()).isEqualTo(400);
		assertThat(badNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].exchangeRate");
		Api.Response ragged = this.api.post(path, "text/csv", "observedAt,exchangeRate\n2024-01-01T00:00:00Z\n");
		assertThat(ragged.status()).isEqualTo(400);
		Api.Response unterminated = this.api.post(path, "text/csv", "observedAt,source\n2024-01-01T00:00:00Z,\"x\n");
		assertThat(unterminated.status()).isEqualTo(400);
	}

	@Test
	void writesNeedAValidKeyAndReadsAreOpen() {
		String path = "/api/v1/lsds/" + SYMBOL + "/states";
		String body = "[{\"observedAt\": \"2024-01-01T00:00:00Z\", \"exchangeRate\": 1}]";
		Api.Response missing = this.api
			.send(this.api.write(path, "application/json", null).POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.isProblem()).isTrue();
		Api.Response wrong = this.api
			.send(this.api.write(path, "application/json", "test-kex").POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(wrong.status()).isEqualTo(401);
		Api.Response second = this.api.send(
				this.api.write(path, "application/json", "second-key").POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(second.status()).isEqualTo(200);
		assertThat(this.api.get(path).status()).isEqualTo(200);
		// A POST that only computes is a read: open without a key.
		Api.Response quote = this.api
			.send(this.api.write("/api/v1/liquidity/stableswap/quote", "application/json", null)
				.POST(HttpRequest.BodyPublishers.ofString("{\"amplification\": 50, \"fee\": 0.0004,"
						+ " \"balances\": [1000, 1000], \"sell\": \"LSD\", \"amount\": 10}")));
		assertThat(quote.status()).as(quote.body()).isEqualTo(200);
	}

	@Test
	void corsAllowsOnlyTheConfiguredDashboardOrigins() {
		var allowed = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/lsds"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://dashboard.example")
			.header("Access-Control-Request-Method", "GET"));
		assertThat(allowed.status()).isEqualTo(200);
		var refused = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/lsds"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "GET"));
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void unknownSymbolsAreNotFoundProblems() {
		Api.Response response = this.api.get("/api/v1/lsds/nope");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("nope");
	}

	@Test
	void historyParametersAreChecked() {
		String path = "/api/v1/lsds/" + SYMBOL + "/states";
		assertThat(this.api.get(path + "?limit=10001").json().get("errors").get(0).get("field").asString())
			.isEqualTo("limit");
		assertThat(this.api.get(path + "?limit=0").status()).isEqualTo(400);
		assertThat(this.api.get(path + "?cursor=garbage!").json().get("errors").get(0).get("field").asString())
			.isEqualTo("cursor");
		assertThat(this.api.get(path + "?from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z").status()).isEqualTo(400);
		assertThat(this.api.get(path + "?from=last-week").status()).isEqualTo(400);
	}

	@Test
	void batchesOverTheLimitAreRefused() {
		StringBuilder body = new StringBuilder("[");
		Instant start = Instant.parse("2020-01-01T00:00:00Z");
		for (int i = 0; i <= 10_000; i++) {
			body.append((i > 0) ? "," : "")
				.append("{\"observedAt\":\"")
				.append(start.plusSeconds(60L * i))
				.append("\",\"exchangeRate\":1}");
		}
		Api.Response response = this.api.post("/api/v1/lsds/" + SYMBOL + "/states", "application/json",
				body.append("]").toString());
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("10000");
	}

	@Test
	void oversizedBodiesAreRefusedWith413() {
		String huge = "[" + "{\"observedAt\":\"2024-01-01T00:00:00Z\",\"exchangeRate\":1},".repeat(320_000) + "]";
		Api.Response response = this.api.post("/api/v1/lsds/" + SYMBOL + "/states", "application/json", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void unsupportedContentTypesAreRefusedWith415() {
		Api.Response response = this.api.post("/api/v1/lsds/" + SYMBOL + "/states", "application/xml", "<state/>");
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void answersCarrySecurityHeadersAndActuatorShowsOnlyHealthInfoAndPrometheus() {
		var response = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/lsds")).GET());
		assertThat(response.status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/info").status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/prometheus").body()).contains("lsdrisk_requests_rejected_total");
		assertThat(this.api.get("/actuator/env").status()).isEqualTo(404);
		assertThat(this.api.get("/actuator/beans").status()).isEqualTo(404);
	}

}
