package io.lsdrisk.options;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.compute.options.BlackScholesMerton;
import io.lsdrisk.compute.options.JumpValuation;
import io.lsdrisk.compute.options.MertonJumpDiffusion;
import io.lsdrisk.compute.options.OptionType;
import io.lsdrisk.compute.options.OptionValuation;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Options on stored LSDs and strategies on stored markets, over hand-made histories whose
 * realised volatility and carry are computed by hand in each test. The pricing formulas
 * themselves are checked against Haug in {@link OptionsIntegrationTests} and the compute
 * tests; here the compute library is called with the hand-derived inputs.
 */
@IntegrationTest
class LsdOptionsIntegrationTests {

	static final Instant DAY0 = Instant.parse("2024-03-01T00:00:00Z");

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	String register(String prefix, String protocol, String tokenModel) {
		String symbol = Api.uniqueSymbol(prefix);
		Api.Response created = this.api.postJson("/api/v1/lsds", Map.of("symbol", symbol, "name", symbol, "protocol",
				protocol, "tokenModel", tokenModel, "underlying", "ETH"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return symbol;
	}

	void store(String symbol, List<Map<String, Object>> states) {
		Api.Response stored = this.api.postJson("/api/v1/lsds/" + symbol + "/states", states);
		assertThat(stored.status()).as(stored.body()).isEqualTo(200);
	}

	static Map<String, Object> state(Instant at, String exchangeRate, String marketPriceEth) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("observedAt", at.toString());
		state.put("exchangeRate", new BigDecimal(exchangeRate));
		if (marketPriceEth != null) {
			state.put("marketPriceEth", new BigDecimal(marketPriceEth));
		}
		state.put("source", "hand-made");
		return state;
	}

	/**
	 * 21 daily closes alternating 1.00 and 1.01 (day 0 to day 20), plus an earlier
	 * observation on day 5 that the day's close replaces.
	 */
	List<Map<String, Object>> alternatingHistory(String exchangeRate) {
		List<Map<String, Object>> states = new ArrayList<>();
		for (int day = 0; day <= 20; day++) {
			Instant close = DAY0.plus(day, ChronoUnit.DAYS).plus(18, ChronoUnit.HOURS);
			states.add(state(close, exchangeRate, (day % 2 == 0) ? "1.00" : "1.01"));
		}
		states.add(state(DAY0.plus(5, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS), exchangeRate, "1.5"));
		return states;
	}

	/**
	 * Returns alternate +a and -a, a = ln 1.01, 20 of them: mean 0, sample variance 20
	 * a^2 / 19, annualised volatility a sqrt(20/19) sqrt(365).
	 */
	static double alternatingVolatility() {
		return Math.log(1.01) * Math.sqrt(20.0 / 19.0) * Math.sqrt(365.0);
	}

	@Test
	void anOptionOnANonRebasingTokenTakesEveryInputFromTheStore() {
		String symbol = register("nrb", Api.uniqueSymbol("Proto"), "NON_REBASING");
		store(symbol, alternatingHistory("1.1"));
		JsonNode answer = this.api.get("/api/v1/lsds/" + symbol.toUpperCase() + "/options?type=CALL&model=BSM").json();
		assertThat(answer.get("symbol").asString()).isEqualTo(symbol);
		JsonNode spot = answer.get("spot");
		// Day 20 is even: its close is 1.00.
		assertThat(spot.get("value").asDouble()).isEqualTo(1.00);
		assertThat(spot.get("field").asString()).isEqualTo("marketPriceEth");
		assertThat(spot.get("observedAt").asString()).isEqualTo("2024-03-21T18:00:00Z");
		assertThat(spot.get("source").asString()).isEqualTo("hand-made");
		JsonNode volatility = answer.get("volatility");
		assertThat(volatility.get("method").asString()).isEqualTo("REALISED");
		assertThat(volatility.get("windowDays").asInt()).isEqualTo(90);
		assertThat(volatility.get("dailyCloses").asInt()).isEqualTo(21);
		assertThat(volatility.get("returns").asInt()).isEqualTo(20);
		assertThat(volatility.get("from").asString()).isEqualTo("2024-03-01T18:00:00Z");
		assertThat(volatility.get("value").asDouble()).isCloseTo(alternatingVolatility(), within(1e-12));
		assertThat(answer.get("carryYield").get("value").asDouble()).isZero();
		assertThat(answer.get("carryYield").get("method").asString()).isEqualTo("NON_REBASING_ZERO");
		assertThat(answer.get("riskFreeRate").get("value").asDouble()).isEqualTo(0.04);
		assertThat(answer.get("strike").asDouble()).isEqualTo(1.00);
		assertThat(answer.get("strikeSource").asString()).isEqualTo("AT_THE_MONEY");
		assertThat(answer.get("expiryDays").asDouble()).isEqualTo(30);
		assertThat(answer.get("jumps").isNull()).isTrue();
		OptionValuation expected = BlackScholesMerton.value(OptionType.CALL, 1.0, 1.0, 30 / 365.0,
				alternatingVolatility(), 0.04, 0.0);
		assertThat(answer.get("valuation").get("price").asDouble()).isCloseTo(expected.price(), within(1e-12));
		assertThat(answer.get("valuation").get("delta").asDouble()).isCloseTo(expected.delta(), within(1e-12));
	}

	@Test
	void theDefaultModelAddsTheConfiguredDepegJumps() {
		String symbol = register("jmp", Api.uniqueSymbol("Proto"), "NON_REBASING");
		store(symbol, alternatingHistory("1.1"));
		JsonNode answer = this.api.get("/api/v1/lsds/" + symbol + "/options?type=PUT&strike=0.97&expiryDays=73").json();
		assertThat(answer.get("model").asString()).isEqualTo("MERTON_JUMP");
		JsonNode jumps = answer.get("jumps");
		// Documented defaults: lsdrisk.options.jumps intensity 0.2, mean -0.05,
		// volatility
		// 0.03.
		assertThat(jumps.get("jumpIntensity").asDouble()).isEqualTo(0.2);
		assertThat(jumps.get("jumpMean").asDouble()).isEqualTo(-0.05);
		assertThat(jumps.get("jumpVolatility").asDouble()).isEqualTo(0.03);
		assertThat(jumps.get("source").asString()).contains("lsdrisk.options.jumps");
		assertThat(answer.get("strikeSource").asString()).isEqualTo("REQUEST");
		JumpValuation expected = MertonJumpDiffusion.value(OptionType.PUT, 1.0, 0.97, 0.2, alternatingVolatility(),
				0.04, 0.0, 0.2, -0.05, 0.03, 1e-12);
		JsonNode valuation = answer.get("valuation");
		assertThat(valuation.get("price").asDouble()).isCloseTo(expected.price(), within(1e-12));
		assertThat(valuation.get("jumpIntensitySensitivity").asDouble()).isCloseTo(expected.jumpIntensitySensitivity(),
				within(1e-12));
		assertThat(valuation.get("seriesTerms").asInt()).isEqualTo(expected.seriesTerms());
	}

	@Test
	void aRebasingTokenCarriesTheStakingYieldOfItsProtocolsWrappedToken() {
		String protocol = Api.uniqueSymbol("Proto");
		String rebasing = register("reb", protocol, "REBASING");
		String wrapped = register("wrp", protocol, "NON_REBASING");
		Instant end = DAY0.plus(20, ChronoUnit.DAYS).plus(18, ChronoUnit.HOURS);
		// The wrapped token's rate grows from 1.1000 to 1.1025 in the 30 days before the
		// rebasing token's latest state: q = ln(1.1025 / 1.1) * 365 / 30.
		store(wrapped,
				List.of(state(end.minus(40, ChronoUnit.DAYS), "1.0990", null),
						state(end.minus(30, ChronoUnit.DAYS), "1.1000", null), state(end, "1.1025", null),
						state(end.plus(5, ChronoUnit.DAYS), "1.2", null)));
		store(rebasing, alternatingHistory("1"));
		JsonNode answer = this.api
			.get("/api/v1/lsds/" + rebasing + "/options?type=CALL&model=BSM&volatility=0.5&riskFreeRate=0.03")
			.json();
		JsonNode carry = answer.get("carryYield");
		double q = Math.log(1.1025 / 1.1) * 365 / 30;
		assertThat(carry.get("method").asString()).isEqualTo("REFERENCE_RATE_GROWTH");
		assertThat(carry.get("referenceSymbol").asString()).isEqualTo(wrapped);
		assertThat(carry.get("from").asString()).isEqualTo(end.minus(30, ChronoUnit.DAYS).toString());
		assertThat(carry.get("to").asString()).isEqualTo(end.toString());
		assertThat(carry.get("value").asDouble()).isCloseTo(q, within(1e-12));
		assertThat(answer.get("volatility").get("method").asString()).isEqualTo("REQUEST");
		assertThat(answer.get("riskFreeRate").get("source").asString()).isEqualTo("REQUEST");
		OptionValuation expected = BlackScholesMerton.value(OptionType.CALL, 1.0, 1.0, 30 / 365.0, 0.5, 0.03, q);
		assertThat(answer.get("valuation").get("price").asDouble()).isCloseTo(expected.price(), within(1e-12));
	}

	@Test
	void withoutAWrappedTokenARebasingTokenFallsBackToTheStoredApr() {
		String rebasing = register("apr", Api.uniqueSymbol("Proto"), "REBASING");
		List<Map<String, Object>> history = alternatingHistory("1");
		history.get(20).put("stakingApr", new BigDecimal("0.0365"));
		store(rebasing, history);
		JsonNode carry = this.api.get("/api/v1/lsds/" + rebasing + "/options?type=PUT").json().get("carryYield");
		assertThat(carry.get("method").asString()).isEqualTo("STAKING_APR");
		// Daily compounding of 3.65 % a year: 365 ln(1 + 0.0001).
		assertThat(carry.get("value").asDouble()).isCloseTo(365 * Math.log1p(0.0001), within(1e-15));
	}

	@Test
	void aDepegHedgeOnAStoredLsdIsAPutOnThePegRatio() {
		String symbol = register("peg", Api.uniqueSymbol("Proto"), "NON_REBASING");
		// Exchange rate 1.1 throughout, market price 1.1 x peg: the peg ratio alternates
		// 1.00 and 1.01 like the prices of the other tests, so its realised volatility
		// is the same.
		List<Map<String, Object>> states = new ArrayList<>();
		for (int day = 0; day <= 20; day++) {
			states.add(state(DAY0.plus(day, ChronoUnit.DAYS), "1.1", (day % 2 == 0) ? "1.1" : "1.111"));
		}
		store(symbol, states);
		Api.Response response = this.api.postJson("/api/v1/options/strategies",
				Map.of("strategy", "DEPEG_HEDGE", "symbol", symbol, "model", "BSM", "expiryYears", 0.25, "units", 10,
						"payoffGrid", Map.of("lowestPrice", 0.9, "highestPrice", 1.1, "points", 21)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode hedge = response.json();
		assertThat(hedge.get("underlying").asString()).isEqualTo("PEG_RATIO");
		assertThat(hedge.get("market").get("spot").asDouble()).isCloseTo(1.0, within(1e-15));
		assertThat(hedge.get("market").get("carryYield").asDouble()).isZero();
		assertThat(hedge.get("market").get("volatility").asDouble()).isCloseTo(alternatingVolatility(), within(1e-9));
		assertThat(hedge.get("sources").get("carryYield").get("method").asString()).isEqualTo("PEG_RATIO_ZERO");
		assertThat(hedge.get("sources").get("spot").get("field").asString()).isEqualTo("marketPriceEth / exchangeRate");
		JsonNode legs = hedge.get("legs");
		assertThat(legs.get(1).get("type").asString()).isEqualTo("PUT");
		assertThat(legs.get(1).get("strike").asDouble()).isEqualTo(0.98);
		// Value: 10 units of the peg plus 10 puts struck at 0.98.
		double volatility = hedge.get("market").get("volatility").asDouble();
		double put = BlackScholesMerton.price(OptionType.PUT, 1.0, 0.98, 0.25, volatility, 0.04, 0.0);
		assertThat(hedge.get("greeks").get("price").asDouble()).isCloseTo(10 * (1.0 + put), within(1e-9));
		// At expiry the holding is floored at the insured peg: 10 max(p, 0.98).
		for (JsonNode point : hedge.get("payoffAtExpiry")) {
			double peg = point.get("priceAtExpiry").asDouble();
			assertThat(point.get("payoff").asDouble()).isCloseTo(10 * Math.max(peg, 0.98), within(1e-9));
		}
	}

	@Test
	void tooLittleHistoryAsksForAVolatility() {
		String symbol = register("thin", Api.uniqueSymbol("Proto"), "NON_REBASING");
		store(symbol, List.of(state(DAY0, "1.1", "1.1"), state(DAY0.plus(1, ChronoUnit.DAYS), "1.1", "1.1")));
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/options?type=CALL");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("volatility");
		Api.Response given = this.api.get("/api/v1/lsds/" + symbol + "/options?type=CALL&volatility=0.2");
		assertThat(given.status()).as(given.body()).isEqualTo(200);
	}

}
