package io.lsdrisk.collateral;

import java.util.List;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /lsds/{symbol}/stress} on the real Aave snapshots (db/sample/SOURCES.md: the
 * v2 file holds 1,309 stETH accounts with 880.5k stETH, the v3 file 502 wstETH accounts).
 */
@IntegrationTest
class SnapshotStressIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	String symbol;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		Fixtures fixtures = new Fixtures(this.api);
		this.symbol = fixtures.asset("snap", "REBASING");
		fixtures.states(this.symbol, List.of(Fixtures.state("2024-01-02T00:00:00Z", 1.0, 0.999, 2000.0, null)));
		fixtures.pool(this.symbol, "curve-snap", "2024-01-02T00:00:00Z", 50_000, 50_000, 30, 0.0001);
		fixtures.market("aave-v2", this.symbol, 0.72, 0.83, 0.075, false, "MARKET", null);
	}

	String stress(String query) {
		return "/api/v1/lsds/" + this.symbol + "/stress?snapshot=AAVE_V2_STETH" + query;
	}

	@Test
	void storedPoolAndTheRealBook() {
		Api.Response response = this.api.get(stress("&shock=0.05"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode result = response.json();
		JsonNode book = result.get("book");
		assertThat(book.get("source").asString()).isEqualTo("AAVE_V2_STETH");
		assertThat(book.get("positions").longValue()).isEqualTo(1309);
		assertThat(book.get("totalLsd").doubleValue()).isCloseTo(880_500, within(100.0));
		assertThat(result.get("pool").get("venue").asString()).isEqualTo("curve-snap");
		assertThat(result.get("rules").get("market").asString()).isEqualTo("aave-v2");
		// Aave v2: close factor 50 % at any health factor.
		assertThat(result.get("rules").get("fullLiquidationHealthFactor").doubleValue()).isZero();
		// a balanced pool quotes 1; the shock takes it to 0.95.
		assertThat(result.get("initialPrice").doubleValue()).isCloseTo(1.0, within(1e-12));
		assertThat(result.get("shockedPrice").doubleValue()).isCloseTo(0.95, within(1e-9));
		assertThat(result.get("positionsLiquidated").longValue()).isPositive();
		StressIntegrationTests.assertConserved(result);
	}

	@Test
	void exchangeRateOracleIgnoresTheDepegOnTheRealBook() {
		JsonNode calm = this.api.get(stress("&oracleMode=EXCHANGE_RATE")).json();
		JsonNode crash = this.api.get(stress("&oracleMode=EXCHANGE_RATE&shock=0.2")).json();
		assertThat(crash.get("shockedPrice").doubleValue()).isCloseTo(0.8, within(1e-9));
		assertThat(crash.get("positionsLiquidated").longValue()).isEqualTo(calm.get("positionsLiquidated").longValue());
		assertThat(crash.get("totalCollateralLiquidated").doubleValue())
			.isCloseTo(calm.get("totalCollateralLiquidated").doubleValue(), within(1e-9));
	}

	@Test
	void june2022Replay() {
		Api.Response response = this.api.get(stress("&scenario=JUNE_2022"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode result = response.json();
		JsonNode pool = result.get("pool");
		assertThat(pool.get("balanceEth").doubleValue()).isEqualTo(109_891.95);
		assertThat(pool.get("balanceLsd").doubleValue()).isEqualTo(498_670.80);
		assertThat(pool.get("amplification").doubleValue()).isEqualTo(50);
		// The pool's marginal price of 2022-06-14 (docs: 0.934502, 82 % stETH at A = 50).
		assertThat(result.get("initialPrice").doubleValue()).isCloseTo(0.9345, within(5e-4));
		assertThat(result.get("book").get("scenario").asString()).isEqualTo("JUNE_2022");
		assertThat(result.get("rules").get("oracleMode").asString()).isEqualTo("MARKET");
		// The snapshot's four accounts below HF 1 and more are liquidated at a 6.5 %
		// discount.
		assertThat(result.get("positionsLiquidated").longValue()).isGreaterThan(4);
		assertThat(result.get("finalPrice").doubleValue()).isLessThan(result.get("initialPrice").doubleValue());
		StressIntegrationTests.assertConserved(result);
	}

	@Test
	void badInputAndMissingData() {
		Fixtures.assertProblem(this.api.get(stress("&shock=1.5")), 400, "shock");
		Fixtures.assertProblem(this.api.get(stress("&scenario=MAY_2021")), 400, "scenario");
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/" + this.symbol + "/stress?snapshot=NOPE"), 400, "snapshot");
		Fixtures.assertProblem(
				this.api.get("/api/v1/lsds/" + this.symbol + "/stress?snapshot=AAVE_V3_WSTETH&scenario=JUNE_2022"), 400,
				"scenario");
		// No snapshot is configured for this symbol.
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/" + this.symbol + "/stress"), 404, "snapshot");
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/NOSUCH" + System.nanoTime() + "/stress"), 404, "symbol");
		// The v3 book's market is aave-v3, which has no parameters for this asset.
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/" + this.symbol + "/stress?snapshot=AAVE_V3_WSTETH"), 404,
				"market");
	}

}
