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
		ingest(symbol, firstDay, pegs, time, 0, "chainlink test feed");
	}

	/** Days from {@code syntheticFrom} on get a generated source. */
	void ingest(String symbol, LocalDate firstDay, double[] pegs, String time, int syntheticFrom, String realSource) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < pegs.length; i++) {
			double rate = 1.1 * (1 + 0.00012 * i);
			boolean synthetic = syntheticFrom > 0 && i >= syntheticFrom;
			rows.add(Map.of("observedAt", firstDay.plusDays(i) + "T" + time + "Z", "exchangeRate", rate,
					"marketPriceEth", rate * pegs[i], "source", synthetic ? "synthetic:v1 test" : realSource));
		}
		Api.Response response = this.api.postJson("/api/v1/lsds/" + symbol + "/states", rows);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** Exact daily OU transitions of ln(peg) from mu. */
	static double[] ornsteinUhlenbeck(int days, long seed) {
		return ornsteinUhlenbeck(days, seed, KAPPA, MU);
	}

	/** Exact daily OU transitions of ln(peg) from its mean, sigma {@link #SIGMA}. */
	static double[] ornsteinUhlenbeck(int days, long seed, double kappa, double mu) {
		SplittableRandom random = new SplittableRandom(seed);
		double dt = 1.0 / 365;
		double decay = Math.exp(-kappa * dt);
		double deviation = SIGMA * Math.sqrt((1 - decay * decay) / (2 * kappa));
		double[] pegs = new double[days];
		double x = mu;
		for (int i = 0; i < days; i++) {
			pegs[i] = Math.exp(x);
			double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
			x = mu + (x - mu) * decay + deviation * z;
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
		assertThat(window.get("lastDay").asString()).isEqualTo("2023-11-05");
		// 250 days of the regime: candidates 60 (needs 60 + 30 + 60 - 1 = 149 days), 90
		// (179) and 120 (209) can be scored, 180 (269) and longer cannot; the window is
		// the chosen candidate's last days, never reaching back into the closed regime
		JsonNode selection = window.get("selection");
		assertThat(selection.get("selected").asBoolean()).isTrue();
		List<Integer> scored = new ArrayList<>();
		selection.get("candidates").forEach((c) -> {
			if (!c.get("meanLogDensity").isNull()) {
				scored.add(c.get("windowDays").asInt());
			}
		});
		assertThat(scored).containsExactly(60, 90, 120);
		int days = window.get("observations").asInt();
		assertThat(scored).contains(days);
		assertThat(LocalDate.parse(window.get("firstDay").asString()))
			.isEqualTo(LocalDate.of(2023, 11, 5).minusDays(days - 1));
		assertThat(window.get("statesUsed").asInt()).isEqualTo(days);
		// peg = marketPriceEth / exchangeRate of the latest state
		assertThat(body.get("initialPeg").asDouble()).isCloseTo(open[249], within(1e-12));
		assertThat(body.get("initialPegObservedAt").asString()).isEqualTo("2023-11-05T12:00:00Z");

		// 59 closed-regime days, fewer than the 60 a calibration needs: configured
		// dynamics
		assertThat(body.get("stressed").get("source").asString()).isEqualTo("CONFIGURED");
		assertThat(body.get("stressed").get("closedRegimeObservations").asInt()).isZero();
		JsonNode model = body.get("calibration");
		assertThat(model.get("fit").asString()).isEqualTo("MEAN_REVERTING");
		assertThat(Math.abs(model.get("kappa").asDouble() - KAPPA))
			.isLessThan(3 * model.get("kappaStandardError").asDouble());
		assertThat(Math.abs(model.get("mu").asDouble() - MU)).isLessThan(3 * model.get("muStandardError").asDouble());
		assertThat(Math.abs(model.get("sigma").asDouble() - SIGMA))
			.isLessThan(3 * model.get("sigmaStandardError").asDouble());
		assertThat(model.get("halfLifeDays").asDouble()).isCloseTo(Math.log(2) / model.get("kappa").asDouble() * 365,
				within(1e-9));
		// the small-sample correction by hand: b_c = b + (1 + 3b) / m, m = days - 1
		// transitions of the chosen window (no jump in an OU path), and kappa = -ln(b_c)
		// *
		// 365
		assertThat(model.get("biasCorrection").asString()).isEqualTo("KENDALL_MARRIOTT_POPE");
		double b = model.get("arCoefficient").asDouble();
		double corrected = b + (1 + 3 * b) / (days - 1);
		assertThat(model.get("arCoefficientCorrected").asDouble()).isCloseTo(corrected, within(1e-12));
		assertThat(model.get("kappa").asDouble()).isCloseTo(-Math.log(corrected) * 365, within(1e-9));
		// the 95 % intervals contain the parameters the path was simulated with, and the
		// point estimates; the half-life interval is the kappa interval mapped
		assertThat(model.get("kappaInterval95").get("lower").asDouble()).isLessThan(KAPPA);
		assertThat(model.get("kappaInterval95").get("upper").asDouble()).isGreaterThan(KAPPA);
		assertThat(model.get("halfLifeDaysInterval95").get("lower").asDouble())
			.isCloseTo(Math.log(2) * 365 / model.get("kappaInterval95").get("upper").asDouble(), within(1e-9));
		assertThat(model.get("halfLifeDaysInterval95").get("upper").asDouble())
			.isCloseTo(Math.log(2) * 365 / model.get("kappaInterval95").get("lower").asDouble(), within(1e-9));
		assertThat(model.get("muInterval95").get("lower").asDouble()).isLessThan(MU);
		assertThat(model.get("muInterval95").get("upper").asDouble()).isGreaterThan(MU);
		assertThat(model.get("sigmaInterval95").get("lower").asDouble()).isLessThan(SIGMA);
		assertThat(model.get("sigmaInterval95").get("upper").asDouble()).isGreaterThan(SIGMA);
		// no jump in a pure OU path: both components absent, no "0 +/- 0" but the
		// one-sided 95 % Poisson bound for no event in days - 1 days, -ln(0.05) * 365 /
		// (days - 1)
		assertThat(model.get("jumpIntensity").asDouble()).isZero();
		assertThat(model.get("jumpIntensityStandardError").isNull()).isTrue();
		assertThat(model.get("detectedJumps")).isEmpty();
		JsonNode components = model.get("jumpComponents");
		assertThat(components).hasSize(2);
		assertThat(components.get(0).get("name").asString()).isEqualTo("DOWN_JUMPS");
		assertThat(components.get(1).get("name").asString()).isEqualTo("REBOUNDS");
		for (JsonNode component : components) {
			assertThat(component.get("present").asBoolean()).isFalse();
			assertThat(component.get("intensityPerYear").asDouble()).isZero();
			assertThat(component.get("intensityStandardError").isNull()).isTrue();
			assertThat(component.get("intensityUpperBound95").asDouble()).isCloseTo(-Math.log(0.05) * 365 / (days - 1),
					within(1e-9));
			assertThat(component.get("selectionThreshold").asDouble()).isCloseTo(3 * Math.log(days - 1), within(1e-9));
		}

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
	void theStressedStateTakesTheAssetsOwnPreRedemptionDynamics() {
		String symbol = register("stressDepeg", "NON_REBASING", "2023-05-01");
		// 120 closed-regime days around 0.97 (an OU with kappa 25 a year, sigma 0.05),
		// then 200 open days around 0.998
		double kappa = 25;
		double level = Math.log(0.97);
		double[] closed = ornsteinUhlenbeck(120, 21, kappa, level);
		ingest(symbol, LocalDate.of(2023, 1, 1), closed, "12:00:00");
		ingest(symbol, LocalDate.of(2023, 5, 1), ornsteinUhlenbeck(200, 5), "12:00:00");
		JsonNode stressed = depeg(symbol, "?thresholds=0.99&horizonsDays=30").get("stressed");
		// the 120 days 2023-01-01 .. 2023-04-30 before the opening, all of them
		assertThat(stressed.get("source").asString()).isEqualTo("CLOSED_REGIME_CALIBRATION");
		assertThat(stressed.get("closedRegimeObservations").asInt()).isEqualTo(120);
		// mu's standard error is about sigma / (kappa sqrt(T)) = 0.05 / (25
		// sqrt(120/365))
		// = 0.0035: within 4 of them of the level the days were drawn around
		assertThat(stressed.get("mu").asDouble()).isCloseTo(level, within(0.014));
		assertThat(stressed.get("stressJumpFraction").asDouble()).isEqualTo(0.01);
	}

	@Test
	void aPreRedemptionHistoryThatIsNoStressRegimeFallsBackToTheConfiguredDynamics() {
		String symbol = register("recoverDepeg", "NON_REBASING", "2023-05-01");
		// 120 closed-regime days of a steady recovery from 0.95 to 0.999 with a little
		// noise: a trend, not a reverting stress (the fit is a random walk or reverts to
		// a
		// premium), so the stressed state keeps the configured stETH 2022 dynamics
		SplittableRandom random = new SplittableRandom(8);
		double[] recovery = new double[120];
		for (int i = 0; i < recovery.length; i++) {
			double trend = Math.log(0.95) + (Math.log(0.999) - Math.log(0.95)) * i / 119.0;
			recovery[i] = Math.exp(trend + 0.0005 * (random.nextDouble() - 0.5));
		}
		ingest(symbol, LocalDate.of(2023, 1, 1), recovery, "12:00:00");
		ingest(symbol, LocalDate.of(2023, 5, 1), ornsteinUhlenbeck(200, 6), "12:00:00");
		JsonNode stressed = depeg(symbol, "?thresholds=0.99&horizonsDays=30").get("stressed");
		assertThat(stressed.get("source").asString()).isEqualTo("CONFIGURED");
		assertThat(stressed.get("kappa").asDouble()).isEqualTo(9.73);
		assertThat(stressed.get("mu").asDouble()).isEqualTo(-0.0091);
	}

	@Test
	void aStressDropIsADownJumpAndItsRecoveryARebound() {
		String symbol = register("jumpDepeg", "NON_REBASING", "2020-01-01");
		double[] pegs = ornsteinUhlenbeck(300, 13);
		// day 245 falls 6 % below the OU path's prediction, day 275 jumps 4 % above it
		// (both inside every candidate window, the shortest being the last 60 days);
		// against a daily diffusion of 0.05 / sqrt(365) = 0.26 % both are over 15
		// standard deviations
		double[] shifted = pegs.clone();
		for (int i = 245; i < shifted.length; i++) {
			shifted[i] *= Math.exp(-0.06 * Math.pow(Math.exp(-KAPPA / 365), i - 245));
		}
		for (int i = 275; i < shifted.length; i++) {
			shifted[i] *= Math.exp(0.04 * Math.pow(Math.exp(-KAPPA / 365), i - 275));
		}
		ingest(symbol, LocalDate.of(2025, 1, 1), shifted, "12:00:00");
		JsonNode answer = depeg(symbol, "");
		JsonNode model = answer.get("calibration");
		int days = answer.get("window").get("observations").asInt();
		JsonNode jumps = model.get("detectedJumps");
		assertThat(jumps).hasSize(2);
		assertThat(jumps.get(0).get("day").asString()).isEqualTo(LocalDate.of(2025, 1, 1).plusDays(245).toString());
		assertThat(jumps.get(0).get("component").asString()).isEqualTo("DOWN_JUMPS");
		assertThat(jumps.get(0).get("logJump").asDouble()).isCloseTo(-0.06, within(4 * SIGMA / Math.sqrt(365)));
		assertThat(jumps.get(1).get("day").asString()).isEqualTo(LocalDate.of(2025, 1, 1).plusDays(275).toString());
		assertThat(jumps.get(1).get("component").asString()).isEqualTo("REBOUNDS");
		assertThat(jumps.get(1).get("logJump").asDouble()).isCloseTo(0.04, within(4 * SIGMA / Math.sqrt(365)));
		JsonNode down = model.get("jumpComponents").get(0);
		JsonNode up = model.get("jumpComponents").get(1);
		assertThat(down.get("present").asBoolean()).isTrue();
		assertThat(up.get("present").asBoolean()).isTrue();
		// one jump each in the window's days - 1 transitions: intensity 365 / (days - 1)
		// a
		// year, the mean the jump itself, the Garwood bound for one event chi2(0.95, 4) /
		// 2
		// = 4.743865 per (days - 1) / 365 years
		assertThat(down.get("intensityPerYear").asDouble()).isCloseTo(365.0 / (days - 1), within(0.01));
		assertThat(down.get("meanLogJump").asDouble()).isCloseTo(jumps.get(0).get("logJump").asDouble(), within(1e-4));
		assertThat(down.get("intensityUpperBound95").asDouble()).isCloseTo(4.743865 * 365 / (days - 1), within(1e-5));
		assertThat(up.get("meanLogJump").asDouble()).isCloseTo(jumps.get(1).get("logJump").asDouble(), within(1e-4));
		// the model's jumps are the down-jumps only
		assertThat(model.get("jumpIntensity").asDouble()).isEqualTo(down.get("intensityPerYear").asDouble());
		assertThat(model.get("jumpMean").asDouble()).isEqualTo(down.get("meanLogJump").asDouble());
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
		double[] pegs = calmWithOneDip();
		ingest(symbol, LocalDate.of(2022, 3, 1), pegs, "00:00:00");
		Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = response.json();
		// forecasts at day indices 60, 67, ..., 165 (the last whose 30 days the history
		// covers: 200 - 30 = 170): 16 dates
		assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(body.get("provenance").asString()).isEqualTo("REAL");
		assertThat(body.get("forecastDates").asInt()).isEqualTo(16);
		assertThat(body.get("firstForecastDate").asString()).isEqualTo("2022-04-30");
		assertThat(body.get("statesUsed").asInt()).isEqualTo(200);
		assertThat(body.get("excluded")).isEmpty();
		// every day from the first to the last outcome day (index 165 + 29 = 194) is real
		assertThat(body.get("dataProvenance").get("realDays").asInt()).isEqualTo(195);
		assertThat(body.get("dataProvenance").get("syntheticDays").asInt()).isZero();
		assertThat(body.get("settings").get("horizonDays").asInt()).isEqualTo(30);
		assertThat(body.get("settings").get("model").get("calibrationWindowDays").asInt()).isEqualTo(365);
		JsonNode thresholds = body.get("thresholds");
		assertThat(thresholds).hasSize(2);
		for (JsonNode scores : thresholds) {
			// a forecast at index d covers days d .. d+29: day 150 is in it for d in
			// [121, 150], i.e. d = 123, 130, 137, 144
			assertThat(scores.get("events").asInt()).isEqualTo(4);
			assertThat(scores.get("forecasts").asInt()).isEqualTo(16);
			// persistence says 1 only at d = 151 (starting from day 150's 0.97), whose
			// window 151..180 stays calm, and 0 before each of the 4 events: 5 misses
			assertThat(scores.get("brierPersistence").asDouble()).isCloseTo(5.0 / 16, within(1e-12));
			assertThat(scores.get("startsBelow").get("forecasts").asInt()).isEqualTo(1);
			assertThat(scores.get("startsBelow").get("events").asInt()).isZero();
			assertThat(scores.get("startsBelow").get("brierPersistence").asDouble()).isEqualTo(1.0);
			assertThat(scores.get("startsAbove").get("forecasts").asInt()).isEqualTo(15);
			// log scores: 5 certain misses at ln(1e4), 11 certain hits at -ln(1 - 1e-4)
			assertThat(scores.get("logScorePersistence").asDouble())
				.isCloseTo((5 * Math.log(1e4) - 11 * Math.log(1 - 1e-4)) / 16, within(1e-9));
			// all-history frequency: before d = 123 no earlier 30-day window holds day
			// 150,
			// so it is 0 on the 4 event forecasts (loss 1 each); at d = 151 one window of
			// 122 (start 121) holds it, at 158 8 of 129 (121..128), at 165 15 of 136
			double naive = (4 + square(1.0 / 122) + square(8.0 / 129) + square(15.0 / 136)) / 16;
			assertThat(scores.get("brierNaiveAllHistory").asDouble()).isCloseTo(naive, within(1e-12));
			double brier = scores.get("brierModel").asDouble();
			JsonNode interval = scores.get("brierModelInterval");
			assertThat(interval.get("lower").asDouble()).isLessThanOrEqualTo(brier);
			assertThat(interval.get("upper").asDouble()).isGreaterThanOrEqualTo(brier);
			assertThat(interval.get("blockLength").asInt()).isEqualTo(5);
			assertThat(scores.get("dieboldMarianoVsPersistence").get("lag").asInt()).isEqualTo(4);
			assertThat(scores.get("modelCalibration")).hasSize(10);
		}
		assertThat(body.get("ablation")).hasSize(2);
		// episodes: May has indices 67, 74, 81, 88; June 95, 102, 109, 116; November
		// none; no withdrawals, so no open-regime episode
		JsonNode episodes = body.get("episodes");
		assertThat(episodes).hasSize(3);
		assertThat(episodes.get(0).get("thresholds").get(0).get("forecasts").asInt()).isEqualTo(4);
		assertThat(episodes.get(1).get("thresholds").get(0).get("forecasts").asInt()).isEqualTo(4);
		assertThat(episodes.get(1).get("thresholds").get(0).get("events").asInt()).isZero();
		assertThat(episodes.get(2).get("thresholds").get(0).get("forecasts").asInt()).isZero();
		assertThat(episodes.get(2).get("thresholds").get(0).get("brierModel").isNull()).isTrue();
	}

	@Test
	void backtestScoresOnlyRealOutcomeWindowsUnlessAskedForAll() {
		String symbol = register("btProv", "REBASING", null);
		// the same 200 days, generated from day 170 (2022-08-18) on
		ingest(symbol, LocalDate.of(2022, 3, 1), calmWithOneDip(), "00:00:00", 170, "chainlink test feed");
		JsonNode real = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest").json();
		// dates 60 + 7k; an outcome window d .. d+29 is wholly real when d + 29 < 170,
		// d <= 140: 60..137 (12 dates); 144, 151, 158, 165 are excluded
		assertThat(real.get("forecastDates").asInt()).isEqualTo(12);
		assertThat(real.get("excluded")).hasSize(1);
		JsonNode excluded = real.get("excluded").get(0);
		assertThat(excluded.get("reason").asString()).isEqualTo("OUTCOME_NOT_REAL");
		assertThat(excluded.get("forecastDates").asInt()).isEqualTo(4);
		assertThat(excluded.get("first").asString()).isEqualTo(LocalDate.of(2022, 3, 1).plusDays(144).toString());
		assertThat(real.get("dataProvenance").get("syntheticDays").asInt()).isZero();
		JsonNode all = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest?provenance=all").json();
		assertThat(all.get("provenance").asString()).isEqualTo("ALL");
		assertThat(all.get("forecastDates").asInt()).isEqualTo(16);
		// days 0 .. 165 + 29 = 194: 170 real, 25 generated from 2022-08-18 to 2022-09-11
		JsonNode provenance = all.get("dataProvenance");
		assertThat(provenance.get("realDays").asInt()).isEqualTo(170);
		assertThat(provenance.get("syntheticDays").asInt()).isEqualTo(25);
		assertThat(provenance.get("syntheticFrom").asString()).isEqualTo("2022-08-18");
		assertThat(provenance.get("syntheticUntil").asString()).isEqualTo("2022-09-11");
		JsonNode one = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest?thresholds=0.975").json();
		assertThat(one.get("thresholds")).hasSize(1);
		assertThat(one.get("thresholds").get(0).get("threshold").asDouble()).isEqualTo(0.975);
	}

	@Test
	void backtestWithNoRealOutcomeWindowSaysSo() {
		String symbol = register("btSynth", "REBASING", null);
		ingest(symbol, LocalDate.of(2022, 3, 1), calmWithOneDip(), "00:00:00", 1, "chainlink test feed");
		JsonNode body = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest").json();
		assertThat(body.get("status").asString()).isEqualTo("INSUFFICIENT_REAL_DATA");
		assertThat(body.get("reason").asString()).contains("wholly real");
		assertThat(body.get("forecastDates").asInt()).isZero();
		assertThat(body.get("excluded").get(0).get("forecastDates").asInt()).isEqualTo(16);
	}

	@Test
	void badBacktestQueriesAre400NamingTheField() {
		String symbol = register("btBad", "REBASING", null);
		for (String[] query : new String[][] { { "?provenance=SOME", "provenance" },
				{ "?thresholds=1.5", "thresholds" }, { "?thresholds=0", "thresholds" },
				{ "?thresholds=0.9,0.91,0.92,0.93,0.94,0.95,0.96,0.97,0.98,0.99,0.995", "thresholds" } }) {
			Api.Response response = this.api.get("/api/v1/lsds/" + symbol + "/depeg/backtest" + query[0]);
			assertThat(response.status()).as(query[0]).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(query[1]);
		}
	}

	private static double[] calmWithOneDip() {
		double[] pegs = new double[200];
		for (int i = 0; i < pegs.length; i++) {
			pegs[i] = 0.999 - 0.0005 * (1 + Math.sin(i));
		}
		pegs[150] = 0.97;
		return pegs;
	}

	private static double square(double value) {
		return value * value;
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
