package io.lsdrisk.liquidity;

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
 * {@code GET /api/v1/lsds/{symbol}/liquidity} on hand-made pool states: rebasing pools as
 * stored, rate-scaled pools of non-rebasing tokens scaled by the rate stored at or before
 * each state.
 */
@IntegrationTest
class VenueLiquidityIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	String register(String prefix, String tokenModel) {
		String symbol = Api.uniqueSymbol(prefix);
		Api.Response created = this.api.postJson("/api/v1/lsds", Map.of("symbol", symbol, "name", symbol, "protocol",
				"Test", "tokenModel", tokenModel, "underlying", "ETH"));
		assertThat(created.status()).isEqualTo(201);
		return symbol;
	}

	void ingest(String path, String body) {
		Api.Response response = this.api.post(path, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	JsonNode liquidity(String symbol, String query) {
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/liquidity" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void rebasingPoolIsPricedAsStored() {
		String symbol = register("rebLiq", "REBASING");
		ingest("/api/v1/lsds/" + symbol + "/pools/curve-test/states", """
				[{"observedAt": "2024-01-01T00:00:00Z", "balanceEth": 1000, "balanceLsd": 1000, "amplification": 50,
				  "fee": 0.0004, "source": "hand-made"}]""");
		JsonNode body = liquidity(symbol.toUpperCase(), "");
		assertThat(body.get("tokenModel").asString()).isEqualTo("REBASING");
		JsonNode latest = body.get("venues").get(0).get("latest");
		assertThat(body.get("venues").get(0).get("venue").asString()).isEqualTo("curve-test");
		assertThat(body.get("venues").get(0).get("history").isNull()).isTrue();
		assertThat(latest.get("observedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
		assertThat(latest.get("source").asString()).isEqualTo("hand-made");
		assertThat(latest.get("exchangeRate").asDouble()).isEqualTo(1.0);
		assertThat(latest.get("spotPriceEth").asDouble()).isEqualTo(1.0);
		assertThat(latest.get("spotPegRatio").asDouble()).isEqualTo(1.0);
		assertThat(latest.get("depth")).hasSize(4);
		assertThat(latest.get("depth").get(3).get("pegRatio").asDouble()).isEqualTo(0.90);
		assertThat(latest.get("standardSale").get("amountTokens").asDouble()).isEqualTo(1000.0);
		// selling as much LSD as the pool holds of each coin moves the price far below 1
		assertThat(latest.get("standardSale").get("spotPriceAfterEth").asDouble()).isLessThan(0.99);
		assertThat(latest.get("reason").isNull()).isTrue();
	}

	@Test
	void rateScaledPoolIsPricedOnBalancesTimesTheRateStoredBefore() {
		String symbol = register("rsLiq", "NON_REBASING");
		String states = "/api/v1/lsds/" + symbol + "/states";
		String pools = "/api/v1/lsds/" + symbol + "/pools/curve-scaled/states";
		ingest(states, """
				[{"observedAt": "2024-01-01T00:00:00Z", "exchangeRate": 1.25},
				 {"observedAt": "2024-01-03T00:00:00Z", "exchangeRate": 1.5}]""");
		// 1,250 ETH against 1,000 tokens worth 1.25 ETH each: balanced in ETH value
		ingest(pools, """
				[{"observedAt": "2023-12-31T00:00:00Z", "balanceEth": 1250, "balanceLsd": 1000, "amplification": 50,
				  "fee": 0.0004},
				 {"observedAt": "2024-01-02T00:00:00Z", "balanceEth": 1250, "balanceLsd": 1000, "amplification": 50,
				  "fee": 0.0004}]""");
		JsonNode body = liquidity(symbol, "?from=2023-12-01T00:00:00Z&to=2024-01-02T12:00:00Z");
		JsonNode venue = body.get("venues").get(0);
		// the latest pool state (Jan 2) uses the rate of Jan 1, not the later one of Jan
		// 3
		JsonNode latest = venue.get("latest");
		assertThat(latest.get("exchangeRate").asDouble()).isEqualTo(1.25);
		assertThat(latest.get("exchangeRateObservedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
		assertThat(latest.get("spotPegRatio").asDouble()).isEqualTo(1.0);
		assertThat(latest.get("spotPriceEth").asDouble()).isEqualTo(1.25);
		// depth in ETH value equals that of the balanced 1,250 / 1,250 pool; in tokens it
		// is
		// that divided by the rate
		JsonNode balanced = this.api.post(StableSwapQuoteIntegrationTests.QUOTE, "application/json", """
				{"amplification": 50, "fee": 0.0004, "balances": [1250, 1250], "sell": "LSD", "amount": 0}""").json();
		for (int i = 0; i < 4; i++) {
			JsonNode level = latest.get("depth").get(i);
			double value = balanced.get("depth").get(i).get("sellAmount").asDouble();
			assertThat(level.get("priceEth").asDouble()).isCloseTo(1.25 * level.get("pegRatio").asDouble(),
					within(1e-15));
			assertThat(level.get("sellValueEth").asDouble()).isCloseTo(value, within(1e-9 * value));
			assertThat(level.get("sellAmountTokens").asDouble()).isCloseTo(value / 1.25, within(1e-9 * value));
		}
		// history: both states in the window, the first has no rate at or before it
		JsonNode history = venue.get("history");
		assertThat(history.get("statesInWindow").asInt()).isEqualTo(2);
		assertThat(history.get("points").asInt()).isEqualTo(2);
		assertThat(history.get("stride").asInt()).isEqualTo(1);
		assertThat(history.get("maxPoints").asInt()).isEqualTo(500);
		JsonNode first = history.get("items").get(0);
		assertThat(first.get("observedAt").asString()).isEqualTo("2023-12-31T00:00:00Z");
		assertThat(first.get("spotPriceEth").isNull()).isTrue();
		assertThat(first.get("reason").asString()).contains("no exchange rate");
		assertThat(history.get("items").get(1).get("spotPegRatio").asDouble()).isEqualTo(1.0);
		assertThat(history.get("items").get(1).get("standardSale").isNull()).isTrue();
		assertThat(body.get("priceConvention").asString()).contains("rate-scaled");
	}

	@Test
	void anAssetWithoutPoolsHasNoVenues() {
		String symbol = register("noLiq", "NON_REBASING");
		assertThat(liquidity(symbol, "").get("venues")).isEmpty();
	}

	@Test
	void unknownSymbolIs404AndAnInvertedWindowIs400() {
		Api.Response missing = this.api.get("/api/v1/lsds/nosuchLiq/liquidity");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("symbol");
		String symbol = register("winLiq", "REBASING");
		Api.Response inverted = this.api
			.get("/api/v1/lsds/" + symbol + "/liquidity?from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z");
		assertThat(inverted.status()).isEqualTo(400);
		assertThat(inverted.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
		Api.Response unreadable = this.api.get("/api/v1/lsds/" + symbol + "/liquidity?from=yesterday");
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
	}

}
