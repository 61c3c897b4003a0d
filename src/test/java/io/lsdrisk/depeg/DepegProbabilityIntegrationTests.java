package io.lsdrisk.depeg;

import java.util.stream.Stream;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /api/v1/depeg/probability} against the closed form of DOMAIN.md, the limits
 * and every input rule.
 */
@IntegrationTest
class DepegProbabilityIntegrationTests {

	static final String PROBABILITY = "/api/v1/depeg/probability";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	JsonNode post(String body) {
		Api.Response response = this.api.post(PROBABILITY, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/**
	 * DOMAIN.md: with kappa = 0 and no jumps x is a Brownian motion (drift m = 0 here:
	 * the model has no drift without mean reversion), and for b = ln(theta) < x0, a = b -
	 * x0,
	 * {@code P = N((a - mT)/(sigma sqrt T)) + exp(2ma/sigma^2) N((a + mT)/(sigma sqrt T))}
	 * = 2 N(a / (sigma sqrt T)).
	 */
	@ParameterizedTest
	@CsvSource({ "0.05, 1.0, 0.98, 30", "0.20, 0.995, 0.95, 90", "0.02, 1.0, 0.99, 7", "0.10, 0.99, 0.90, 365" })
	void brownianCaseMatchesTheClosedFormWithinThreeStandardErrors(double sigma, double initialPeg, double threshold,
			double horizonDays) {
		JsonNode body = post("""
				{"model": {"kappa": 0, "mu": 0, "sigma": %s}, "initialPeg": %s, "thresholds": [%s],
				 "horizonsDays": [%s], "paths": 100000, "seed": 7}""".formatted(sigma, initialPeg, threshold,
				horizonDays));
		JsonNode result = body.get("results").get(0);
		double a = Math.log(threshold) - Math.log(initialPeg);
		double years = horizonDays / 365;
		double m = 0;
		double closedForm = normalCdf((a - m * years) / (sigma * Math.sqrt(years)))
				+ Math.exp(2 * m * a / (sigma * sigma)) * normalCdf((a + m * years) / (sigma * Math.sqrt(years)));
		double standardError = result.get("standardError").asDouble();
		assertThat(standardError).isPositive().isLessThan(0.01);
		assertThat(Math.abs(result.get("probability").asDouble() - closedForm)).isLessThanOrEqualTo(3 * standardError);
		assertThat(result.get("threshold").asDouble()).isEqualTo(threshold);
		assertThat(result.get("horizonDays").asDouble()).isEqualTo(horizonDays);
		assertThat(body.get("simulation").get("paths").asInt()).isEqualTo(100000);
		assertThat(body.get("simulation").get("pathsChosenBy").asString()).isEqualTo("REQUEST");
		assertThat(body.get("simulation").get("targetStandardError").isNull()).isTrue();
	}

	/** Standard normal CDF by Simpson's rule on the density (independent of the code). */
	static double normalCdf(double x) {
		int intervals = 20_000;
		double h = x / intervals;
		double sum = density(0) + density(x);
		for (int i = 1; i < intervals; i++) {
			sum += ((i % 2 == 1) ? 4 : 2) * density(i * h);
		}
		return 0.5 + sum * h / 3;
	}

	static double density(double x) {
		return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
	}

	@Test
	void defaultPathsReachTheTargetStandardErrorReproducibly() {
		String request = """
				{"model": {"kappa": 9.67, "mu": -0.0091, "sigma": 0.0335, "jumpIntensity": 25.4, "jumpMean": -0.0045,
				 "jumpVolatility": 0.0107}, "initialPeg": 0.995, "thresholds": [0.98, 1.0], "horizonsDays": [30, 7]}""";
		JsonNode first = post(request);
		JsonNode simulation = first.get("simulation");
		assertThat(simulation.get("pathsChosenBy").asString()).isEqualTo("TARGET_STANDARD_ERROR");
		assertThat(simulation.get("targetStandardError").asDouble()).isEqualTo(0.002);
		assertThat(simulation.get("seed").asLong()).isEqualTo(20220613L);
		assertThat(simulation.get("monitoring").asString()).isEqualTo("CONTINUOUS");
		assertThat(simulation.get("paths").asInt()).isBetween(4000, 1_000_000);
		JsonNode results = first.get("results");
		assertThat(results).hasSize(4);
		// thresholds outer, horizons inner, in the order asked
		assertThat(results.get(0).get("horizonDays").asDouble()).isEqualTo(30.0);
		assertThat(results.get(1).get("horizonDays").asDouble()).isEqualTo(7.0);
		for (JsonNode result : results) {
			assertThat(result.get("standardError").asDouble()).isLessThanOrEqualTo(0.002);
		}
		// a threshold at or above the initial peg is reached at once
		assertThat(results.get(2).get("probability").asDouble()).isEqualTo(1.0);
		assertThat(results.get(2).get("standardError").asDouble()).isEqualTo(0.0);
		// a longer horizon can only add crossings
		assertThat(results.get(0).get("probability").asDouble())
			.isGreaterThan(results.get(1).get("probability").asDouble());
		assertThat(post(request).get("results")).isEqualTo(results);
		JsonNode otherSeed = post(request.replace("\"initialPeg\"", "\"seed\": 99, \"initialPeg\""));
		assertThat(otherSeed.get("results").get(0).get("probability").asDouble())
			.isNotEqualTo(results.get(0).get("probability").asDouble());
	}

	@Test
	void aRareJumpDrivenProbabilityIsImportanceSampledToTenPercent() {
		// No diffusion, rare jumps (0.01 a year, ln-size N(ln 0.85, 0.1^2)):
		// P = 1 - exp(-lambda T N((ln 0.8 - ln 0.85) / 0.1)), T = 30 days:
		// N(-0.606246) = 0.272176, lambda T = 8.219178e-4, P = 2.236810e-4.
		JsonNode body = post("""
				{"model": {"kappa": 0, "mu": 0, "sigma": 0, "jumpIntensity": 0.01, "jumpMean": %s,
				 "jumpVolatility": 0.1}, "initialPeg": 1, "thresholds": [0.8], "horizonsDays": [30]}"""
			.formatted(Math.log(0.85)));
		JsonNode simulation = body.get("simulation");
		assertThat(simulation.get("importanceSampling").asBoolean()).isTrue();
		assertThat(simulation.get("targetRelativeStandardError").asDouble()).isEqualTo(0.1);
		assertThat(simulation.get("method").asString()).contains("importance sampling");
		JsonNode result = body.get("results").get(0);
		double expected = -Math.expm1(-0.01 * 30 / 365 * normalCdf((Math.log(0.8) - Math.log(0.85)) / 0.1));
		assertThat(expected).isCloseTo(2.236810e-4, within(1e-9));
		double standardError = result.get("standardError").asDouble();
		assertThat(standardError).isLessThanOrEqualTo(0.1 * result.get("probability").asDouble());
		assertThat(result.get("probability").asDouble()).isCloseTo(expected, within(3 * standardError));
		assertThat(result.get("upperBound95").asDouble())
			.isCloseTo(result.get("probability").asDouble() + 1.6448536 * standardError, within(1e-12));
	}

	@Test
	void aCellWithoutHitsSaysHowSmallItIsNotZeroForCertain() {
		// 0.5 within a day under a calm model: no path comes near. Zero hits in 1,000
		// paths: 1 - 0.05^(1/1000) = 1 - exp(-2.9957323e-3) = 2.9957323e-3 -
		// (2.9957323e-3)^2 / 2 + (2.9957323e-3)^3 / 6 = 2.9912495e-3.
		JsonNode body = post("""
				{"model": {"kappa": 10, "mu": 0, "sigma": 0.01}, "initialPeg": 1, "thresholds": [0.5],
				 "horizonsDays": [1], "paths": 1000}""");
		JsonNode result = body.get("results").get(0);
		assertThat(result.get("probability").asDouble()).isZero();
		assertThat(result.get("standardError").asDouble()).isZero();
		assertThat(result.get("upperBound95").asDouble()).isCloseTo(2.9912495e-3, within(1e-9));
		assertThat(body.get("simulation").get("importanceSampling").asBoolean()).isFalse();
	}

	@Test
	void workBeyondTheLimitIsRefusedNamingPaths() {
		Api.Response response = this.api.post(PROBABILITY, "application/json", """
				{"model": {"kappa": 1, "mu": 0, "sigma": 0.05}, "initialPeg": 1, "thresholds": [0.95],
				 "horizonsDays": [3650], "paths": 1000000}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("paths");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("path-steps");
	}

	static Stream<Arguments> invalidRequests() {
		String model = "\"model\": {\"kappa\": 1, \"mu\": 0, \"sigma\": 0.05}";
		String grid = "\"thresholds\": [0.98], \"horizonsDays\": [30]";
		return Stream.of(Arguments.of("{" + grid + ", \"initialPeg\": 1}", "model"),
				Arguments.of("{\"model\": {\"mu\": 0, \"sigma\": 0.05}, " + grid + ", \"initialPeg\": 1}",
						"model.kappa"),
				Arguments.of(
						"{\"model\": {\"kappa\": -1, \"mu\": 0, \"sigma\": 0.05}, " + grid + ", \"initialPeg\": 1}",
						"model.kappa"),
				Arguments.of("{\"model\": {\"kappa\": \"NaN\", \"mu\": 0, \"sigma\": 0.05}, " + grid
						+ ", \"initialPeg\": 1}", "model.kappa"),
				Arguments.of(
						"{\"model\": {\"kappa\": 1, \"mu\": 0, \"sigma\": -0.05}, " + grid + ", \"initialPeg\": 1}",
						"model.sigma"),
				Arguments.of("{\"model\": {\"kappa\": 1, \"mu\": 0, \"sigma\": 0.05, \"jumpIntensity\": -1}, " + grid
						+ ", \"initialPeg\": 1}", "model.jumpIntensity"),
				Arguments.of("{" + model + ", " + grid + "}", "initialPeg"),
				Arguments.of("{" + model + ", " + grid + ", \"initialPeg\": 0}", "initialPeg"),
				Arguments.of("{" + model + ", " + grid + ", \"initialPeg\": 2.5}", "initialPeg"),
				Arguments.of("{" + model + ", \"thresholds\": [0.98, 1.5], \"horizonsDays\": [30], \"initialPeg\": 1}",
						"thresholds[1]"),
				Arguments.of("{" + model + ", \"thresholds\": [0], \"horizonsDays\": [30], \"initialPeg\": 1}",
						"thresholds[0]"),
				Arguments.of("{" + model + ", \"thresholds\": [], \"horizonsDays\": [30], \"initialPeg\": 1}",
						"thresholds"),
				Arguments.of("{" + model + ", \"thresholds\": [" + "0.9, ".repeat(20)
						+ "0.9], \"horizonsDays\": [30], \"initialPeg\": 1}", "thresholds"),
				Arguments.of("{" + model + ", \"thresholds\": [0.98], \"horizonsDays\": [4000], \"initialPeg\": 1}",
						"horizonsDays[0]"),
				Arguments.of("{" + model + ", \"thresholds\": [0.98], \"horizonsDays\": [0], \"initialPeg\": 1}",
						"horizonsDays[0]"),
				Arguments.of("{" + model + ", \"thresholds\": [0.98], \"initialPeg\": 1}", "horizonsDays"),
				Arguments.of("{" + model + ", " + grid + ", \"initialPeg\": 1, \"paths\": 2000000}", "paths"),
				Arguments.of("{" + model + ", " + grid + ", \"initialPeg\": 1, \"paths\": 5}", "paths"),
				Arguments.of("{" + model + ", " + grid + ", \"initialPeg\": 1, \"targetStandardError\": 0}",
						"targetStandardError"));
	}

	@ParameterizedTest
	@MethodSource("invalidRequests")
	void badInputIsA400NamingTheField(String body, String field) {
		Api.Response response = this.api.post(PROBABILITY, "application/json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
	}

}
