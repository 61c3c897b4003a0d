package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.options.JumpParameters;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/lsds/{symbol}/depeg} and {@code .../depeg/backtest} on histories
 * generated here with known parameters.
 */
@IntegrationTest
class AssetDepegIntegrationTests {

	static final double KAPPA = 50;

	static final double MU = Math.log(0.998);

	static final double SIGMA = 0.05;

	@LocalServerPort
	int port;

	@Autowired
	DepegService depegService;

	@Autowired
	AssetService assetService;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	String register(String prefix, String tokenModel, String withdrawalsEnabledAt) {
		String symbol = Api.uniqueSymbol(prefix);
		Map<String, Object> asset = new HashMap<>(Map.of("symbol", symbol, "name", symbol, "protocol", "Test Protocol",
				"tokenModel", tokenModel, "underlying", "ETH", "withdrawalWaitDays", 3));
		if (withdrawalsEnabledAt != null) {
			asset.put("withdrawalsEnabledAt", withdrawalsEnabledAt);
		}
		assertThat(this.api.postJson("/api/v1/lsds", asset).status()).isEqualTo(201);
		return symbol;
	}

	void ingest(String symbol, LocalDate firstDay, double[] pegs, String time) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < pegs.length; i++) {
			double rate = 1.1 * (1 + 0.00012 * i);
			rows.add(Map.of("observedAt", firstDay.plusDays(i) + "T" + time + "Z", "exchangeRate", rate,
					"marketPriceEth", rate * pegs[i]));
		}
		Api.Response response = this.api.postJson("/api/v1/lsds/" + symbol + "/states", rows);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** Exact daily OU transitions of ln(peg) from mu. */
	static double[] ornsteinUhlenbeck(int days, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double dt = 1.0 / 365;
		double decay = Math.exp(-KAPPA * dt);
		double deviation = SIGMA * Math.sqrt((1 - decay * decay) / (2 * KAPPA));
		double[] pegs = new double[days];
		double x = MU;
		for (int i = 0; i < days; i++) {
			pegs[i] = Math.exp(x);
			double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
			x = MU + (x - MU) * decay + deviation * z;
		}
		return pegs;
	}

	JsonNode depeg(String symbol, String query) {
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/depeg" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void calibratesTheCurrentRegimeAndRecoversKnownParameters() {
		String symbol = register("ouDepeg", "NON_REBASING", "2023-03-01");
		// a stressed closed regime before 2023-03-01 that the calibration must leave out
		SplittableRandom random = new SplittableRandom(3);
		double[] closed = new double[59];
		for (int i = 0; i < closed.length; i++) {
			closed[i] = 0.95 + 0.02 * (random.nextDouble() - 0.5);
		}
		ingest(symbol, LocalDate.of(2023, 1, 1), closed, "12:00:00");
		double[] open = ornsteinUhlenbeck(250, 11);
		ingest(symbol, LocalDate.of(2023, 3, 1), open, "12:00:00");

		JsonNode body = depeg(symbol, "");
		assertThat(body.get("status").asString()).isEqualTo("CALIBRATED");
		JsonNode window = body.get("window");
		assertThat(window.get("regime").asString()).isEqualTo("OPEN");
		assertThat(window.get("firstDay").asString()).isEqualTo("2023-03-01");
		assertThat(window.get("lastDay").asString()).isEqualTo("2023-11-05");
		assertThat(window.get("observations").asInt()).isEqualTo(250);
		assertThat(window.get("statesUsed").asInt()).isEqualTo(250);
		// peg = marketPriceEth / exchangeRate of the latest state
		assertThat(body.get("initialPeg").asDouble()).isCloseTo(open[249], within(1e-12));
		assertThat(body.get("initialPegObservedAt").asString()).isEqualTo("2023-11-05T12:00:00Z");

		JsonNode model = body.get("calibration");
		assertThat(model.get("fit").asString()).isEqualTo("MEAN_REVERTING");
		assertThat(Math.abs(model.get("kappa").asDouble() - KAPPA))
			.isLessThan(3 * model.get("kappaStandardError").asDouble());
		assertThat(Math.abs(model.get("mu").asDouble() - MU)).isLessThan(3 * model.get("muStandardError").asDouble());
		assertThat(Math.abs(model.get("sigma").asDouble() - SIGMA))
			.isLessThan(3 * model.get("sigmaStandardError").asDouble());
		assertThat(model.get("halfLifeDays").asDouble()).isCloseTo(Math.log(2) / model.get("kappa").asDouble() * 365,
				within(1e-9));

		// redemption bound with the valuation's parameters, W = 3 days (no queue
		// reported),
		// r = 0.04, y_q = 0, fees 0.0005: 1 - exp(-0.04 * 3 / 365) = 3.2876712e-4 -
		// (3.2876712e-4)^2 / 2 = 3.2871308e-4, discount 8.2871308e-4
		JsonNode redemption = body.get("redemption");
		assertThat(redemption.get("maxDiscount").asDouble()).isCloseTo(8.2871308e-4, within(1e-11));
		assertThat(redemption.get("pegFloor").asDouble()).isCloseTo(1 - 8.2871308e-4, within(1e-11));
		assertThat(redemption.get("effectiveWaitDays").asDouble()).isCloseTo(3.0, within(1e-12));
		assertThat(redemption.get("withdrawalQueueEth").isNull()).isTrue();
		assertThat(redemption.get("applied").asBoolean()).isTrue();
		// 59 days of closed-regime history are fewer than the 60 a fit needs: configured
		JsonNode stressed = body.get("stressed");
		assertThat(stressed.get("applies").asBoolean()).isTrue();
		assertThat(stressed.get("source").asString()).isEqualTo("CONFIGURED");
		assertThat(stressed.get("kappa").asDouble()).isEqualTo(9.73);
		assertThat(stressed.get("meanSojournDays").asDouble()).isEqualTo(30.0);
		assertThat(body.get("eventRisk").get("configuredFor").asString()).isEqualTo("DEFAULT");
		assertThat(body.get("eventRisk").get("smartContractExploit").get("medianPegFactor").asDouble()).isCloseTo(0.85,
				within(1e-15));

		// the default grid: 4 thresholds x 5 horizons, monotone in both
		JsonNode results = body.get("results");
		assertThat(results).hasSize(20);
		for (int t = 0; t < 4; t++) {
			for (int h = 0; h < 5; h++) {
				JsonNode cell = results.get(5 * t + h);
				assertThat(cell.get("threshold").asDouble()).isEqualTo(List.of(0.99, 0.98, 0.95, 0.90).get(t));
				assertThat(cell.get("horizonDays").asDouble()).isEqualTo(List.of(1.0, 7.0, 30.0, 90.0, 365.0).get(h));
				assertThat(cell.get("standardError").asDouble()).isLessThanOrEqualTo(0.002 + 1e-12);
				assertThat(cell.get("upperBound95").asDouble())
					.isGreaterThanOrEqualTo(
							cell.get("probability").asDouble() + 1.6448 * cell.get("standardError").asDouble())
					.isPositive();
				if (h > 0) {
					assertThat(cell.get("probability").asDouble())
						.isGreaterThanOrEqualTo(results.get(5 * t + h - 1).get("probability").asDouble());
				}
				if (t > 0) {
					assertThat(cell.get("probability").asDouble())
						.isLessThanOrEqualTo(results.get(5 * (t - 1) + h).get("probability").asDouble());
				}
			}
		}

		// the Java API the valuation uses gives the same cached view
		Asset asset = this.assetService.find(symbol);
		AssetDepegResponse view = this.depegService.termStructure(asset);
		assertThat(view.results().get(2).probability()).isEqualTo(results.get(2).get("probability").asDouble());
		assertThat(this.depegService.depegProbability(asset, 0.98, 30)).isPresent();

		// a new state invalidates the cached view: a crash to 0.9 is now the starting peg
		ingest(symbol, LocalDate.of(2023, 11, 6), new double[] { 0.9 }, "12:00:00");
		JsonNode after = depeg(symbol, "");
		assertThat(after.get("initialPegObservedAt").asString()).isEqualTo("2023-11-06T12:00:00Z");
		assertThat(after.get("results").get(0).get("probability").asDouble()).isEqualTo(1.0);

		// a grid of one's own
		JsonNode custom = depeg(symbol.toLowerCase(), "?thresholds=0.85&horizonsDays=10,20");
		assertThat(custom.get("results")).hasSize(2);
		assertThat(custom.get("results").get(1).get("horizonDays").asDouble()).isEqualTo(20.0);
	}

	@Test
	void tooLittleHistoryGivesNoModelAndSaysWhy() {
		String shortHistory = register("shortDepeg", "REBASING", null);
		ingest(shortHistory, LocalDate.of(2024, 1, 1), ornsteinUhlenbeck(20, 5), "00:00:00");
		JsonNode body = depeg(shortHistory, "");
		assertThat(body.get("status").asString()).isEqualTo("INSUFFICIENT_HISTORY");
		assertThat(body.get("reason").asString()).contains("20 daily observations");
		assertThat(body.get("window").get("regime").asString()).isEqualTo("CLOSED");
		assertThat(body.get("calibration").isNull()).isTrue();
		assertThat(body.get("results")).isEmpty();
		assertThat(body.get("redemption").get("pegFloor").isNull()).isTrue();

		String noHistory = register("noDepeg", "REBASING", null);
		JsonNode none = depeg(noHistory, "");
		assertThat(none.get("status").asString()).isEqualTo("INSUFFICIENT_HISTORY");
		assertThat(none.get("reason").asString()).contains("market price");
		assertThat(none.get("initialPeg").isNull()).isTrue();
	}

	@Test
	void backtestCountsForecastsAndEventsAsDerivedByHand() {
		String symbol = register("btDepeg", "REBASING", null);
		// 200 days from 2022-03-01 within [0.998, 0.999] except day 150 (2022-07-29) at
		// 0.97
		double[] pegs = new double[200];
		for (int i = 0; i < pegs.length; i++) {
			pegs[i] = 0.999 - 0.0005 * (1 + Math.sin(i));
		}
		pegs[150] = 0.97;
		ingest(symbol, LocalDate.of(2022, 3, 1), pegs, "00:00:00");
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = response.json();
		// forecasts at day indices 60, 67, ..., 165 (the last whose 30 days the history
		// covers: 200 - 30 = 170): 16 dates
		assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(body.get("forecastDates").asInt()).isEqualTo(16);
		assertThat(body.get("firstForecastDate").asString()).isEqualTo("2022-04-30");
		assertThat(body.get("statesUsed").asInt()).isEqualTo(200);
		assertThat(body.get("settings").get("horizonDays").asInt()).isEqualTo(30);
		JsonNode thresholds = body.get("thresholds");
		assertThat(thresholds).hasSize(2);
		for (JsonNode scores : thresholds) {
			// a forecast at index d covers days d .. d+29: day 150 is in it for d in
			// [121, 150], i.e. d = 123, 130, 137, 144
			assertThat(scores.get("events").asInt()).isEqualTo(4);
			assertThat(scores.get("forecasts").asInt()).isEqualTo(16);
			assertThat(scores.get("brierModel").asDouble()).isBetween(0.0, 1.0);
			assertThat(scores.get("brierNaiveAllHistory").asDouble()).isBetween(0.0, 1.0);
			assertThat(scores.get("modelCalibration")).hasSize(10);
		}
		// episodes: May has indices 67, 74, 81, 88; June 95, 102, 109, 116; September
		// none;
		// no withdrawals, so no open-regime episode
		JsonNode episodes = body.get("episodes");
		assertThat(episodes).hasSize(3);
		assertThat(episodes.get(0).get("thresholds").get(0).get("forecasts").asInt()).isEqualTo(4);
		assertThat(episodes.get(1).get("thresholds").get(0).get("forecasts").asInt()).isEqualTo(4);
		assertThat(episodes.get(1).get("thresholds").get(0).get("events").asInt()).isZero();
		assertThat(episodes.get(2).get("thresholds").get(0).get("forecasts").asInt()).isZero();
		assertThat(episodes.get(2).get("thresholds").get(0).get("brierModel").isNull()).isTrue();
	}

	@Test
	void badQueriesAre400AndUnknownSymbols404() {
		String symbol = register("qDepeg", "REBASING", null);
		for (String[] query : new String[][] { { "?thresholds=1.5", "thresholds" }, { "?thresholds=0", "thresholds" },
				{ "?horizonsDays=4000", "horizonsDays" }, { "?horizonsDays=-1", "horizonsDays" },
				{ "?thresholds=abc", "thresholds" } }) {
			Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/depeg" + query[0]);
			assertThat(response.status()).as(query[0]).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(query[1]);
		}
		for (String path : List.of("/depeg", "/depeg/backtest")) {
			Api.Response missing = this.api.get("/api/v1/lsds/nosuchDepeg" + path);
			assertThat(missing.status()).isEqualTo(404);
			assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("symbol");
		}
	}

	// Options on a stored LSD take their depeg jumps from this calibrated model.

	@Test
	void twoOppositeJumpsMergeIntoOneWithTheirSpread() {
		// Hand-derived: intensities 1 and 1, log-jumps -0.1 and +0.1 without spread give
		// intensity 2, mean 0 and variance (0.01 + 0.01) / 2 - 0 = 0.01, so volatility
		// 0.1.
		JumpParameters merged = CalibratedJumpParameters
			.merged(List.of(new double[] { 1, -0.1, 0 }, new double[] { 1, 0.1, 0 }), "test");
		assertThat(merged.jumpIntensity()).isEqualTo(2.0);
		assertThat(merged.jumpMean()).isCloseTo(0.0, within(1e-15));
		assertThat(merged.jumpVolatility()).isCloseTo(0.1, within(1e-15));
		// One component passes through unchanged; none gives no jumps.
		JumpParameters single = CalibratedJumpParameters.merged(List.of(new double[] { 0.3, -0.2, 0.05 }), "test");
		assertThat(single.jumpIntensity()).isEqualTo(0.3);
		assertThat(single.jumpMean()).isCloseTo(-0.2, within(1e-15));
		assertThat(single.jumpVolatility()).isCloseTo(0.05, within(1e-12));
		assertThat(CalibratedJumpParameters.merged(List.of(), "test").jumpIntensity()).isZero();
	}

	@Test
	void optionsOnACalibratedAssetUseTheDepegModelsJumps() {
		String symbol = register("cjp", "NON_REBASING", "2020-01-01");
		ingest(symbol, LocalDate.of(2025, 1, 1), ornsteinUhlenbeck(200, 7), "12:00:00");
		JsonNode model = depeg(symbol, "");
		assertThat(model.get("status").asString()).isEqualTo("CALIBRATED");
		JsonNode calibration = model.get("calibration");
		JsonNode exploit = model.get("eventRisk").get("smartContractExploit");
		JsonNode slashing = model.get("eventRisk").get("massSlashing");
		double[][] parts = {
				part(calibration.get("jumpIntensity"), calibration.get("jumpMean"), calibration.get("jumpVolatility")),
				component(exploit), component(slashing) };
		double intensity = 0;
		double first = 0;
		double second = 0;
		for (double[] p : parts) {
			intensity += p[0];
			first += p[0] * p[1];
			second += p[0] * (p[2] * p[2] + p[1] * p[1]);
		}
		double mean = first / intensity;
		double volatility = Math.sqrt(second / intensity - mean * mean);

		Api.Response option = this.api.get("/api/v1/lsds/" + symbol + "/options?type=PUT&expiryDays=30");
		assertThat(option.status()).as(option.body()).isEqualTo(200);
		JsonNode jumps = option.json().get("jumps");
		assertThat(jumps.get("jumpIntensity").asDouble()).isCloseTo(intensity, within(1e-12));
		assertThat(jumps.get("jumpMean").asDouble()).isCloseTo(mean, within(1e-12));
		assertThat(jumps.get("jumpVolatility").asDouble()).isCloseTo(volatility, within(1e-12));
		assertThat(jumps.get("source").asString()).contains("depeg model of " + symbol);
	}

	private static double[] component(JsonNode node) {
		return part(node.get("intensityPerYear"), node.get("meanLogJump"), node.get("volatilityLogJump"));
	}

	private static double[] part(JsonNode intensity, JsonNode mean, JsonNode volatility) {
		return new double[] { intensity.asDouble(), mean.asDouble(), volatility.asDouble() };
	}

}
