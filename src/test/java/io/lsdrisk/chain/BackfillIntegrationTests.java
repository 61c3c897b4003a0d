package io.lsdrisk.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backfill jobs over the HTTP API against the stub's 12-second chain
 * ({@code t(n) = 1438269973 + 12 n}, so the block of time t is
 * {@code floor((t - 1438269973) / 12)}): the right blocks and values for 30 days,
 * resuming after the service stopped mid-job, cancelling, and bad requests.
 */
class BackfillIntegrationTests extends ChainIntegrationTestBase {

	static final JsonRpcStub stub = ChainIntegrationTestBase.STUB;

	static final long GENESIS = 1_438_269_973L;

	@LocalServerPort
	int port;

	@Autowired
	BackfillRunner runner;

	@Autowired
	AssetService assets;

	@Autowired
	PoolStateService poolStates;

	Api api;

	@BeforeEach
	void chain() {
		this.api = new Api(this.port);
		ChainSnapshotIntegrationTests.registerAssets(this.api);
		stub.reset();
		stub.head = 21_000_000;
		ChainSnapshotIntegrationTests.stub.timestamps = stub.timestamps;
		ChainSnapshotIntegrationTests.answerWithHistory();
	}

	/** The block of a time on the stub's chain, derived from its formula. */
	static long blockOf(Instant at) {
		return Math.floorDiv(at.getEpochSecond() - GENESIS, 12);
	}

	JsonNode start(Map<String, Object> request) {
		Api.Response response = this.api.postJson("/api/v1/admin/backfill", request);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json();
	}

	JsonNode status(long id) {
		return this.api.get("/api/v1/admin/backfill/" + id).json();
	}

	static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	@Test
	void thirtyDaysReadTheBlockOfEachDayAndItsRates() throws InterruptedException {
		Instant from = Instant.parse("2023-06-01T00:00:00Z");
		JsonNode started = start(Map.of("from", "2023-06-01T00:00:00Z", "to", "2023-06-30T00:00:00Z", "symbols",
				List.of("TRETH", "tstETH")));
		long id = started.get("id").asLong();
		assertThat(started.get("total").asInt()).isEqualTo(30);
		assertThat(started.get("stepHours").asDouble()).isEqualTo(24.0);
		assertThat(started.get("symbols").toString()).isEqualTo("[\"trETH\",\"tstETH\"]");
		await(() -> "COMPLETED".equals(status(id).get("status").asString()));
		JsonNode done = status(id);
		assertThat(done.get("done").asInt()).isEqualTo(30);
		assertThat(done.get("errors").asInt()).isZero();
		assertThat(done.get("rate").asDouble()).isPositive();
		assertThat(done.get("estimatedTimeLeftSeconds").isNull()).isTrue();
		// A day's block is at or up to 12 s before midnight.
		List<PoolState> reth = this.poolStates.between(this.assets.find("trETH"), from.minusSeconds(12),
				Instant.parse("2023-06-30T00:00:01Z"));
		assertThat(reth).hasSize(30);
		for (int day = 0; day < 30; day++) {
			Instant at = from.plus(Duration.ofDays(day));
			long block = blockOf(at);
			Instant blockTime = Instant.ofEpochSecond(GENESIS + 12 * block);
			PoolState state = reth.get(day);
			assertThat(state.blockNumber()).as("day %d", day).isEqualTo(block);
			assertThat(state.observedAt()).isEqualTo(blockTime);
			assertThat(blockTime).isAfter(at.minusSeconds(12)).isBeforeOrEqualTo(at);
			assertThat(state.exchangeRate()).isEqualByComparingTo(ChainHistory.rethAt(blockTime).rate());
			assertThat(state.ethUsd())
				.isEqualByComparingTo(ChainHistory.roundAt(ChainHistory.ETH_USD, blockTime).value());
		}
		// The Curve pool of tstETH too, and nothing of twstETH (not asked for).
		assertThat(this.poolStates.between(this.assets.find("twstETH"), from.minusSeconds(12),
				Instant.parse("2023-06-30T00:00:01Z")))
			.isEmpty();
		// Binary search: the first day from block 0 (at most 25 probes under 2^25
		// blocks),
		// every later day within the 86400 blocks a day can hold (at most 17), plus head
		// and block 0.
		assertThat(stub.count("eth_getBlockByNumber")).isLessThanOrEqualTo(2 + 25 + 29 * 17);
	}

