package io.lsdrisk;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.TcpProxy;
import io.lsdrisk.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away during work and comes back: readiness goes down and up again,
 * the service recovers without a restart, requests during the outage get a quick 503
 * problem, and no acknowledged write is lost. The outage is played by cutting a TCP proxy
 * between the service and the test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1500",
				"spring.datasource.hikari.validation-timeout=1000" })
@ActiveProfiles("test")
class DatabaseOutageIntegrationTests {

	static TcpProxy proxy;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void throughProxy(DynamicPropertyRegistry registry) throws Exception {
		TestDatabase.Connection database = TestDatabase.get();
		URI target = URI.create(database.url().substring("jdbc:".length()));
		proxy = new TcpProxy(target.getHost(), target.getPort()).start();
		String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	@AfterAll
	static void closeProxy() throws Exception {
		proxy.close();
	}

	@Test
	void theServiceRidesOutADatabaseOutage() throws Exception {
		Api api = new Api(this.port);
		String symbol = Api.uniqueSymbol("outage");
		api.postJson("/api/v1/lsds", Map.of("symbol", symbol, "name", "Outage", "protocol", "Test", "tokenModel",
				"NON_REBASING", "underlying", "ETH"));
		String states = "/api/v1/lsds/" + symbol + "/states";
		List<String> acknowledged = new ArrayList<>();
		Instant start = Instant.parse("2024-01-01T00:00:00Z");
		for (int i = 0; i < 5; i++) {
			String at = start.plusSeconds(3600L * i).toString();
			if (api.postJson(states, List.of(Map.of("observedAt", at, "exchangeRate", 1.1))).status() == 200) {
				acknowledged.add(at);
			}
		}
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

		proxy.cut();
		long before = System.nanoTime();
		Api.Response read = api.get(states);
		Api.Response write = api.postJson(states,
				List.of(Map.of("observedAt", "2024-02-01T00:00:00Z", "exchangeRate", 1.2)));
		Duration took = Duration.ofNanos(System.nanoTime() - before);
		assertThat(read.status()).isEqualTo(503);
		assertThat(read.isProblem()).isTrue();
		assertThat(write.status()).isEqualTo(503);
		assertThat(write.isProblem()).isTrue();
		// Two requests, each bounded by the pool's 1.5 s connection timeout: no hanging
		// threads.
		assertThat(took).isLessThan(Duration.ofSeconds(8));
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

		proxy.start();
		Api.Response recovered = awaitStatus(api, states, 200, Duration.ofSeconds(30));
		assertThat(recovered.status()).isEqualTo(200);
		assertThat(awaitStatus(api, "/actuator/health/readiness", 200, Duration.ofSeconds(30)).status()).isEqualTo(200);
		List<String> stored = recovered.json().get("items").findValuesAsString("observedAt");
		assertThat(stored).containsAll(acknowledged).hasSize(acknowledged.size());
		assertThat(api.postJson(states, List.of(Map.of("observedAt", "2024-02-01T00:00:00Z", "exchangeRate", 1.2)))
			.status()).isEqualTo(200);
	}

	private static Api.Response awaitStatus(Api api, String path, int status, Duration limit)
			throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		Api.Response response = api.get(path);
		while (response.status() != status && System.nanoTime() < deadline) {
			Thread.sleep(250);
			response = api.get(path);
		}
		return response;
	}

}
