package io.lsdrisk.asset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight clients send overlapping batches (duplicates of each other's rows included) of
 * 100,000 states in all; afterwards the store holds exactly the distinct rows sent, and
 * every acknowledged write is there.
 */
@IntegrationTest
class ConcurrentIngestionIntegrationTests {

	static final int CLIENTS = 8;

	static final int BATCHES_PER_CLIENT = 25;

	static final int BATCH_SIZE = 500;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void overlappingConcurrentBatchesStoreExactlyTheDistinctRows() throws Exception {
		Api api = new Api(this.port);
		String symbol = Api.uniqueSymbol("conc");
		api.postJson("/api/v1/lsds", Map.of("symbol", symbol, "name", "Concurrency", "protocol", "Test", "tokenModel",
				"NON_REBASING", "underlying", "ETH"));
		Instant start = Instant.parse("2020-01-01T00:00:00Z");
		// Row k is the same wherever it is sent: its time and rate depend on k alone.
		int distinctRows = 60_000;
		Set<Integer> sent = ConcurrentHashMap.newKeySet();
		Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicInteger inserted = new AtomicInteger();
		AtomicInteger unchanged = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			SplittableRandom random = new SplittableRandom(c);
			clients.add(pool.submit(() -> {
				for (int b = 0; b < BATCHES_PER_CLIENT; b++) {
					List<Integer> keys = new ArrayList<>();
					StringBuilder body = new StringBuilder("[");
					int first = random.nextInt(distinctRows - BATCH_SIZE);
					for (int i = 0; i < BATCH_SIZE; i++) {
						int k = (i % 10 == 9) ? random.nextInt(distinctRows) : first + i;
						keys.add(k);
						body.append((i > 0) ? "," : "")
							.append("{\"observedAt\":\"")
							.append(start.plusSeconds(3600L * k))
							.append("\",\"exchangeRate\":")
							.append(1 + k / 1_000_000.0)
							.append("}");
					}
					sent.addAll(keys);
					Api.Response response = api.post("/api/v1/lsds/" + symbol + "/states", "application/json",
							body.append("]").toString());
					assertThat(response.status()).as(response.body()).isEqualTo(200);
					acknowledged.addAll(keys);
					inserted.addAndGet(response.json().get("inserted").asInt());
					unchanged.addAndGet(response.json().get("unchanged").asInt());
				}
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		assertThat(CLIENTS * BATCHES_PER_CLIENT * BATCH_SIZE).isEqualTo(100_000);
		List<Instant> stored = this.jdbc
			.sql("select s.observed_at from pool_state s join lsd_asset a on a.id = s.asset_id"
					+ " where a.symbol = :symbol")
			.param("symbol", symbol)
			.query((rows, n) -> rows.getTimestamp(1).toInstant())
			.list();
		Set<Instant> expected = new HashSet<>();
		acknowledged.forEach((k) -> expected.add(start.plusSeconds(3600L * k)));
		assertThat(acknowledged).isEqualTo(sent);
		assertThat(new HashSet<>(stored)).hasSameSizeAs(stored).isEqualTo(expected);
		// Each distinct row was inserted exactly once; every other copy was reported
		// unchanged.
		assertThat(inserted.get()).isEqualTo(expected.size());
		assertThat(inserted.get() + unchanged.get()).isEqualTo(100_000);
	}

}
