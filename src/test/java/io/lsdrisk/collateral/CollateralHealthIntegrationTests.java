package io.lsdrisk.collateral;

import java.util.ArrayList;
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
class CollateralHealthIntegrationTests {

	private static final String HEALTH = "/api/v1/collateral/health";

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	String symbol;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new Fixtures(this.api);
		// Latest state: rate 1.15 ETH, market 1.14 ETH, ETH 2000 USD; market LTV 0.75, LT
		// 0.80, MARKET oracle.
		this.symbol = this.fixtures.asset("hlth", "NON_REBASING");
		this.fixtures.states(this.symbol, List.of(Fixtures.state("2024-01-01T00:00:00Z", 1.149, 1.139, 1990.0, null),
				Fixtures.state("2024-01-02T00:00:00Z", 1.15, 1.14, 2000.0, null)));
		this.fixtures.market("aave-v3", this.symbol, 0.75, 0.80, 0.05, false, "MARKET", null);
	}

	JsonNode healthOf(Map<String, Object> position) {
		Api.Response response = this.api.postJson(HEALTH, Map.of("positions", List.of(position)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("results").get(0);
	}

	@Test
	void lsdAgainstEthFromStoredPricesAndMarket() {
		JsonNode result = healthOf(Map.of("market", "aave-v3", "collateral",
				List.of(Map.of("symbol", this.symbol.toUpperCase(), "amount", 10)), "debt",
				List.of(Map.of("asset", "WETH", "amount", 8))));
		// price = marketPriceEth x ethUsd = 1.14 x 2000 = 2280 USD; collateral 22,800
		// USD,
		// weighted at LT 0.80: 18,240; debt 8 x 2000 = 16,000; HF = 18,240 / 16,000 =
		// 1.14.
		assertThat(result.get("healthFactor").doubleValue()).isCloseTo(1.14, within(1e-12));
		assertThat(result.get("collateralValueUsd").doubleValue()).isCloseTo(22_800, within(1e-8));
		// borrowing power: 22,800 x 0.75 - 16,000 = 1,100 USD.
		assertThat(result.get("borrowingPowerLeftUsd").doubleValue()).isCloseTo(1_100, within(1e-8));
		// DOMAIN.md: peg_liq = debtEth / (amount R LT) = 8 / (10 x 1.15 x 0.80) =
		// 0.8695652...
		assertThat(result.get("liquidationPegRatio").doubleValue()).isCloseTo(8 / 9.2, within(1e-12));
		// buffer 1 - 1/1.14.
		assertThat(result.get("buffer").doubleValue()).isCloseTo(1 - 1 / 1.14, within(1e-12));
		assertThat(result.get("alertTier").asString()).isEqualTo("WARNING");
		// All assets move with ETH: no ETH price liquidates the position.
		assertThat(result.get("liquidationEthUsd").isNull()).isTrue();
		assertThat(result.get("liquidationEthUsdReason").asString()).isNotBlank();
		// A 10 % depeg scales the LSD's weighted value: 1.14 x 0.9 = 1.026; 20 %: 0.912.
		JsonNode shocks = result.get("depegShocks");
		assertThat(shocks).hasSize(5);
		assertThat(shocks.get(3).get("depegFraction").doubleValue()).isEqualTo(0.10);
		assertThat(shocks.get(3).get("healthFactor").doubleValue()).isCloseTo(1.026, within(1e-12));
		assertThat(shocks.get(4).get("healthFactor").doubleValue()).isCloseTo(0.912, within(1e-12));
		assertThat(result.get("oracleMode").asString()).isEqualTo("MARKET");
		JsonNode inputs = result.get("inputs");
		assertThat(inputs.get("ethUsd").doubleValue()).isEqualTo(2000.0);
		assertThat(inputs.get("ethUsdSource").asString()).isEqualTo("STATE");
		JsonNode collateral = inputs.get("collateral").get(0);
		assertThat(collateral.get("priceUsd").doubleValue()).isCloseTo(2280, within(1e-9));
		assertThat(collateral.get("priceSource").asString()).isEqualTo("STATE");
		assertThat(collateral.get("liquidationThresholdSource").asString()).isEqualTo("MARKET");
		assertThat(collateral.get("ltv").doubleValue()).isEqualTo(0.75);
		assertThat(inputs.get("debt").get(0).get("priceSource").asString()).isEqualTo("ETH_USD");
	}

	@Test
	void usdDebtHasALiquidationEthPriceAndExchangeRateOracleIgnoresDepegs() {
		Map<String, Object> position = Map.of("market", "aave-v3", "collateral",
				List.of(Map.of("symbol", this.symbol, "amount", 10)), "debt",
				List.of(Map.of("asset", "USDC", "amount", 10_000)));
		JsonNode market = healthOf(position);
		// HF = 18,240 / 10,000 = 1.824; HF = 1 when ETH falls to 2000 x 10,000 / 18,240.
		assertThat(market.get("healthFactor").doubleValue()).isCloseTo(1.824, within(1e-12));
		assertThat(market.get("liquidationEthUsd").doubleValue()).isCloseTo(2000 * 10_000 / 18_240.0, within(1e-9));
		assertThat(market.get("alertTier").asString()).isEqualTo("SAFE");
		assertThat(market.get("inputs").get("debt").get(0).get("priceSource").asString()).isEqualTo("STABLECOIN");

		Map<String, Object> exchangeRate = new java.util.HashMap<>(position);
		exchangeRate.put("oracleMode", "EXCHANGE_RATE");
		JsonNode capo = healthOf(exchangeRate);
		// The oracle reads exchangeRate x ethUsd = 1.15 x 2000 = 2300: HF = 2300 x 10 x
		// 0.8
		// / 10,000 = 1.84, unchanged by every depeg.
		assertThat(capo.get("healthFactor").doubleValue()).isCloseTo(1.84, within(1e-12));
		for (JsonNode shock : capo.get("depegShocks")) {
			assertThat(shock.get("healthFactor").doubleValue()).isCloseTo(1.84, within(1e-12));
		}
		assertThat(capo.get("liquidationPegRatio").isNull()).isTrue();
		assertThat(capo.get("liquidationPegReason").asString()).contains("exchange rate");
		assertThat(capo.get("inputs").get("oracleModeSource").asString()).isEqualTo("REQUEST");
	}

	@Test
	void overridesReplaceStoredPricesAndParameters() {
		JsonNode result = healthOf(Map.of("ethUsd", 1500, "collateral",
				List.of(Map.of("symbol", this.symbol, "amount", 2, "priceUsd", 1700, "liquidationThreshold", 0.9),
						Map.of("symbol", "FOO", "amount", 100, "priceUsd", 3, "liquidationThreshold", 0.5)),
				"debt",
				List.of(Map.of("asset", "ETH", "amount", 1), Map.of("asset", "BAR", "amount", 100, "priceUsd", 2))));
		// weighted 2 x 1700 x 0.9 + 100 x 3 x 0.5 = 3060 + 150 = 3210; debt 1500 + 200 =
		// 1700; HF = 3210 / 1700.
		assertThat(result.get("healthFactor").doubleValue()).isCloseTo(3210 / 1700.0, within(1e-12));
		JsonNode collateral = result.get("inputs").get("collateral");
		assertThat(collateral.get(0).get("priceSource").asString()).isEqualTo("REQUEST");
		assertThat(collateral.get(0).get("ltvSource").asString()).isEqualTo("DEFAULT");
		assertThat(collateral.get(1).get("kind").asString()).isEqualTo("OTHER");
		assertThat(result.get("inputs").get("ethUsdSource").asString()).isEqualTo("REQUEST");
		// No market: a MARKET oracle by default, documented.
		assertThat(result.get("inputs").get("oracleModeSource").asString()).isEqualTo("DEFAULT");
	}

	@Test
	void limitCasesAreNullWithAReason() {
		JsonNode noDebt = healthOf(Map.of("market", "aave-v3", "collateral",
				List.of(Map.of("symbol", this.symbol, "amount", 1)), "debt", List.of()));
		assertThat(noDebt.get("healthFactor").isNull()).isTrue();
		assertThat(noDebt.get("healthFactorReason").asString()).contains("no debt");
		assertThat(noDebt.get("buffer").doubleValue()).isEqualTo(1.0);
		assertThat(noDebt.get("alertTier").asString()).isEqualTo("SAFE");
		assertThat(noDebt.get("depegShocks").get(0).get("healthFactor").isNull()).isTrue();

		JsonNode noCollateral = healthOf(
				Map.of("collateral", List.of(), "debt", List.of(Map.of("asset", "DAI", "amount", 5))));
		assertThat(noCollateral.get("healthFactor").doubleValue()).isZero();
		assertThat(noCollateral.get("buffer").isNull()).isTrue();
		assertThat(noCollateral.get("bufferReason").asString()).isNotBlank();
		assertThat(noCollateral.get("alertTier").asString()).isEqualTo("LIQUIDATABLE");
	}

	@Test
	void emodeUsesTighterCutOffs() {
		String emode = this.fixtures.asset("emod", "NON_REBASING");
		this.fixtures.states(emode, List.of(Fixtures.state("2024-01-02T00:00:00Z", 1.0, 1.0, 2000.0, null)));
		this.fixtures.market("aave-v3-emode", emode, 0.93, 0.95, 0.01, true, "EXCHANGE_RATE", null);
		// HF = 10 x 2000 x 0.95 / (9 x 2000) = 1.0556: WATCH in E-mode (>= 1.05),
		// CRITICAL
		// outside it (< 1.10).
		Map<String, Object> position = Map.of("market", "aave-v3-emode", "collateral",
				List.of(Map.of("symbol", emode, "amount", 10)), "debt", List.of(Map.of("asset", "ETH", "amount", 9)));
		JsonNode result = healthOf(position);
		assertThat(result.get("healthFactor").doubleValue()).isCloseTo(9.5 / 9, within(1e-12));
		assertThat(result.get("emode").booleanValue()).isTrue();
		assertThat(result.get("alertTier").asString()).isEqualTo("WATCH");
		Map<String, Object> off = new java.util.HashMap<>(position);
		off.put("emode", false);
		assertThat(healthOf(off).get("alertTier").asString()).isEqualTo("CRITICAL");
	}

	@Test
	void badInputNamesTheField() {
		Map<String, Object> collateral = Map.of("symbol", this.symbol, "amount", -1);
		Fixtures.assertProblem(post(Map.of("market", "aave-v3", "collateral", List.of(collateral))), 400,
				"positions[0].collateral[0].amount");
		Fixtures.assertProblem(
				post(Map.of("collateral",
						List.of(Map.of("symbol", this.symbol, "amount", 1, "liquidationThreshold", 1.2)))),
				400, "positions[0].collateral[0].liquidationThreshold");
		Fixtures.assertProblem(post(Map.of("collateral", List.of(Map.of("symbol", this.symbol, "amount", 1)))), 400,
				"positions[0].collateral[0].liquidationThreshold");
		Fixtures.assertProblem(post(
				Map.of("market", "no-such-market", "collateral", List.of(Map.of("symbol", this.symbol, "amount", 1)))),
				400, "positions[0].market");
		Fixtures.assertProblem(
				post(Map.of("market", "aave-v3", "collateral", List.of(Map.of("symbol", this.symbol, "amount", 1)),
						"debt", List.of(Map.of("asset", "UNKNOWNCOIN", "amount", 1)))),
				400, "positions[0].debt[0].asset");
		Fixtures.assertProblem(
				post(Map.of("market", "aave-v3", "collateral", List.of(Map.of("symbol", "NOSUCHLSD", "amount", 1)))),
				400, "positions[0].collateral[0].symbol");
		Fixtures.assertProblem(
				post(Map.of("market", "aave-v3", "collateral",
						List.of(Map.of("symbol", this.symbol, "amount", 1, "ltv", 0.9)))),
				400, "positions[0].collateral[0].ltv");
		Fixtures.assertProblem(this.api.postJson(HEALTH, Map.of()), 400, "positions");
	}

	@Test
	void moreThanTheLimitIsRefused() {
		List<Object> positions = new ArrayList<>();
		Map<String, Object> position = Map.of("collateral",
				List.of(Map.of("symbol", "USDC", "amount", 1, "liquidationThreshold", 0.8)));
		for (int i = 0; i < 10_001; i++) {
			positions.add(position);
		}
		Fixtures.assertProblem(this.api.postJson(HEALTH, Map.of("positions", positions)), 400, "positions");
	}

	private Api.Response post(Map<String, Object> position) {
		return this.api.postJson(HEALTH, Map.of("positions", List.of(position)));
	}

}
