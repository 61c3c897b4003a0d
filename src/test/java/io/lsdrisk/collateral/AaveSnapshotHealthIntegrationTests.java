package io.lsdrisk.collateral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Replays every account of the real Aave v3 wstETH snapshot (db/sample/SOURCES.md)
 * through {@code POST /collateral/health} with price and threshold overrides, and checks
 * the health factor against the snapshot's own {@code healthf} column.
 *
 * <p>
 * Each account becomes: wstETH at the snapshot's oracle price (scaled down to the
 * reported collateral total where {@code amount * steth_price} exceeds it, by up to 0.02
 * %: the snapshot read balances and prices at slightly different moments), the rest of
 * the collateral as one USDC holding at 1 USD, both at the account's weighted
 * {@code threshold}; the ETH debt at {@code eth_price} and the rest of the debt as USDC.
 * Aave's HF is then {@code collateral * threshold / debt}, which the file's
 * {@code healthf} carries to about 1e-10.
 */
@IntegrationTest
class AaveSnapshotHealthIntegrationTests {

	private static final Path SNAPSHOT = Path.of("db/sample/aave_v3_wsteth_collateral_positions_snapshot_2023-06.csv");

	private static final int BATCH = 100;

	@LocalServerPort
	int port;

	@Test
	void healthFactorsMatchTheSnapshotsOwnColumn() throws IOException {
		Api api = new Api(this.port);
		List<String> lines = Files.readAllLines(SNAPSHOT);
		List<String> header = List.of(lines.get(0).split(",", -1));
		List<Map<String, Object>> positions = new ArrayList<>();
		List<Double> expected = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split(",", -1);
			double collateral = value(fields, header, "collateral");
			double debt = value(fields, header, "debt");
			double threshold = value(fields, header, "threshold") / 10_000;
			double amount = value(fields, header, "amount");
			double lsdPrice = value(fields, header, "steth_price");
			double ethPrice = value(fields, header, "eth_price");
			double ethDebt = value(fields, header, "ethdebt");
			if (debt <= 0 || collateral <= 0) {
				continue;
			}
			List<Map<String, Object>> holdings = new ArrayList<>();
			double lsdValue = Math.min(amount * lsdPrice, collateral);
			if (amount > 0) {
				holdings.add(Map.of("symbol", "wstETH", "amount", amount, "priceUsd", lsdValue / amount,
						"liquidationThreshold", threshold));
			}
			if (collateral - lsdValue > 0) {
				holdings.add(Map.of("symbol", "USDC", "amount", collateral - lsdValue, "priceUsd", 1.0,
						"liquidationThreshold", threshold));
			}
			List<Map<String, Object>> debts = new ArrayList<>();
			double ethDebtValue = Math.min(ethDebt * ethPrice, debt);
			if (ethDebtValue > 0) {
				debts.add(Map.of("asset", "ETH", "amount", ethDebtValue / ethPrice, "priceUsd", ethPrice));
			}
			if (debt - ethDebtValue > 0) {
				debts.add(Map.of("asset", "USDC", "amount", debt - ethDebtValue));
			}
			Map<String, Object> position = new LinkedHashMap<>();
			position.put("collateral", holdings);
			position.put("debt", debts);
			position.put("ethUsd", ethPrice);
			position.put("emode", value(fields, header, "emode") != 0);
			positions.add(position);
			expected.add(value(fields, header, "healthf"));
		}
		// Every one of the 502 accounts has complete inputs.
		assertThat(positions).hasSize(502);
		int checked = 0;
		for (int from = 0; from < positions.size(); from += BATCH) {
			int to = Math.min(from + BATCH, positions.size());
			Api.Response response = api.postJson("/api/v1/collateral/health",
					Map.of("positions", positions.subList(from, to)));
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			JsonNode results = response.json().get("results");
			assertThat(results).hasSize(to - from);
			for (int i = from; i < to; i++) {
				double healthFactor = results.get(i - from).get("healthFactor").doubleValue();
				assertThat(healthFactor).as("account %d", i).isCloseTo(expected.get(i), within(1e-8 * expected.get(i)));
				checked++;
			}
		}
		assertThat(checked).isEqualTo(502);
	}

	private static double value(String[] fields, List<String> header, String column) {
		return Double.parseDouble(fields[header.indexOf(column)]);
	}

}