	@Test
	void aJobInterruptedByAStopResumesWhereItWas() throws InterruptedException {
		// Slow eth_calls so that the stop lands mid-job.
		stub.faults = (request) -> request.method().equals("eth_call") ? JsonRpcStub.Fault.delay(30) : null;
		Instant from = Instant.parse("2023-05-01T00:00:00Z");
		long id = start(
				Map.of("from", "2023-05-01T00:00:00Z", "to", "2023-05-30T00:00:00Z", "symbols", List.of("trETH")))
			.get("id")
			.asLong();
		await(() -> status(id).get("done").asInt() >= 5);
		this.runner.close();
		JsonNode stopped = status(id);
		int doneAtStop = stopped.get("done").asInt();
		assertThat(stopped.get("status").asString()).isEqualTo("RUNNING");
		assertThat(doneAtStop).isBetween(5, 29);
		assertThat(this.runner.isActive(id)).isFalse();
		stub.faults = (request) -> null;
		stub.requests.clear();
		this.runner.resumeRunning();
		await(() -> "COMPLETED".equals(status(id).get("status").asString()));
		assertThat(status(id).get("done").asInt()).isEqualTo(30);
		List<PoolState> reth = this.poolStates.between(this.assets.find("trETH"), from.minusSeconds(12),
				Instant.parse("2023-05-30T00:00:01Z"));
		assertThat(reth).hasSize(30);
		// The days read before the stop were not read again.
		List<String> rereads = new ArrayList<>();
		for (int day = 0; day < doneAtStop; day++) {
			String suffix = "@" + blockOf(from.plus(Duration.ofDays(day)));
			stub.requests.stream().filter((request) -> request.endsWith(suffix)).forEach(rereads::add);
		}
		assertThat(rereads).isEmpty();
	}

	@Test
	void aCancelledJobReadsNoFurtherTimestamp() throws InterruptedException {
		stub.faults = (request) -> request.method().equals("eth_call") ? JsonRpcStub.Fault.delay(30) : null;
		long id = start(Map.of("from", "2023-04-01T00:00:00Z", "to", "2023-04-30T00:00:00Z", "stepHours", 24, "symbols",
				List.of("trETH")))
			.get("id")
			.asLong();
		await(() -> status(id).get("done").asInt() >= 2);
		Api.Response cancelled = this.api.post("/api/v1/admin/backfill/" + id + "/cancel", "application/json", "");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		await(() -> !this.runner.isActive(id));
		int done = status(id).get("done").asInt();
		assertThat(done).isLessThan(30);
		assertThat(status(id).get("status").asString()).isEqualTo("CANCELLED");
		// DELETE is the same cancel; on an ended job it answers the job as it is.
		Api.Response deleted = this.api
			.send(this.api.write("/api/v1/admin/backfill/" + id, "application/json", Api.KEY).DELETE());
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().get("done").asInt()).isEqualTo(done);
	}

	@Test
	void badRequestsNameTheField() {
		assertField(Map.of("to", "2023-01-02T00:00:00Z"), "from");
		assertField(Map.of("from", "2023-01-02T00:00:00Z", "to", "2023-01-01T00:00:00Z"), "to");
		assertField(Map.of("from", "2023-01-01T00:00:00Z", "to", "2999-01-01T00:00:00Z"), "to");
		assertField(Map.of("from", "2023-01-01T00:00:00Z", "to", "2023-01-02T00:00:00Z", "stepHours", 0), "stepHours");
		assertField(Map.of("from", "2000-01-01T00:00:00Z", "to", "2023-01-02T00:00:00Z", "stepHours", 1), "to");
		assertField(Map.of("from", "2023-01-01T00:00:00Z", "to", "2023-01-02T00:00:00Z", "symbols",
				List.of("trETH", "nope")), "symbols[1]");
		Api.Response missing = this.api.get("/api/v1/admin/backfill/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
		Api.Response anonymous = this.api.send(this.api.write("/api/v1/admin/backfill", "application/json", null)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(anonymous.status()).isEqualTo(401);
	}

	void assertField(Map<String, Object> request, String field) {
		Api.Response response = this.api.postJson("/api/v1/admin/backfill", request);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
