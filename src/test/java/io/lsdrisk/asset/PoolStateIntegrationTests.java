package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PoolStateIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	String symbol;

	@BeforeEach
	void registerAsset() {
		this.api = new Api(this.port);
		this.symbol = Api.uniqueSymbol("wstETH");
		Api.Response created = this.api.postJson("/api/v1/lsds", asset(this.symbol));
		assertThat(created.status()).isEqualTo(201);
	}

	static Map<String, Object> asset(String symbol) {
		return Map.of("symbol", symbol, "name", "Wrapped stETH", "protocol", "Lido", "tokenModel", "NON_REBASING",
				"underlying", "ETH", "launchDate", "2021-02-19", "withdrawalsEnabledAt", "2023-04-12",
				"withdrawalWaitDays", 3, "metadata", Map.of("address", "0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0"));
	}

	static Map<String, Object> state(String observedAt, String exchangeRate) {
		return Map.of("observedAt", observedAt, "exchangeRate", new BigDecimal(exchangeRate));
	}

	String states() {
		return "/api/v1/lsds/" + this.symbol + "/states";
	}

	@Test
	void symbolsAreCaseInsensitive() {
		JsonNode lower = this.api.get("/api/v1/lsds/" + this.symbol.toLowerCase()).json();
		JsonNode upper = this.api.get("/api/v1/lsds/" + this.symbol.toUpperCase()).json();
		assertThat(lower.get("symbol").asString()).isEqualTo(this.symbol);
		assertThat(upper.get("symbol").asString()).isEqualTo(this.symbol);
		assertThat(lower.get("latestState").isNull()).isTrue();
		assertThat(lower.get("withdrawalsEnabledAt").asString()).isEqualTo("2023-04-12");
	}

	@Test
	void jsonStatesAreStoredExactlyAndReadBackInTimeOrder() {
		String body = """
				[{"observedAt": "2024-01-02T00:00:00Z", "blockNumber": 18900000, "exchangeRate": 1.151234567890123456,
				  "marketPriceEth": 1.1498, "ethUsd": 2350.12, "totalPooledEth": 9123456.5, "tokenSupply": 3456789.25,
				  "stakingApr": 0.0345, "withdrawalQueueEth": 1234.5, "validatorCount": 290000, "source": "test feed"},
				 {"observedAt": "2024-01-01T00:00:00Z", "exchangeRate": 1.15}]""";
		Api.Response ingested = this.api.post(states(), "application/json", body);
		assertThat(ingested.status()).isEqualTo(200);
		assertThat(ingested.json().get("inserted").asInt()).isEqualTo(2);
		JsonNode items = this.api.get(states()).json().get("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).get("observedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
		assertThat(items.get(0).get("source").asString()).isEqualTo("api");
		JsonNode second = items.get(1);
		assertThat(second.get("exchangeRate").decimalValue()).isEqualByComparingTo("1.151234567890123456");
		assertThat(second.get("blockNumber").asLong()).isEqualTo(18900000L);
		assertThat(second.get("validatorCount").asInt()).isEqualTo(290000);
		assertThat(second.get("stakingApr").decimalValue()).isEqualByComparingTo("0.0345");
		assertThat(second.get("source").asString()).isEqualTo("test feed");
		JsonNode latest = this.api.get("/api/v1/lsds/" + this.symbol).json().get("latestState");
		assertThat(latest.get("observedAt").asString()).isEqualTo("2024-01-02T00:00:00Z");
	}

	@Test
	void aSingleObjectIsAcceptedAsABatchOfOne() {
		Api.Response ingested = this.api.postJson(states(), state("2024-01-01T00:00:00Z", "1.1"));
		assertThat(ingested.json().get("inserted").asInt()).isEqualTo(1);
	}

	@Test
	void csvWithHeaderIsStoredLikeJson() {
		String csv = "observedAt,exchangeRate,marketPriceEth,source\r\n"
				+ "2024-02-01T00:00:00Z,1.16,1.159,\"ops export, sheet 2\"\r\n" + "2024-02-02T00:00:00Z,1.1601,,\r\n";
		Api.Response ingested = this.api.post(states(), "text/csv", csv);
		assertThat(ingested.status()).isEqualTo(200);
		assertThat(ingested.json().get("inserted").asInt()).isEqualTo(2);
		JsonNode items = this.api.get(states()).json().get("items");
		assertThat(items.get(0).get("source").asString()).isEqualTo("ops export, sheet 2");
		assertThat(items.get(1).get("marketPriceEth").isNull()).isTrue();
		assertThat(items.get(1).get("exchangeRate").decimalValue()).isEqualByComparingTo("1.1601");
	}

	@Test
	void resendingTheSameRowsChangesNothingAndSaysSo() {
		List<Object> batch = List.of(state("2024-01-01T00:00:00Z", "1.1"), state("2024-01-02T00:00:00Z", "1.10010"));
		assertThat(this.api.postJson(states(), batch).json().get("inserted").asInt()).isEqualTo(2);
		// 1.1001 equals the stored 1.10010: decimals compare by value.
		JsonNode again = this.api.postJson(states(), List.of(state("2024-01-01T00:00:00Z", "1.1"),
				state("2024-01-02T00:00:00Z", "1.1001"), state("2024-01-03T00:00:00Z", "1.1002")))
			.json();
		assertThat(again.get("received").asInt()).isEqualTo(3);
		assertThat(again.get("inserted").asInt()).isEqualTo(1);
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("updated").asInt()).isZero();
	}

	@Test
	void aDifferingRowIsAConflictUnlessUpsertAndTheBatchStoresNothing() {
		this.api.postJson(states(), List.of(state("2024-01-01T00:00:00Z", "1.1")));
		Api.Response conflict = this.api.postJson(states(),
				List.of(state("2024-01-05T00:00:00Z", "1.2"), state("2024-01-01T00:00:00Z", "1.3")));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.isProblem()).isTrue();
		JsonNode differences = conflict.json().get("conflicts").get(0).get("differences");
		assertThat(differences.get(0).get("field").asString()).isEqualTo("exchangeRate");
		assertThat(differences.get(0).get("stored").decimalValue()).isEqualByComparingTo("1.1");
		assertThat(differences.get(0).get("received").decimalValue()).isEqualByComparingTo("1.3");
		assertThat(this.api.get(states()).json().get("items")).hasSize(1);

		JsonNode upserted = this.api
			.postJson(states() + "?upsert=true",
					List.of(state("2024-01-05T00:00:00Z", "1.2"), state("2024-01-01T00:00:00Z", "1.3")))
			.json();
		assertThat(upserted.get("inserted").asInt()).isEqualTo(1);
		assertThat(upserted.get("updated").asInt()).isEqualTo(1);
		assertThat(this.api.get(states()).json().get("items").get(0).get("exchangeRate").decimalValue())
			.isEqualByComparingTo("1.3");
	}

	@Test
	void aBatchWithOneInvalidRowStoresNothingAndNamesTheRow() {
		Api.Response invalid = this.api.postJson(states(), List.of(state("2024-01-01T00:00:00Z", "1.1"),
				state("2024-01-02T00:00:00Z", "1.2"), state("2024-01-03T00:00:00Z", "0")));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("[2].exchangeRate");
		assertThat(this.api.get(states()).json().get("items")).isEmpty();
	}

	@Test
	void keysetPagesNeitherRepeatNorSkipRowsWhileRowsAreAdded() {
		Instant start = Instant.parse("2023-01-01T00:00:00Z");
		List<Object> initial = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			initial.add(state(start.plus(i, ChronoUnit.HOURS).toString(), "1.1"));
		}
		this.api.postJson(states(), initial);
		List<String> seen = new ArrayList<>();
		String cursor = null;
		int added = 0;
		do {
			JsonNode page = this.api.get(states() + "?limit=40" + ((cursor != null) ? "&cursor=" + cursor : "")).json();
			page.get("items").forEach((item) -> seen.add(item.get("observedAt").asString()));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			// Rows arrive at later times while the client pages through the series.
			this.api.postJson(states(), List.of(state(start.plus(1000 + added, ChronoUnit.HOURS).toString(), "1.2")));
			added++;
		}
		while (cursor != null);
		Set<String> distinct = new HashSet<>(seen);
		assertThat(distinct).hasSameSizeAs(seen);
		assertThat(seen).isSorted();
		// Every initial row, and every row added before the last page was read.
		assertThat(seen.size()).isGreaterThanOrEqualTo(250 + added - 1);
		for (int i = 0; i < 250; i++) {
			assertThat(distinct).contains(start.plus(i, ChronoUnit.HOURS).toString());
		}
	}

	@Test
	void fromToAndLimitSelectAWindow() {
		this.api.postJson(states(), List.of(state("2024-01-01T00:00:00Z", "1.1"), state("2024-01-02T00:00:00Z", "1.2"),
				state("2024-01-03T00:00:00Z", "1.3")));
		JsonNode page = this.api.get(states() + "?from=2024-01-02T00:00:00Z&to=2024-01-03T00:00:00Z").json();
		assertThat(page.get("items")).hasSize(1);
		assertThat(page.get("items").get(0).get("observedAt").asString()).isEqualTo("2024-01-02T00:00:00Z");
		assertThat(page.get("nextCursor").isNull()).isTrue();
	}

	@Test
	void aKnownAssetRegisteredAgainIsUnchangedAndADifferentDefinitionConflicts() {
		assertThat(this.api.postJson("/api/v1/lsds", asset(this.symbol)).status()).isEqualTo(200);
		Map<String, Object> changed = new java.util.HashMap<>(asset(this.symbol));
		changed.put("name", "Another name");
		Api.Response conflict = this.api.postJson("/api/v1/lsds", changed);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.isProblem()).isTrue();
	}

}
