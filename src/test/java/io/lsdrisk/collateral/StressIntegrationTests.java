package io.lsdrisk.collateral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class StressIntegrationTests {

	private static final String STRESS = "/api/v1/collateral/stress";

	/** A fee-less balanced pool: marginal price exactly 1. */
	private static final Map<String, Object> BALANCED = Map.of("balanceEth", 10_000, "balanceLsd", 10_000,
			"amplification", 50, "fee", 0);

	private static final Map<String, Object> MARKET_RULES = Map.of("liquidationBonus", 0.05, "oracleMode", "MARKET");

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	JsonNode stress(Map<String, Object> body) {
		Api.Response response = this.api.postJson(STRESS, body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static Map<String, Object> body(Map<String, Object> pool, Map<String, Object> rules, Map<String, Object> shock,
			List<Map<String, Object>> positions, List<Map<String, Object>> buckets, String timing) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("pool", pool);
		body.put("rules", rules);
		body.put("shock", shock);
		if (positions != null) {
			body.put("positions", positions);
		}
		if (buckets != null) {
			body.put("buckets", buckets);
		}
		if (timing != null) {
			body.put("timing", timing);
		}
		return body;
	}

	@Test
	void oneLiquidationByHand() {
		// Price 1, 100 LSD against 85 ETH at LT 0.8: HF = 80 / 85 = 0.941 < 0.95, so the
		// whole debt is repaid (Aave v3) and 85 x 1.05 = 89.25 LSD seized.
		JsonNode result = stress(body(BALANCED, MARKET_RULES, Map.of(),
				List.of(Map.of("lsdAmount", 100, "debtEth", 85, "liquidationThreshold", 0.8)), null, null));
		JsonNode round = result.get("rounds").get(0);
		assertThat(round.get("price").doubleValue()).isCloseTo(1.0, within(1e-12));
		assertThat(round.get("positionsLiquidated").longValue()).isEqualTo(1);
		assertThat(round.get("collateralSeized").doubleValue()).isCloseTo(89.25, within(1e-9));
		assertThat(round.get("debtRepaid").doubleValue()).isCloseTo(85, within(1e-9));
		assertThat(result.get("rounds")).hasSize(1);
		assertThat(result.get("totalCollateralLiquidated").doubleValue()).isCloseTo(89.25, within(1e-9));
		assertThat(result.get("totalDebtRepaid").doubleValue()).isCloseTo(85, within(1e-9));
		assertThat(result.get("badDebt").doubleValue()).isZero();
		assertThat(result.get("remainingCollateralLsd").doubleValue()).isCloseTo(10.75, within(1e-9));
		// Selling 89.25 into the pool moves its price below 1.
		assertThat(result.get("finalPrice").doubleValue()).isLessThan(1.0);
		assertThat(result.get("rules").get("exchangeRateSource").asString()).isEqualTo("POOL");
		assertThat(result.get("timing").asString()).isEqualTo("ROUNDS");
	}

	@Test
	void badDebtByHand() {
		// 100 LSD against 99 ETH: repaying all needs 103.95 LSD; all 100 are seized for
		// 100 / 1.05 = 95.238 ETH of debt, and 99 - 100 / 1.05 is written off.
		JsonNode result = stress(body(BALANCED, MARKET_RULES, Map.of(),
				List.of(Map.of("lsdAmount", 100, "debtEth", 99, "liquidationThreshold", 0.8)), null, null));
		assertThat(result.get("totalCollateralLiquidated").doubleValue()).isCloseTo(100, within(1e-9));
		assertThat(result.get("totalDebtRepaid").doubleValue()).isCloseTo(100 / 1.05, within(1e-9));
		assertThat(result.get("badDebt").doubleValue()).isCloseTo(99 - 100 / 1.05, within(1e-9));
		assertConserved(result);
	}

	@Test
	void bucketsByHand() {
		// 10 positions of 10 LSD at HF 0.9, LT 0.8, price 1: debt 10 x 0.8 / 0.9 each,
		// all
		// repaid (HF < 0.95), seizing 1.05 times that.
		double debt = 10 * 0.8 / 0.9;
		JsonNode result = stress(
				body(BALANCED, MARKET_RULES, Map.of(), null,
						List.of(Map.of("positionCount", 10, "lsdAmountPerPosition", 10, "healthFactor", 0.9,
								"liquidationThreshold", 0.8, "debtEthPerPosition", debt, "totalLsdAmount", 100)),
						null));
		assertThat(result.get("positionsLiquidated").longValue()).isEqualTo(10);
		assertThat(result.get("totalDebtRepaid").doubleValue()).isCloseTo(10 * debt, within(1e-9));
		assertThat(result.get("totalCollateralLiquidated").doubleValue()).isCloseTo(10 * debt * 1.05, within(1e-9));
		assertThat(result.get("book").get("positions").longValue()).isEqualTo(10);
	}

	@Test
	void exchangeRateOracleDoesNotLiquidateOnAMarketDepeg() {
		List<Map<String, Object>> book = book();
		Map<String, Object> rules = Map.of("liquidationBonus", 0.05, "oracleMode", "EXCHANGE_RATE", "exchangeRate",
				1.0);
		JsonNode calm = stress(body(BALANCED, rules, Map.of(), book, null, null));
		JsonNode crash = stress(body(BALANCED, rules, Map.of("pegDropFraction", 0.3), book, null, null));
		assertThat(calm.get("positionsLiquidated").longValue()).isZero();
		assertThat(crash.get("positionsLiquidated").longValue()).isZero();
		assertThat(crash.get("shockedPrice").doubleValue()).isCloseTo(0.7, within(1e-9));
		// The same book under a MARKET oracle is liquidated by the drop.
		JsonNode market = stress(body(BALANCED, MARKET_RULES, Map.of("pegDropFraction", 0.3), book, null, null));
		assertThat(market.get("positionsLiquidated").longValue()).isPositive();
		assertConserved(market);
	}

	@Test
	void aLargerShockNeverLiquidatesLessInSequentialTiming() {
		// SEQUENTIAL timing, close factor 1, a fee-less pool: the price depends only on
		// the cumulative sale, so a larger shock provably never liquidates less (see
		// CascadeSimulator). In ROUNDS only round 1 is monotone.
		List<Map<String, Object>> book = book();
		Map<String, Object> rules = Map.of("liquidationBonus", 0.05, "oracleMode", "MARKET", "closeFactor", 1);
		double previousLsd = -1;
		long previousCount = -1;
		long previousRoundOne = -1;
		for (double shock : new double[] { 0.0, 0.01, 0.02, 0.05, 0.10, 0.20 }) {
			JsonNode sequential = stress(
					body(BALANCED, rules, Map.of("pegDropFraction", shock), book, null, "SEQUENTIAL"));
			assertConserved(sequential);
			assertThat(sequential.get("badDebt").doubleValue()).isGreaterThanOrEqualTo(0);
			double lsd = sequential.get("totalCollateralLiquidated").doubleValue();
			long count = sequential.get("positionsLiquidated").longValue();
			assertThat(lsd).as("shock %s", shock).isGreaterThanOrEqualTo(previousLsd - 1e-9);
			assertThat(count).as("shock %s", shock).isGreaterThanOrEqualTo(previousCount);
			previousLsd = lsd;
			previousCount = count;
			JsonNode rounds = stress(body(BALANCED, MARKET_RULES, Map.of("pegDropFraction", shock), book, null, null));
			assertConserved(rounds);
			long roundOne = rounds.get("rounds").isEmpty() ? 0
					: rounds.get("rounds").get(0).get("positionsLiquidated").longValue();
			assertThat(roundOne).as("shock %s", shock).isGreaterThanOrEqualTo(previousRoundOne);
			previousRoundOne = roundOne;
		}
		assertThat(previousCount).isPositive();
	}

	@Test
	void storedPoolThroughItsSymbol() {
		Fixtures fixtures = new Fixtures(this.api);
		String symbol = fixtures.asset("strs", "NON_REBASING");
		fixtures.states(symbol, List.of(Fixtures.state("2024-01-02T00:00:00Z", 1.2, 1.2, 2000.0, null)));
		// Rate-scaled pool, balanced in value: price 1.2 ETH per token.
		fixtures.pool(symbol, "curve-x", "2024-01-02T00:00:00Z", 1200, 1000, 50, 0.0004);
		fixtures.market("aave-v3", symbol, 0.75, 0.8, 0.06, false, "MARKET", null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("symbol", symbol);
		body.put("rules", Map.of("market", "aave-v3"));
		body.put("shock", Map.of("pegDropFraction", 0.1));
		// HF 1.05 at 1.2 ETH: liquidatable once the price is below 1.2 / 1.05.
		body.put("buckets", List.of(Map.of("positionCount", 5, "lsdAmountPerPosition", 10, "healthFactor", 1.05,
				"liquidationThreshold", 0.8)));
		JsonNode result = stress(body);
		assertThat(result.get("initialPrice").doubleValue()).isCloseTo(1.2, within(1e-12));
		assertThat(result.get("shockedPrice").doubleValue()).isCloseTo(1.08, within(1e-9));
		assertThat(result.get("positionsLiquidated").longValue()).isEqualTo(5);
		assertThat(result.get("pool").get("venue").asString()).isEqualTo("curve-x");
		assertThat(result.get("rules").get("liquidationBonus").doubleValue()).isEqualTo(0.06);
		assertThat(result.get("rules").get("exchangeRateSource").asString()).isEqualTo("STATE");
		assertConserved(result);
	}

	@Test
	void badInputNamesTheField() {
		Map<String, Object> position = Map.of("lsdAmount", 1, "debtEth", 1, "liquidationThreshold", 0.8);
		Fixtures.assertProblem(
				this.api.postJson(STRESS, body(BALANCED, MARKET_RULES, Map.of(),
						List.of(Map.of("lsdAmount", -1, "debtEth", 1, "liquidationThreshold", 0.8)), null, null)),
				400, "positions[0].lsdAmount");
		Fixtures.assertProblem(
				this.api.postJson(STRESS, body(BALANCED, MARKET_RULES, Map.of(),
						List.of(Map.of("lsdAmount", 1, "debtEth", 1, "liquidationThreshold", 1.2)), null, null)),
				400, "positions[0].liquidationThreshold");
		Fixtures.assertProblem(
				this.api.postJson(STRESS,
						body(BALANCED, MARKET_RULES, Map.of(), null,
								List.of(Map.of("positionCount", 2, "lsdAmountPerPosition", 10, "healthFactor", 1.1,
										"liquidationThreshold", 0.8, "debtEthPerPosition", 5)),
								null)),
				400, "buckets[0].debtEthPerPosition");
		Fixtures.assertProblem(
				this.api.postJson(STRESS,
						body(BALANCED, MARKET_RULES, Map.of(), null,
								List.of(Map.of("positionCount", 2, "lsdAmountPerPosition", 10, "healthFactor", 1.1,
										"liquidationThreshold", 0.8, "totalLsdAmount", 25)),
								null)),
				400, "buckets[0].totalLsdAmount");
		Fixtures.assertProblem(this.api.postJson(STRESS, body(BALANCED, MARKET_RULES, Map.of(), null, null, null)), 400,
				"positions");
		Fixtures.assertProblem(
				this.api.postJson(STRESS,
						body(BALANCED, Map.of("oracleMode", "MARKET"), Map.of(), List.of(position), null, null)),
				400, "rules.liquidationBonus");
		Fixtures
			.assertProblem(
					this.api
						.postJson(STRESS,
								body(Map.of("balanceEth", -1, "balanceLsd", 1, "amplification", 50, "fee", 0),
										MARKET_RULES, Map.of(), List.of(position), null, null)),
					400, "pool.balanceEth");
		Fixtures.assertProblem(
				this.api.postJson(STRESS,
						body(BALANCED, MARKET_RULES, Map.of("pegDropFraction", 1.5), List.of(position), null, null)),
				400, "shock.pegDropFraction");
		Map<String, Object> noPool = body(null, MARKET_RULES, Map.of(), List.of(position), null, null);
		noPool.remove("pool");
		Fixtures.assertProblem(this.api.postJson(STRESS, noPool), 400, "pool");
		noPool.put("symbol", "NOSUCH" + System.nanoTime());
		Fixtures.assertProblem(this.api.postJson(STRESS, noPool), 404, "symbol");
	}

	/** Twenty positions from HF 1.01 to 1.40 at price 1, LSD only, LT 0.8. */
	static List<Map<String, Object>> book() {
		List<Map<String, Object>> book = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			double healthFactor = 1 + 0.02 * i;
			double lsd = 50 + 10 * i;
			book.add(Map.of("lsdAmount", lsd, "debtEth", lsd * 0.8 / healthFactor, "liquidationThreshold", 0.8));
		}
		return book;
	}

	static void assertConserved(JsonNode result) {
		assertThat(result.get("initialCollateralLsd").doubleValue()).isCloseTo(
				result.get("remainingCollateralLsd").doubleValue()
						+ result.get("totalCollateralLiquidated").doubleValue(),
				within(1e-9 * Math.max(1, result.get("initialCollateralLsd").doubleValue())));
		assertThat(result.get("initialDebtEth").doubleValue()).isCloseTo(
				result.get("remainingDebtEth").doubleValue() + result.get("totalDebtRepaid").doubleValue()
						+ result.get("badDebt").doubleValue(),
				within(1e-9 * Math.max(1, result.get("initialDebtEth").doubleValue())));
		assertThat(result.get("badDebt").doubleValue()).isGreaterThanOrEqualTo(0);
		double seized = 0;
		double repaid = 0;
		for (JsonNode round : result.get("rounds")) {
			seized += round.get("collateralSeized").doubleValue();
			repaid += round.get("debtRepaid").doubleValue();
		}
		if (result.get("roundCount").intValue() == result.get("rounds").size()) {
			assertThat(seized).isCloseTo(result.get("totalCollateralLiquidated").doubleValue(),
					within(1e-9 * Math.max(1, seized)));
			assertThat(repaid).isCloseTo(result.get("totalDebtRepaid").doubleValue(),
					within(1e-9 * Math.max(1, repaid)));
		}
	}

}
