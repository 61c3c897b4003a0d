package io.lsdrisk.collateral;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * Daily rates growing linearly, {@code R_t = 1 + 0.0001 t} for t = 0..199 days, except a
 * fall on day 100 ({@code R_100 = R_99 - 0.00001 = 1.00989}). A 14-day yield ending on
 * day t is {@code 0.0014 x 365/14 / R_(t-14) = 0.0365 / (1 + 0.0001 (t - 14))} away from
 * the fall, at most 0.0365 / 1.0005 (day 19, the window's first day); the one starting
 * from the fallen rate, day 114, is larger: {@code (1.0114 / 1.00989 - 1) x 365/14}.
 */
@IntegrationTest
class RateCapIntegrationTests {

	private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

	@LocalServerPort
	int port;

	Api api;

	String symbol;

	double[] rates = new double[200];

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		Fixtures fixtures = new Fixtures(this.api);
		this.symbol = fixtures.asset("rcap", "NON_REBASING");
		List<Map<String, Object>> states = new ArrayList<>();
		for (int t = 0; t < 200; t++) {
			this.rates[t] = (t == 100) ? this.rates[99] - 0.00001 : 1 + 0.0001 * t;
			states.add(Fixtures.state(START.plus(t, ChronoUnit.DAYS).toString(), this.rates[t], null, null, null));
		}
		fixtures.states(this.symbol, states);
	}

	@Test
	void capFromTheStoredRates() {
		Api.Response response = this.api.get("/api/v1/lsds/" + this.symbol + "/rate-cap");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode cap = response.json();
		double max = (1.0114 / 1.00989 - 1) * 365 / 14;
		assertThat(max).isGreaterThan(0.0365 / 1.0005);
		assertThat(cap.get("maxSmoothedYield").doubleValue()).isCloseTo(max, within(1e-12));
		assertThat(cap.get("maxSmoothedYieldAt").asString()).isEqualTo(START.plus(114, ChronoUnit.DAYS).toString());
		// Daily yields (R_t / R_(t-1) - 1) x 365 for t = 19..199, sample standard
		// deviation.
		double sum = 0;
		double sumSquares = 0;
		int n = 0;
		for (int t = 19; t < 200; t++) {
			double yield = (this.rates[t] / this.rates[t - 1] - 1) * 365;
			sum += yield;
			sumSquares += yield * yield;
			n++;
		}
		double deviation = Math.sqrt((sumSquares - sum * sum / n) / (n - 1));
		assertThat(cap.get("yieldStandardDeviation").doubleValue()).isCloseTo(deviation, within(1e-9));
		assertThat(cap.get("recommendedMaxYearlyGrowth").doubleValue()).isCloseTo(max + deviation, within(1e-9));
		JsonNode window = cap.get("window");
		assertThat(window.get("updateCount").intValue()).isEqualTo(181);
		assertThat(window.get("storedStates").intValue()).isEqualTo(200);
		assertThat(window.get("lookbackDays").doubleValue()).isEqualTo(180);
		assertThat(window.get("to").asString()).isEqualTo(START.plus(199, ChronoUnit.DAYS).toString());
		// The fall on day 100 is flagged as a possible slashing.
		assertThat(cap.get("rateFallCount").intValue()).isEqualTo(1);
		JsonNode fall = cap.get("rateFalls").get(0);
		assertThat(fall.get("observedAt").asString()).isEqualTo(START.plus(100, ChronoUnit.DAYS).toString());
		assertThat(fall.get("referenceAt").asString()).isEqualTo(START.plus(99, ChronoUnit.DAYS).toString());
		assertThat(cap.get("capSource").asString()).isEqualTo("RECOMMENDED");
	}

	@Test
	void growthAboveAGivenCapIsFlagged() {
		// Cap 3 % a year from a 7-day-old snapshot: day 7 has grown 0.0007 since day 0,
		// above 1 x (1 + 0.03 x 7 / 365) - 1 = 0.000575: the first flag.
		JsonNode tight = this.api.get("/api/v1/lsds/" + this.symbol + "/rate-cap?cap=0.03").json();
		assertThat(tight.get("cap").doubleValue()).isEqualTo(0.03);
		assertThat(tight.get("capSource").asString()).isEqualTo("REQUEST");
		assertThat(tight.get("growthAboveCapCount").intValue()).isGreaterThan(150);
		JsonNode first = tight.get("growthAboveCap").get(0);
		assertThat(first.get("observedAt").asString()).isEqualTo(START.plus(7, ChronoUnit.DAYS).toString());
		assertThat(first.get("limitRate").doubleValue()).isCloseTo(1 + 0.03 * 7 / 365, within(1e-12));
		// A cap of 100 % a year is never broken.
		JsonNode loose = this.api.get("/api/v1/lsds/" + this.symbol + "/rate-cap?cap=1").json();
		assertThat(loose.get("growthAboveCapCount").intValue()).isZero();
		assertThat(loose.get("rateFallCount").intValue()).isEqualTo(1);
	}

	@Test
	void badInput() {
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/" + this.symbol + "/rate-cap?cap=-0.1"), 400, "cap");
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/" + this.symbol + "/rate-cap?cap=abc"), 400, "cap");
		Fixtures.assertProblem(this.api.get("/api/v1/lsds/NOSUCH" + System.nanoTime() + "/rate-cap"), 404, "symbol");
	}

}
