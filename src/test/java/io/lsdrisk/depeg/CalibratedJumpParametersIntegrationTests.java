package io.lsdrisk.depeg;

import java.time.LocalDate;
import java.util.List;

import io.lsdrisk.options.JumpParameters;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Options on a stored LSD take their depeg jumps from the calibrated peg model once its
 * history allows a calibration.
 */
@IntegrationTest
class CalibratedJumpParametersIntegrationTests extends AssetDepegIntegrationTests {

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
