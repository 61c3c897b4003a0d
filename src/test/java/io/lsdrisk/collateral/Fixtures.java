package io.lsdrisk.collateral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers assets, states, pools and markets of its own for an integration test. */
final class Fixtures {

	private final Api api;

	Fixtures(Api api) {
		this.api = api;
	}

	String asset(String prefix, String tokenModel) {
		String symbol = Api.uniqueSymbol(prefix);
		Api.Response created = this.api.postJson("/api/v1/lsds",
				Map.of("symbol", symbol, "name", "Test " + prefix, "protocol", "Test", "tokenModel", tokenModel,
						"underlying", "ETH", "launchDate", "2021-01-01", "withdrawalsEnabledAt", "2023-04-12",
						"withdrawalWaitDays", 3, "metadata", Map.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return symbol;
	}

	void states(String symbol, List<Map<String, Object>> states) {
		Api.Response response = this.api.postJson("/api/v1/lsds/" + symbol + "/states", states);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	static Map<String, Object> state(String observedAt, double exchangeRate, Double marketPriceEth, Double ethUsd,
			Double stakingApr) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("observedAt", observedAt);
		state.put("exchangeRate", exchangeRate);
		if (marketPriceEth != null) {
			state.put("marketPriceEth", marketPriceEth);
		}
		if (ethUsd != null) {
			state.put("ethUsd", ethUsd);
		}
		if (stakingApr != null) {
			state.put("stakingApr", stakingApr);
		}
		return state;
	}

	void pool(String symbol, String venue, String observedAt, double balanceEth, double balanceLsd,
			double amplification, double fee) {
		Api.Response response = this.api.postJson("/api/v1/lsds/" + symbol + "/pools/" + venue + "/states",
				List.of(Map.of("observedAt", observedAt, "balanceEth", balanceEth, "balanceLsd", balanceLsd,
						"amplification", amplification, "fee", fee)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	void market(String market, String symbol, double ltv, double threshold, double bonus, boolean emode,
			String oracleMode, Double supplyCap) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ltv", ltv);
		body.put("liquidationThreshold", threshold);
		body.put("liquidationBonus", bonus);
		body.put("emode", emode);
		body.put("oracleMode", oracleMode);
		if (supplyCap != null) {
			body.put("supplyCap", supplyCap);
		}
		Api.Response response = this.api.put("/api/v1/lending-markets/" + market + "/" + symbol, "application/json",
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body));
		assertThat(response.status()).as(response.body()).isIn(200, 201);
	}

	/** Asserts a 4xx problem naming the field. */
	static void assertProblem(Api.Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").toString()).as(response.body()).contains("\"" + field + "\"");
	}

}
