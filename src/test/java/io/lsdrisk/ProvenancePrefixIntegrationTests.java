package io.lsdrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another feed's prefix, configured in
 * {@code lsdrisk.provenance.synthetic-source-prefixes}, makes its rows generated
 * (case-insensitive), and the answers count them so.
 */
@IntegrationTest
@TestPropertySource(properties = "lsdrisk.provenance.synthetic-source-prefixes=synthetic, Replay-Tool")
class ProvenancePrefixIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aConfiguredPrefixMakesRowsSynthetic() {
		Api api = new Api(this.port);
		String symbol = Api.uniqueSymbol("provpfx");
		Api.Response created = api.postJson("/api/v1/lsds", Map.of("symbol", symbol, "name", symbol, "protocol",
				"Prefix " + symbol, "tokenModel", "NON_REBASING", "underlying", "ETH"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		LocalDate day0 = LocalDate.of(2026, 2, 1);
		List<Map<String, Object>> rows = new ArrayList<>();
		// days 0..9: a real feed; 10..14: a replay tool; 15: the sample generator
		for (int d = 0; d < 16; d++) {
			String source = (d < 10) ? "chainlink rETH/ETH" : (d < 15) ? "replay-tool run 7" : "synthetic:v1 x";
			rows.add(Map.of("observedAt", day0.plusDays(d) + "T12:00:00Z", "exchangeRate", 1.1 + 0.0001 * d, "source",
					source));
		}
		Api.Response stored = api.postJson("/api/v1/lsds/" + symbol + "/states", rows);
		assertThat(stored.status()).as(stored.body()).isEqualTo(200);

		List<String> provenance = new ArrayList<>();
		api.get("/api/v1/lsds/" + symbol + "/states")
			.json()
			.get("items")
			.forEach((item) -> provenance.add(item.get("provenance").asString()));
		assertThat(provenance.subList(0, 10)).containsOnly("REAL");
		assertThat(provenance.subList(10, 16)).containsOnly("SYNTHETIC");

		// the valuation's 7-day window: days 8..15, of which 10..15 generated
		JsonNode valuation = api.get("/api/v1/lsds/" + symbol + "/valuation").json().get("dataProvenance");
		assertThat(valuation.get("realDays").asInt()).isEqualTo(2);
		assertThat(valuation.get("syntheticDays").asInt()).isEqualTo(6);
		assertThat(valuation.get("syntheticFrom").asString()).isEqualTo(day0.plusDays(10).toString());
		assertThat(valuation.get("syntheticUntil").asString()).isEqualTo(day0.plusDays(15).toString());
	}

}
