package io.lsdrisk.collateral;

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
class LeverageLoopIntegrationTests {

	private static final String LOOP = "/api/v1/collateral/leverage-loop";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void givenRatesAndParameters() {
		Api.Response response = this.api.postJson(LOOP, Map.of("stakingApr", 0.04, "borrowRate", 0.03, "ltv", 0.9,
				"liquidationThreshold", 0.93, "loops", 2, "entryPeg", 1.0));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode loop = response.json();
		// L = 1 + 0.9 + 0.81 = 2.71; limit 1 / (1 - 0.9) = 10.
		assertThat(loop.get("leverage").doubleValue()).isCloseTo(2.71, within(1e-12));
		assertThat(loop.get("maxLeverage").doubleValue()).isCloseTo(10, within(1e-12));
		// net APR 2.71 x 0.04 - 1.71 x 0.03 = 0.1084 - 0.0513 = 0.0571.
		assertThat(loop.get("netApr").doubleValue()).isCloseTo(0.0571, within(1e-12));
		assertThat(loop.get("netApyCompounded").doubleValue())
			.isCloseTo(2.71 * Math.exp(0.04) - 1.71 * Math.exp(0.03) - 1, within(1e-12));
		// at the limit: 10 x 0.04 - 9 x 0.03 = 0.13.
		assertThat(loop.get("netAprAtMaxLeverage").doubleValue()).isCloseTo(0.13, within(1e-12));
		// HF = L LT / (L - 1) = 2.71 x 0.93 / 1.71; liquidation peg = its inverse.
		assertThat(loop.get("healthFactor").doubleValue()).isCloseTo(2.71 * 0.93 / 1.71, within(1e-12));
		assertThat(loop.get("liquidationPegRatio").doubleValue()).isCloseTo(1.71 / (2.71 * 0.93), within(1e-12));
		// after a year of carry the debt grows at 3 % and the collateral at 4 %.
		assertThat(loop.get("liquidationPegRatioAfterCarry").doubleValue())
			.isCloseTo(1.71 / (2.71 * 0.93) * Math.exp(-0.01), within(1e-12));
		// staking above borrowing: carry never liquidates.
		assertThat(loop.get("yearsUntilCarryLiquidation").isNull()).isTrue();
		assertThat(loop.get("stakingAprSource").asString()).isEqualTo("REQUEST");
	}

	@Test
	void storedYieldPegAndMarket() {
		Fixtures fixtures = new Fixtures(this.api);
		String symbol = fixtures.asset("loop", "NON_REBASING");
		fixtures.states(symbol, List.of(Fixtures.state("2024-01-02T00:00:00Z", 1.2, 1.188, 2000.0, 0.035)));
		fixtures.market("aave-v3-emode", symbol, 0.93, 0.95, 0.01, true, "EXCHANGE_RATE", null);
		Api.Response response = this.api.postJson(LOOP,
				Map.of("symbol", symbol, "market", "aave-v3-emode", "borrowRate", 0.05, "loops", 0));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode loop = response.json();
		assertThat(loop.get("stakingApr").doubleValue()).isEqualTo(0.035);
		assertThat(loop.get("stakingAprSource").asString()).isEqualTo("STATE");
		assertThat(loop.get("ltvSource").asString()).isEqualTo("MARKET");
		// 1 / (1 - 0.93) = 14.2857...; 0 loops: deposit only, no debt.
		assertThat(loop.get("maxLeverage").doubleValue()).isCloseTo(1 / 0.07, within(1e-9));
		assertThat(loop.get("leverage").doubleValue()).isEqualTo(1.0);
		assertThat(loop.get("liquidationPegRatio").isNull()).isTrue();
		assertThat(loop.get("liquidationReason").asString()).contains("no debt");
		// entry peg from the state: 1.188 / 1.2 = 0.99.
		assertThat(loop.get("entryPeg").doubleValue()).isCloseTo(0.99, within(1e-12));

		JsonNode looped = this.api
			.postJson(LOOP, Map.of("symbol", symbol, "market", "aave-v3-emode", "borrowRate", 0.05, "loops", 3))
			.json();
		// L = 1 + 0.93 + 0.93^2 + 0.93^3; borrowing above staking: HF = L LT / (L - 1)
		// falls to 1 after ln(HF) / (0.05 - 0.035) years.
		double leverage = 1 + 0.93 + 0.93 * 0.93 + 0.93 * 0.93 * 0.93;
		double healthFactor = leverage * 0.95 / (leverage - 1);
		assertThat(looped.get("leverage").doubleValue()).isCloseTo(leverage, within(1e-12));
		assertThat(looped.get("liquidationPegRatio").doubleValue()).isCloseTo(0.99 / healthFactor, within(1e-12));
		assertThat(looped.get("yearsUntilCarryLiquidation").doubleValue()).isCloseTo(Math.log(healthFactor) / 0.015,
				within(1e-9));
	}

	@Test
	void badInputNamesTheField() {
		Fixtures.assertProblem(this.api.postJson(LOOP, Map.of("stakingApr", 0.04, "borrowRate", 0.03, "loops", 1)), 400,
				"ltv");
		Fixtures.assertProblem(
				this.api.postJson(LOOP, Map.of("stakingApr", 0.04, "borrowRate", 0.03, "ltv", 0.5, "loops", -1)), 400,
				"loops");
		Fixtures.assertProblem(this.api.postJson(LOOP, Map.of("stakingApr", 0.04, "ltv", 0.5, "loops", 1)), 400,
				"borrowRate");
		Fixtures.assertProblem(
				this.api.postJson(LOOP, Map.of("stakingApr", 0.04, "borrowRate", 0.03, "ltv", 1.0, "loops", 1)), 400,
				"ltv");
		Fixtures.assertProblem(this.api.postJson(LOOP, Map.of("borrowRate", 0.03, "ltv", 0.5, "loops", 1)), 400,
				"stakingApr");
		Fixtures.assertProblem(
				this.api.postJson(LOOP,
						Map.of("symbol", "NOSUCH" + System.nanoTime(), "borrowRate", 0.03, "ltv", 0.5, "loops", 1)),
				404, "symbol");
	}

}
