package io.lsdrisk.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.collateral.LendingMarketService;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample data loads through the services, and loading it again (a restart) changes
 * nothing; a start on a later day adds only the new days.
 */
@IntegrationTest
class SampleDataLoaderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AssetService assets;

	@Autowired
	PoolStateService poolStates;

	@Autowired
	LiquidityPoolStateService liquidityStates;

	@Autowired
	LendingMarketService markets;

	@Autowired
	LsdRiskProperties properties;

	@Autowired
	JdbcClient jdbc;

	SampleDataLoader loaderOn(String day) {
		Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
		return new SampleDataLoader(this.assets, this.poolStates, this.liquidityStates, this.markets, this.properties,
				clock);
	}

	long storedRows() {
		return this.jdbc.sql("select (select count(*) from pool_state) + (select count(*) from liquidity_pool_state)")
			.query(Long.class)
			.single();
	}

	@Test
	void loadsSixAssetsIdempotentlyAndExtendsOnALaterDay() {
		loaderOn("2026-11-20").run(new DefaultApplicationArguments());
		long afterFirst = storedRows();
		loaderOn("2026-11-20").run(new DefaultApplicationArguments());
		assertThat(storedRows()).isEqualTo(afterFirst);
		loaderOn("2026-11-22").run(new DefaultApplicationArguments());
		// Two more days: one row per day for six assets' states and two pools.
		assertThat(storedRows()).isEqualTo(afterFirst + 2 * (6 + 2));

		JsonNode lsds = new Api(this.port).get("/api/v1/lsds").json();
		List<String> symbols = lsds.findValuesAsString("symbol");
		assertThat(symbols).contains("stETH", "wstETH", "rETH", "cbETH", "sfrxETH", "weETH");
		for (JsonNode lsd : lsds) {
			if (symbols.contains(lsd.get("symbol").asString())
					&& lsd.get("symbol").asString().matches("stETH|wstETH|rETH|cbETH|sfrxETH|weETH")) {
				assertThat(lsd.get("latestState").get("observedAt").asString()).isEqualTo("2026-11-22T00:00:00Z");
			}
		}
		JsonNode steth = new Api(this.port).get("/api/v1/lsds/steth").json();
		// Lido's regime starts with its own withdrawal queue (Lido V2, 2023-05-15), not
		// with Shapella (2023-04-12).
		assertThat(steth.get("withdrawalsEnabledAt").asString()).isEqualTo("2023-05-15");
		// The real June 2022 low (Chainlink round 18446744073709551920) is stored with
		// its source.
		JsonNode june = new Api(this.port)
			.get("/api/v1/lsds/stETH/states?from=2022-06-18T00:00:00Z&to=2022-06-19T00:00:00Z")
			.json()
			.get("items");
		assertThat(june.get(0).get("marketPriceEth").decimalValue()).isEqualByComparingTo("0.93501933");
		assertThat(june.get(0).get("source").asString()).contains("chainlink").doesNotStartWith("synthetic");
		assertThat(new Api(this.port).get("/api/v1/lending-markets?market=aave-v3-emode").json().size())
			.isGreaterThanOrEqualTo(5);
	}

}
