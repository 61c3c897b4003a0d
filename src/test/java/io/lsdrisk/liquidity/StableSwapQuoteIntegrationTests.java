package io.lsdrisk.liquidity;

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
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /api/v1/liquidity/stableswap/quote} against hand-derived values and
 * symmetries, and every input rule.
 */
@IntegrationTest
class StableSwapQuoteIntegrationTests {

	static final String QUOTE = "/api/v1/liquidity/stableswap/quote";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	JsonNode quote(String body) {
		Api.Response response = this.api.post(QUOTE, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void balancedPoolIsPricedAtOneExactly() {
		// x = y makes the two sides of p = x (Ann y + Dr) / (y (Ann x + Dr)) identical
		JsonNode quote = quote("""
				{"amplification": 50, "fee": 0.0004, "balances": [1000, 1000], "sell": "LSD", "amount": 0}""");
		assertThat(quote.get("spotPriceBefore").asDouble()).isEqualTo(1.0);
		assertThat(quote.get("amountOut").asDouble()).isEqualTo(0.0);
		// zero trade: the execution price is the spot less the fee
		assertThat(quote.get("executionPrice").asDouble()).isCloseTo(0.9996, within(1e-15));
		assertThat(quote.get("depth")).hasSize(4);
		assertThat(quote.get("depth").get(0).get("price").asDouble()).isEqualTo(0.99);
		assertThat(quote.get("conventions").get("amplification").asString()).contains("Ann = 2 A");
	}

	@Test
	void highAmplificationTendsToAConstantSumLessTheFee() {
		// A -> infinity: the invariant tends to x + y = D, so 1,000 LSD buy 1,000 ETH
		// before
		// the fee and 1,000 * (1 - 0.0004) = 999.6 after it; the curvature left at A =
		// 1e6
		// in a pool of 2e6 moves it by far less than 1e-3
		JsonNode quote = quote("""
				{"amplification": 1000000, "fee": 0.0004, "balances": [1000000, 1000000], "sell": "LSD",
				 "amount": 1000}""");
		assertThat(quote.get("amountOut").asDouble()).isCloseTo(999.6, within(1e-3));
		assertThat(quote.get("executionCostBps").asDouble()).isCloseTo(4.0, within(0.01));
		assertThat(quote.get("priceImpactBps").asDouble()).isNegative().isGreaterThan(-0.01);
	}

	@Test
	void sellingEthIsSellingLsdIntoTheMirroredPool() {
		// the invariant is symmetric in x and y: selling ETH into [x, y] pays what
		// selling
		// LSD into [y, x] pays, and the LSD price is the reciprocal
		JsonNode eth = quote("""
				{"amplification": 30, "fee": 0.0001, "balances": [40000, 60000], "sell": "ETH", "amount": 5000}""");
		JsonNode lsd = quote("""
				{"amplification": 30, "fee": 0.0001, "balances": [60000, 40000], "sell": "LSD", "amount": 5000}""");
		assertThat(eth.get("amountOut").asDouble()).isCloseTo(lsd.get("amountOut").asDouble(), within(1e-9));
		assertThat(eth.get("spotPriceBefore").asDouble() * lsd.get("spotPriceBefore").asDouble()).isCloseTo(1.0,
				within(1e-12));
		assertThat(eth.get("priceImpactBps").asDouble()).isPositive();
		assertThat(lsd.get("priceImpactBps").asDouble()).isNegative();
		// more LSD than ETH in the pool: LSD trades below 1
		assertThat(eth.get("spotPriceBefore").asDouble()).isLessThan(1.0);
	}

	@Test
	void depthLevelsAreSalesThatReachTheirPrices() {
		JsonNode quote = quote("""
				{"amplification": 50, "fee": 0.0004, "balances": [30000, 34000], "sell": "LSD", "amount": 100,
				 "depthPrices": [0.995, 0.97]}""");
		double before = quote.get("spotPriceBefore").asDouble();
		assertThat(before).isBetween(0.97, 1.0);
		for (JsonNode level : quote.get("depth")) {
			double sale = level.get("sellAmount").asDouble();
			JsonNode after = quote("""
					{"amplification": 50, "fee": 0.0004, "balances": [30000, 34000], "sell": "LSD", "amount": %s}"""
				.formatted(sale));
			assertThat(after.get("spotPriceAfter").asDouble()).isCloseTo(level.get("price").asDouble(), within(1e-9));
		}
		// monotone: a lower price needs a larger sale
		assertThat(quote.get("depth").get(1).get("sellAmount").asDouble())
			.isGreaterThan(quote.get("depth").get(0).get("sellAmount").asDouble());
		// balances after: LSD grows by the amount, ETH falls by the output plus half the
		// fee
		double out = quote.get("amountOut").asDouble();
		double fee = out / (1 - 0.0004) * 0.0004;
		assertThat(quote.get("balancesAfter").get(1).asDouble()).isEqualTo(34100.0);
		assertThat(quote.get("balancesAfter").get(0).asDouble()).isCloseTo(30000 - out - fee / 2, within(1e-6));
	}

	static Stream<Arguments> invalidQuotes() {
		String ok = "\"amplification\": 50, \"fee\": 0.0004, \"sell\": \"LSD\", \"amount\": 1";
		return Stream.of(Arguments.of("{" + ok + ", \"balances\": [1000, 0]}", "balances[1]"),
				Arguments.of("{" + ok + ", \"balances\": [-5, 1000]}", "balances[0]"),
				Arguments.of("{" + ok + ", \"balances\": [1000, 1000, 1000]}", "balances"),
				Arguments.of("{" + ok + ", \"balances\": [1000]}", "balances"),
				Arguments.of("{" + ok + "}", "balances"),
				Arguments.of("{" + ok + ", \"balances\": [1e-110, 1e15]}", "balances"),
				Arguments.of("{" + ok + ", \"balances\": [1000, \"NaN\"]}", "balances[1]"),
				Arguments.of("{\"amplification\": 50, \"fee\": 1, \"sell\": \"LSD\", \"amount\": 1,"
						+ " \"balances\": [1, 1]}", "fee"),
				Arguments.of("{\"amplification\": 50, \"fee\": -0.1, \"sell\": \"LSD\", \"amount\": 1,"
						+ " \"balances\": [1, 1]}", "fee"),
				Arguments.of("{\"amplification\": 0.5, \"fee\": 0, \"sell\": \"LSD\", \"amount\": 1,"
						+ " \"balances\": [1, 1]}", "amplification"),
				Arguments.of("{\"fee\": 0, \"sell\": \"LSD\", \"amount\": 1, \"balances\": [1, 1]}", "amplification"),
				Arguments.of("{\"amplification\": 50, \"fee\": 0, \"sell\": \"BTC\", \"amount\": 1,"
						+ " \"balances\": [1, 1]}", "sell"),
				Arguments.of("{\"amplification\": 50, \"fee\": 0, \"sell\": \"LSD\", \"amount\": -1,"
						+ " \"balances\": [1, 1]}", "amount"),
				Arguments.of("{\"amplification\": 50, \"fee\": 0, \"sell\": \"LSD\", \"balances\": [1, 1]}", "amount"),
				Arguments.of("{\"amplification\": 50, \"fee\": 0, \"sell\": \"LSD\", \"amount\": 1e300,"
						+ " \"balances\": [1, 1]}", "amount"),
				Arguments.of("{\"amplification\": 50, \"fee\": 0, \"sell\": \"LSD\", \"amount\": \"Infinity\","
						+ " \"balances\": [1, 1]}", "amount"),
				Arguments.of("{\"amplification\": 50, \"fee\": 0, \"sell\": \"LSD\", \"amount\": 1,"
						+ " \"balances\": [1, 1], \"depthPrices\": [0.99, 0]}", "depthPrices[1]"));
	}

	@ParameterizedTest
	@MethodSource("invalidQuotes")
	void badInputIsA400NamingTheField(String body, String field) {
		Api.Response response = this.api.post(QUOTE, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
	}

}
