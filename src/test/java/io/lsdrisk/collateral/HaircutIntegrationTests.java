package io.lsdrisk.collateral;

import java.util.List;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The peg history is built so that every statistic is hand-derivable: rate 1.1, peg 1,
 * e^-0.01, 1 on three consecutive days. Then the squared log changes sum to 2 x 0.01^2
 * over 2 days, so the peg volatility is sqrt(2e-4 / (2/365)) = sqrt(0.0365) per
 * sqrt(year), i.e. exactly 0.01 per sqrt(day); the worst one-day drop and the largest
 * divergence are both 1 - e^-0.01.
 */
@IntegrationTest
class HaircutIntegrationTests {

	/** Normal quantile of 0.99 (Abramowitz and Stegun, table 26.5). */
	private static final double Z_99 = 2.3263478740408408;

	@LocalServerPort
	int port;

	Api api;

	String symbol;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		Fixtures fixtures = new Fixtures(this.api);
		this.symbol = fixtures.asset("hcut", "NON_REBASING");
		fixtures.states(this.symbol,
				List.of(Fixtures.state("2024-01-01T00:00:00Z", 1.1, 1.1, 2000.0, null),
						Fixtures.state("2024-01-02T00:00:00Z", 1.1, 1.1 * Math.exp(-0.01), 2000 * Math.exp(0.02), null),
						Fixtures.state("2024-01-03T00:00:00Z", 1.1, 1.1, 2000.0, null)));
		// Rate-scaled pool balanced in value: 1,100 ETH against 1,000 tokens of 1.1 ETH.
		fixtures.pool(this.symbol, "curve-test", "2024-01-03T00:00:00Z", 1100, 1000, 50, 0.0004);
		fixtures.market("aave-v3", this.symbol, 0.90, 0.98, 0.005, false, "EXCHANGE_RATE", 1000.0);
	}

	@Test
	void componentsAndRecommendationAgainstEthDebt() {
		Api.Response response = this.api.get("/api/v1/lsds/" + this.symbol + "/haircut?liquidationSize=0");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode haircut = response.json();
		JsonNode components = haircut.get("components");
		assertThat(components.get("pegVolatility").doubleValue()).isCloseTo(Math.sqrt(0.0365), within(1e-9));
		assertThat(components.get("ethVolatility").isNull()).isTrue();
		// move over 1 day at 99 %: 1 - exp(-z x 0.01).
		double move = 1 - Math.exp(-Z_99 * 0.01);
		assertThat(components.get("priceMove").doubleValue()).isCloseTo(move, within(1e-9));
		// the worst one-day drop (1 - e^-0.01 = 0.995 %) is inside the move: no jump.
		assertThat(components.get("jumpAddOn").doubleValue()).isZero();
		// a vanishing sale on a pool at its balance point slips by the fee only;
		// EXCHANGE_RATE oracle: the sale's impact does not count.
		assertThat(components.get("slippage").doubleValue()).isCloseTo(0.0004, within(1e-7));
		assertThat(components.get("liquidationPriceImpact").doubleValue()).isZero();
		double bonus = 0.0004 + 0.005;
		double threshold = (1 - move) / (1 + bonus);
		assertThat(haircut.get("recommendedLiquidationBonus").doubleValue()).isCloseTo(bonus, within(1e-7));
		assertThat(haircut.get("recommendedLiquidationThreshold").doubleValue()).isCloseTo(threshold, within(1e-7));
		assertThat(haircut.get("recommendedLtv").doubleValue()).isCloseTo(threshold * (1 - move), within(1e-7));
		// current LT 0.98 > 0.9718 and bonus 0.005 < 0.0054 are looser; LTV 0.90 is not.
		assertThat(haircut.get("looserThanRecommended").toString())
			.isEqualTo("[\"liquidationThreshold\",\"liquidationBonus\"]");
		JsonNode peg = haircut.get("pegHistory");
		assertThat(peg.get("observations").intValue()).isEqualTo(3);
		assertThat(peg.get("worstDropOverHorizon").doubleValue()).isCloseTo(1 - Math.exp(-0.01), within(1e-12));
		assertThat(peg.get("from").asString()).isEqualTo("2024-01-01T00:00:00Z");
		JsonNode pool = haircut.get("pool");
		assertThat(pool.get("venue").asString()).isEqualTo("curve-test");
		assertThat(pool.get("poolRate").doubleValue()).isEqualTo(1.1);
		assertThat(pool.get("priceEth").doubleValue()).isCloseTo(1.1, within(1e-12));

		JsonNode published = haircut.get("publishedMethods");
		JsonNode smart = published.get("smartLtv");
		// SmartLTV's sigma is per sqrt(day): sqrt(0.0365 / 365) = 0.01.
		assertThat(smart.get("dailyVolatility").doubleValue()).isCloseTo(0.01, within(1e-12));
		double liquidity = smart.get("liquidityWithinBonusLsd").doubleValue();
		assertThat(smart.get("formulaValue").doubleValue())
			.isCloseTo(Math.exp(-2 * 0.01 * Math.sqrt(1000 / liquidity)) - 0.005, within(1e-12));
		JsonNode gauntlet = published.get("gauntletEmode");
		assertThat(gauntlet.get("divergenceLimit").doubleValue()).isCloseTo(0.02, within(1e-12));
		assertThat(gauntlet.get("divergenceCondition").booleanValue()).isTrue();
		assertThat(gauntlet.get("saleLsd").doubleValue()).isCloseTo(100, within(1e-12));
		JsonNode chaos = published.get("chaosLabsSupplyCap");
		assertThat(chaos.get("recommendedSupplyCapLsd").doubleValue())
			.isCloseTo(2 * chaos.get("liquidityWithinBonusLsd").doubleValue(), within(1e-9));
	}

	@Test
	void usdDebtAddsEthVolatilityAndDefaultsAreStated() {
		JsonNode haircut = this.api.get("/api/v1/lsds/" + this.symbol.toLowerCase() + "/haircut?debt=USD").json();
		// ETH/USD moves by +-0.02 in log: sqrt(2 x 0.02^2 / (2/365)) = sqrt(0.146).
		assertThat(haircut.get("components").get("ethVolatility").doubleValue()).isCloseTo(Math.sqrt(0.146),
				within(1e-9));
		assertThat(haircut.get("components").get("volatilityUsed").doubleValue()).isCloseTo(Math.sqrt(0.0365 + 0.146),
				within(1e-9));
		assertThat(haircut.get("horizonHours").doubleValue()).isEqualTo(24);
		assertThat(haircut.get("confidence").doubleValue()).isEqualTo(0.99);
		// 10 % of the 1,000-token supply cap.
		assertThat(haircut.get("liquidationSizeLsd").doubleValue()).isCloseTo(100, within(1e-12));
		assertThat(haircut.get("liquidationSizeSource").asString()).isEqualTo("SUPPLY_CAP");
		assertThat(haircut.get("market").asString()).isEqualTo("aave-v3");
	}

	@Test
	void badInputAndMissingData() {
		String path = "/api/v1/lsds/" + this.symbol + "/haircut";
		Fixtures.assertProblem(this.api.get(path + "?confidence=1.2"), 400, "confidence");
		Fixtures.assertProblem(this.api.get(path + "?horizonHours=0"), 400, "horizonHours");
		Fixtures.assertProblem(this.api.get(path + "?liquidationSize=-5"), 400, "liquidationSize");
		Fixtures.assertProblem(this.api.get(path + "?debt=EUR"), 400, "debt");
		Fixtures.assertProblem(this.api.get(path + "?market=nowhere"), 404, "market");
		Fixtures.assertProblem(this.api.get(path + "?venue=nowhere"), 404, "venue");
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/NOSUCH" + System.nanoTime() + "/haircut"), 404, "symbol");
	}

}
