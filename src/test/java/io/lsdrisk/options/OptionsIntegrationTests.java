package io.lsdrisk.options;

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

/**
 * The option endpoints through HTTP, checked against published values (E. G. Haug, <i>The
 * Complete Guide to Option Pricing Formulas</i>, 2nd ed., 2007, and its 1998 first
 * edition's tables as reproduced in QuantLib's test suite), closed forms and identities.
 */
@IntegrationTest
class OptionsIntegrationTests {

	static final String[] FIGURES = { "price", "delta", "gamma", "vega", "theta", "rho", "carryRho", "vanna", "volga",
			"charm" };

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	static Map<String, Object> contract(String type, double spot, double strike, double expiryYears, double volatility,
			double riskFreeRate, double carryYield) {
		Map<String, Object> contract = new LinkedHashMap<>();
		contract.put("type", type);
		contract.put("spot", spot);
		contract.put("strike", strike);
		contract.put("expiryYears", expiryYears);
		contract.put("volatility", volatility);
		contract.put("riskFreeRate", riskFreeRate);
		contract.put("carryYield", carryYield);
		return contract;
	}

	JsonNode greeks(String model, List<?> contracts) {
		Api.Response response = this.api.postJson("/api/v1/options/greeks",
				Map.of("model", model, "contracts", contracts));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static double number(JsonNode node, String field) {
		return node.get(field).asDouble();
	}

	@Test
	void bsmMatchesHaugsPublishedValues() {
		// Haug (2007) section 1.1.6 example: call S = 60, K = 65, T = 0.25, r = 0.08, b =
		// r (q = 0), sigma = 0.30: 2.1334. Generalized BSM put (Haug 1998 table, p. 2-8):
		// S = 100, K = 95, T = 0.5, r = 0.10, q = 0.05, sigma = 0.20: 2.4648.
		// Greeks (Haug 1998, pp. 11-16): delta of a call on S = 105, K = 100, T = 0.5,
		// r = q = 0.10, sigma = 0.36: 0.5946; theta of a put S = 430, K = 405, T = 1/12,
		// r = 0.07, q = 0.05, sigma = 0.20: -31.1924 a year (-0.0855 a day); carry rho
		// of a put S = 500, K = 490, T = 0.25, r = 0.08, q = 0.05, sigma = 0.15: 42.2254.
		JsonNode results = greeks("BSM", List.of(contract("CALL", 60, 65, 0.25, 0.30, 0.08, 0.0),
				contract("PUT", 100, 95, 0.5, 0.20, 0.10, 0.05), contract("CALL", 105, 100, 0.5, 0.36, 0.10, 0.10),
				contract("PUT", 430, 405, 1.0 / 12.0, 0.20, 0.07, 0.05),
				contract("PUT", 500, 490, 0.25, 0.15, 0.08, 0.05)))
			.get("results");
		assertThat(number(results.get(0), "price")).isCloseTo(2.1334, within(1e-4));
		assertThat(number(results.get(1), "price")).isCloseTo(2.4648, within(1e-4));
		assertThat(number(results.get(2), "delta")).isCloseTo(0.5946, within(1e-4));
		assertThat(number(results.get(3), "theta")).isCloseTo(-31.1924, within(1e-4));
		assertThat(number(results.get(3), "thetaPerDay")).isCloseTo(-0.0855, within(1e-4));
		assertThat(number(results.get(4), "carryRho")).isCloseTo(42.2254, within(1e-4));
		assertThat(number(results.get(0), "vegaPerPoint")).isEqualTo(number(results.get(0), "vega") / 100.0);
		assertThat(results.get(0).get("jumpIntensitySensitivity").isNull()).isTrue();
		assertThat(results.get(0).get("seriesTerms").isNull()).isTrue();
	}

	@Test
	void putCallParityHoldsThroughTheApi() {
		// C - P = S e^{-qT} - K e^{-rT}; delta_C - delta_P = e^{-qT}; gamma and vega
		// agree;
		// rho_C - rho_P = T K e^{-rT}; carryRho_C - carryRho_P = -T S e^{-qT}.
		double s = 1.0421;
		double k = 0.98;
		double t = 0.75;
		double r = -0.005;
		double q = 0.031;
		JsonNode results = greeks("BSM",
				List.of(contract("CALL", s, k, t, 0.42, r, q), contract("PUT", s, k, t, 0.42, r, q)))
			.get("results");
		JsonNode call = results.get(0);
		JsonNode put = results.get(1);
		double discountedSpot = s * Math.exp(-q * t);
		double discountedStrike = k * Math.exp(-r * t);
		assertThat(number(call, "price") - number(put, "price")).isCloseTo(discountedSpot - discountedStrike,
				within(1e-12));
		assertThat(number(call, "delta") - number(put, "delta")).isCloseTo(Math.exp(-q * t), within(1e-12));
		assertThat(number(call, "gamma")).isCloseTo(number(put, "gamma"), within(1e-12));
		assertThat(number(call, "vega")).isCloseTo(number(put, "vega"), within(1e-12));
		assertThat(number(call, "rho") - number(put, "rho")).isCloseTo(t * discountedStrike, within(1e-12));
		assertThat(number(call, "carryRho") - number(put, "carryRho")).isCloseTo(-t * discountedSpot, within(1e-12));
	}

	@Test
	void portfolioIsTheQuantityWeightedSum() {
		Map<String, Object> longCalls = contract("CALL", 1.0, 1.05, 0.5, 0.6, 0.04, 0.03);
		longCalls.put("quantity", 2.5);
		Map<String, Object> shortPuts = contract("PUT", 1.0, 0.9, 0.25, 0.8, 0.04, 0.03);
		shortPuts.put("quantity", -4);
		Map<String, Object> defaultQuantity = contract("CALL", 1.0, 1.0, 1.0, 0.5, 0.04, 0.0);
		JsonNode answer = greeks("BSM", List.of(longCalls, shortPuts, defaultQuantity));
		double[] quantities = { 2.5, -4, 1 };
		for (String figure : FIGURES) {
			double expected = 0;
			for (int i = 0; i < 3; i++) {
				expected += quantities[i] * number(answer.get("results").get(i), figure);
			}
			assertThat(number(answer.get("portfolio"), figure)).as(figure)
				.isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
		}
	}

	@Test
	void mertonMatchesHaugAndCollapsesToBsmWithoutJumps() {
		// Haug (1998) p. 9 Merton (1976) table as corrected in QuantLib's jumpdiffusion
		// test: S = 100, K = 100, r = 0.08, q = 0, T = 0.25, total volatility 0.25 of
		// which a share gamma = 0.25 of the variance is jumps, lambda = 1: 5.88 (to
		// 1e-2). Mapping: deltaJ = 0.25 sqrt(0.25 / 1) = 0.125, sigma = 0.25 sqrt(0.75),
		// muJ = -deltaJ^2 / 2 (so that k = 0).
		Map<String, Object> haug = contract("CALL", 100, 100, 0.25, 0.25 * Math.sqrt(0.75), 0.08, 0.0);
		haug.putAll(Map.of("jumpIntensity", 1.0, "jumpMean", -0.5 * 0.125 * 0.125, "jumpVolatility", 0.125));
		Map<String, Object> noJumps = contract("PUT", 1.0, 0.97, 0.4, 0.3, 0.04, 0.028);
		noJumps.putAll(Map.of("jumpIntensity", 0.0, "jumpMean", -0.05, "jumpVolatility", 0.1));
		JsonNode merton = greeks("MERTON_JUMP", List.of(haug, noJumps)).get("results");
		assertThat(number(merton.get(0), "price")).isCloseTo(5.88, within(1e-2));
		assertThat(merton.get(0).get("seriesTerms").asInt()).isPositive();
		assertThat(number(merton.get(0), "truncationErrorBound")).isLessThanOrEqualTo(1e-12);
		JsonNode bsm = greeks("BSM", List.of(contract("PUT", 1.0, 0.97, 0.4, 0.3, 0.04, 0.028))).get("results").get(0);
		for (String figure : FIGURES) {
			assertThat(number(merton.get(1), figure)).as(figure).isCloseTo(number(bsm, figure), within(1e-12));
		}
		// With no jumps, dV/dlambda is still reported and is not zero for an option whose
		// value a jump would change.
		assertThat(number(merton.get(1), "jumpIntensitySensitivity")).isNotZero();
	}

	@Test
	void impliedVolatilityRoundTripsThroughTheApi() {
		List<Map<String, Object>> priced = new ArrayList<>();
		List<Double> volatilities = new ArrayList<>();
		double[] strikes = { 0.7, 0.95, 1.0, 1.1, 1.5 };
		double[] expiries = { 0.05, 0.5, 2.0 };
		double[] vols = { 0.08, 0.45, 1.1 };
		for (double strike : strikes) {
			for (int j = 0; j < expiries.length; j++) {
				String type = (strike < 1.0) ? "PUT" : "CALL";
				priced.add(contract(type, 1.0, strike, expiries[j], vols[j], 0.035, 0.02));
				volatilities.add(vols[j]);
			}
		}
		JsonNode prices = greeks("BSM", priced).get("results");
		List<Map<String, Object>> inverse = new ArrayList<>();
		for (int i = 0; i < priced.size(); i++) {
			Map<String, Object> item = new LinkedHashMap<>(priced.get(i));
			item.remove("volatility");
			item.put("price", number(prices.get(i), "price"));
			inverse.add(item);
		}
		Api.Response response = this.api.postJson("/api/v1/options/implied-volatility", Map.of("contracts", inverse));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode results = response.json().get("results");
		assertThat(results).hasSize(priced.size());
		for (int i = 0; i < priced.size(); i++) {
			assertThat(number(results.get(i), "impliedVolatility")).as("contract %s", i)
				.isCloseTo(volatilities.get(i), within(1e-10));
		}
	}

	@Test
	void impliedVolatilityOfHaugsExample() {
		// Haug's call (S = 60, K = 65, T = 0.25, r = 0.08) is worth 2.1334 at sigma =
		// 0.30; the price rounded to 4 decimals implies 0.30 to about 1e-5.
		Map<String, Object> item = new LinkedHashMap<>(Map.of("type", "CALL", "spot", 60, "strike", 65, "expiryYears",
				0.25, "riskFreeRate", 0.08, "price", 2.1334));
		JsonNode result = this.api.postJson("/api/v1/options/implied-volatility", Map.of("contracts", List.of(item)))
			.json()
			.get("results")
			.get(0);
		assertThat(number(result, "impliedVolatility")).isCloseTo(0.30, within(1e-4));
	}

	@Test
	void impliedVolatilityTakesOneContractOnItsOwnAsABatchOfOne() {
		// Haug's call again, sent as the body itself, as the only element of contracts
		// and
		// as contracts given as one object: the same one-result answer, sigma 0.30.
		Map<String, Object> item = new LinkedHashMap<>(Map.of("type", "CALL", "spot", 60, "strike", 65, "expiryYears",
				0.25, "riskFreeRate", 0.08, "price", 2.1334));
		for (Object body : List.of(item, Map.of("contracts", List.of(item)), Map.of("contracts", item))) {
			Api.Response response = this.api.postJson("/api/v1/options/implied-volatility", body);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			JsonNode results = response.json().get("results");
			assertThat(results).hasSize(1);
			assertThat(number(results.get(0), "impliedVolatility")).isCloseTo(0.30, within(1e-4));
		}
		// A single contract's errors name its own fields.
		Map<String, Object> impossible = new LinkedHashMap<>(item);
		impossible.put("price", 61.0);
		Api.Response bad = this.api.postJson("/api/v1/options/implied-volatility", impossible);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("price");
		Map<String, Object> misspelt = new LinkedHashMap<>(item);
		misspelt.put("strik", 65);
		Api.Response unknown = this.api.postJson("/api/v1/options/implied-volatility", misspelt);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("strik");
		Api.Response empty = this.api.postJson("/api/v1/options/implied-volatility", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("contracts");
	}

	@Test
	void aPriceOutsideTheNoArbitrageBoundsNamesTheItemAndTheBound() {
		// A call is worth less than S e^{-qT} = 1.0 (q = 0): 1.2 is impossible.
		List<Map<String, Object>> items = List.of(
				Map.of("type", "CALL", "spot", 1.0, "strike", 1.0, "expiryYears", 1.0, "riskFreeRate", 0.0, "price",
						0.1),
				Map.of("type", "CALL", "spot", 1.0, "strike", 1.0, "expiryYears", 1.0, "riskFreeRate", 0.0, "price",
						1.2));
		Api.Response response = this.api.postJson("/api/v1/options/implied-volatility", Map.of("contracts", items));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("contracts[1].price");
		assertThat(error.get("message").asString()).contains("no-arbitrage bounds").contains("1.0");
	}

	@Test
	void stakingYieldCapsAndFloorsMatchTheBachelierClosedForm() {
		// At the money (F = K) a cap is worth N * a * e^{-rT} * v / sqrt(2 pi) with the
		// average's standard deviation v = sigmaN sqrt(T - 2A/3) (StakingYieldOption):
		// sigmaN = 0.008, T = 2, A = 0.5: v = 0.008 sqrt(2 - 1/3); N = 1e6, a = 0.5,
		// r = 0.04. Cap - floor = N a e^{-rT} (F - K) off the money.
		Map<String, Object> cap = new LinkedHashMap<>(Map.of("type", "CAP", "forwardApr", 0.032, "strikeApr", 0.032,
				"normalVolatility", 0.008, "expiryYears", 2.0, "averagingPeriodYears", 0.5, "discountRate", 0.04,
				"notional", 1e6, "accrualFraction", 0.5));
		Map<String, Object> offCap = new LinkedHashMap<>(cap);
		offCap.put("strikeApr", 0.028);
		Map<String, Object> offFloor = new LinkedHashMap<>(offCap);
		offFloor.put("type", "FLOOR");
		Api.Response response = this.api.postJson("/api/v1/options/staking-yield",
				Map.of("contracts", List.of(cap, offCap, offFloor)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode results = response.json().get("results");
		double deviation = 0.008 * Math.sqrt(2.0 - 2.0 * 0.5 / 3.0);
		double scale = 1e6 * 0.5 * Math.exp(-0.04 * 2.0);
		assertThat(number(results.get(0), "price")).isCloseTo(scale * deviation / Math.sqrt(2 * Math.PI), within(1e-9));
		assertThat(number(results.get(0), "effectiveStandardDeviation")).isCloseTo(deviation, within(1e-15));
		// At the money delta is half the scale, gamma the scale times n(0) / v.
		assertThat(number(results.get(0), "delta")).isCloseTo(scale / 2, within(1e-6));
		assertThat(number(results.get(0), "deltaPerBasisPoint")).isCloseTo(scale / 2 / 10_000, within(1e-10));
		assertThat(number(results.get(1), "price") - number(results.get(2), "price")).isCloseTo(scale * 0.004,
				within(1e-8));
	}

	@Test
	void strategiesValueCoveredCallsAndCustomLegs() {
		// Covered call on Haug's example (S = 60, K = 65, T = 0.25, r = 0.08, q = 0,
		// sigma = 0.30): value S - C = 60 - 2.1334; payoff at expiry min(S_T, K).
		Map<String, Object> market = Map.of("spot", 60.0, "volatility", 0.30, "riskFreeRate", 0.08);
		Api.Response response = this.api.postJson("/api/v1/options/strategies",
				Map.of("strategy", "COVERED_CALL", "expiryYears", 0.25, "strike", 65.0, "market", market, "payoffGrid",
						Map.of("lowestPrice", 40.0, "highestPrice", 80.0, "points", 41)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode coveredCall = response.json();
		assertThat(coveredCall.get("model").asString()).isEqualTo("BSM");
		assertThat(number(coveredCall.get("greeks"), "price")).isCloseTo(60 - 2.1334, within(1e-4));
		JsonNode call = greeks("BSM", List.of(contract("CALL", 60, 65, 0.25, 0.30, 0.08, 0.0))).get("results").get(0);
		assertThat(number(coveredCall.get("greeks"), "delta")).isCloseTo(1 - number(call, "delta"), within(1e-12));
		assertThat(number(coveredCall.get("greeks"), "gamma")).isCloseTo(-number(call, "gamma"), within(1e-12));
		JsonNode grid = coveredCall.get("payoffAtExpiry");
		assertThat(grid).hasSize(41);
		double valueAtExpiry = (60 - number(call, "price")) * Math.exp(0.08 * 0.25);
		for (JsonNode point : grid) {
			double price = number(point, "priceAtExpiry");
			assertThat(number(point, "payoff")).isCloseTo(Math.min(price, 65.0), within(1e-9));
			assertThat(number(point, "profit")).isCloseTo(Math.min(price, 65.0) - valueAtExpiry, within(1e-9));
		}
		// A straddle on Haug's at-the-money pair (S = K = 100, T = 0.5, r = q = 0.10,
		// sigma = 0.25): call and put are 6.6997 each; payoff |S_T - K|.
		Api.Response straddle = this.api.postJson("/api/v1/options/strategies",
				Map.of("strategy", "CUSTOM", "expiryYears", 0.5, "market",
						Map.of("spot", 100.0, "volatility", 0.25, "riskFreeRate", 0.10, "carryYield", 0.10), "legs",
						List.of(Map.of("kind", "OPTION", "type", "CALL", "strike", 100.0, "quantity", 1),
								Map.of("kind", "OPTION", "type", "PUT", "strike", 100.0, "quantity", 1))));
		assertThat(straddle.status()).as(straddle.body()).isEqualTo(200);
		assertThat(number(straddle.json().get("greeks"), "price")).isCloseTo(2 * 6.6997, within(2e-4));
		for (JsonNode point : straddle.json().get("payoffAtExpiry")) {
			assertThat(number(point, "payoff")).isCloseTo(Math.abs(number(point, "priceAtExpiry") - 100.0),
					within(1e-9));
		}
	}

	@Test
	void builtStrategiesTakeAnEmptyLegListAsNoLegs() {
		// The covered call of Haug's example again: 60 - 2.1334 with "legs": [] as
		// without legs; the depeg hedge likewise; given legs stay a 400 naming legs.
		Map<String, Object> market = Map.of("spot", 60.0, "volatility", 0.30, "riskFreeRate", 0.08);
		Api.Response empty = this.api.postJson("/api/v1/options/strategies", Map.of("strategy", "COVERED_CALL",
				"expiryYears", 0.25, "strike", 65.0, "market", market, "legs", List.of()));
		assertThat(empty.status()).as(empty.body()).isEqualTo(200);
		assertThat(number(empty.json().get("greeks"), "price")).isCloseTo(60 - 2.1334, within(1e-4));
		assertThat(empty.json().get("legs")).hasSize(2);
		Map<String, Object> pegMarket = Map.of("spot", 1.0, "volatility", 0.05, "riskFreeRate", 0.0);
		Api.Response hedge = this.api.postJson("/api/v1/options/strategies",
				Map.of("strategy", "DEPEG_HEDGE", "expiryYears", 0.5, "market", pegMarket, "legs", List.of()));
		assertThat(hedge.status()).as(hedge.body()).isEqualTo(200);
		Api.Response given = this.api.postJson("/api/v1/options/strategies", Map.of("strategy", "COVERED_CALL",
				"expiryYears", 0.25, "market", market, "legs", List.of(Map.of("kind", "UNDERLYING", "quantity", 1))));
		assertThat(given.status()).isEqualTo(400);
		assertThat(given.json().get("errors").get(0).get("field").asString()).isEqualTo("legs");
		Api.Response custom = this.api.postJson("/api/v1/options/strategies",
				Map.of("strategy", "CUSTOM", "expiryYears", 0.25, "market", market, "legs", List.of()));
		assertThat(custom.status()).isEqualTo(400);
		assertThat(custom.json().get("errors").get(0).get("field").asString()).isEqualTo("legs");
	}

	@Test
	void answersWriteTheShortestDigitsThatReadBackAndDefaultGridsStayInRange() {
		// 1048576.002 x 1e11: Java 17's Double.toString writes 1.04857600200000016E17,
		// one
		// digit more than needed; the Schubfach writer enabled for this package's answers
		// writes the shortest form, which reads back to the same double.
		Api.Response response = this.api.postJson("/api/v1/options/strategies",
				Map.of("strategy", "CUSTOM", "expiryYears", 0.5, "market", Map.of("spot", 1e11, "volatility", 0.2),
						"legs", List.of(Map.of("kind", "UNDERLYING", "quantity", 1048576.002)), "payoffGrid",
						Map.of("points", 2)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"price\":1.0485760020000002E17")
			.doesNotContain("1.04857600200000016E17");
		assertThat(Double.parseDouble("1.0485760020000002E17")).isEqualTo(1048576.002 * 1e11);
		// The default grid, spot x [0.5, 1.5], is capped at the largest price accepted.
		Api.Response atTheTop = this.api.postJson("/api/v1/options/strategies", Map.of("strategy", "COVERED_CALL",
				"expiryYears", 0.5, "market", Map.of("spot", 1e12, "volatility", 0.2)));
		assertThat(atTheTop.status()).as(atTheTop.body()).isEqualTo(200);
		JsonNode grid = atTheTop.json().get("payoffAtExpiry");
		assertThat(number(grid.get(grid.size() - 1), "priceAtExpiry")).isEqualTo(1e12);
	}

}
