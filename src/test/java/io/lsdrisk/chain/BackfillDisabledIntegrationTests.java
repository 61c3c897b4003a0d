package io.lsdrisk.chain;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code lsdrisk.chain.rpc-url} the feature is off: no client, no scheduler, no
 * health component, and the backfill endpoints answer a 409 problem.
 */
@IntegrationTest
class BackfillDisabledIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theEndpointsSayNoRpcEndpointIsConfigured() {
		Api api = new Api(this.port);
		Api.Response started = api.postJson("/api/v1/admin/backfill",
				"{\"from\": \"2023-01-01T00:00:00Z\", \"to\": \"2023-01-02T00:00:00Z\"}");
		assertThat(started.status()).isEqualTo(409);
		assertThat(started.isProblem()).isTrue();
		assertThat(started.json().get("title").asString()).isEqualTo("No RPC endpoint configured");
		assertThat(started.json().get("detail").asString()).contains("lsdrisk.chain.rpc-url");
		assertThat(api.get("/api/v1/admin/backfill/1").status()).isEqualTo(409);
		assertThat(api.post("/api/v1/admin/backfill/1/cancel", "application/json", "").status()).isEqualTo(409);
	}

	@Test
	void noChainBeansExist() {
		assertThat(this.context.getBeansOfType(ChainSnapshots.class)).isEmpty();
		assertThat(this.context.getBeansOfType(SnapshotScheduler.class)).isEmpty();
		assertThat(new Api(this.port).get("/actuator/health").body()).doesNotContain("\"chain\"");
	}

}
