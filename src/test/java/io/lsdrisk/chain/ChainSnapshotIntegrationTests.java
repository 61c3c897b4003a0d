package io.lsdrisk.chain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.liquidity.LiquidityPoolState;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.lsdrisk.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live snapshots through the whole service: stored with the block and its timestamp, the
 * same block twice a no-op, one failing feed costing only its own LSD, and the metrics
 * and health that report it. The stub's blocks are 12 s apart
 * ({@code t(n) = 1438269973 + 12 n}) and its contracts answer with the real rETH rates
 * and Chainlink rounds in force at each block's time.
 */

class ChainSnapshotIntegrationTests extends ChainIntegrationTestBase {

	static final JsonRpcStub stub = ChainIntegrationTestBase.STUB;

	@LocalServerPort
	int port;

	@Autowired
	ChainSnapshots snapshots;

	@Autowired
	SnapshotScheduler scheduler;

	@Autowired
	AssetService assets;

	@Autowired
	PoolStateService poolStates;

	@Autowired
	LiquidityPoolStateService liquidityStates;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void chain() {
		this.api = new Api(this.port);
		registerAssets(this.api);
		stub.reset();
		stub.head = 21_000_000;
		answerWithHistory();
	}

	/** The real history; rETH by time, since the stub's block numbers are synthetic. */
	static void answerWithHistory() {
		SnapshotReaderTests.answerWithHistory(stub);
		stub.uint(TestFeeds.RETH, "getExchangeRate()",
				(block) -> ChainHistory.rethAt(Instant.ofEpochSecond(stub.timestamps.applyAsLong(block))).wei());
	}

	static void registerAssets(Api api) {
		for (String[] asset : List.of(new String[] { "tstETH", "REBASING" }, new String[] { "twstETH", "NON_REBASING" },
				new String[] { "trETH", "NON_REBASING" })) {
			int status = api
				.postJson("/api/v1/lsds", Map.of("symbol", asset[0], "name", asset[0], "protocol", "test", "tokenModel",
						asset[1], "underlying", "ETH"))
				.status();
			assertThat(status).isIn(200, 201);
		}
	}

	static Instant time(long block) {
		return Instant.ofEpochSecond(1_438_269_973L + 12 * block);
	}

	int rows() {
		return this.jdbc.sql("select (select count(*) from pool_state) + (select count(*) from liquidity_pool_state)")
			.query(Integer.class)
			.single();
	}

	@Test
	void aLiveSnapshotIsStoredWithItsBlockAndTheBlocksTime() {
		SnapshotOutcome outcome = this.snapshots.snapshotLatest();
		// Two confirmations behind the head 21000000.
		long block = 20_999_998;
		Instant at = time(block);
		assertThat(outcome.blockNumber()).isEqualTo(block);
		assertThat(outcome.inserted()).containsExactlyInAnyOrder("tstETH", "twstETH", "trETH",
				"tstETH@curve-steth-eth");
		PoolState reth = this.poolStates.latestAtOrBefore(this.assets.find("trETH"), at);
		assertThat(reth.observedAt()).isEqualTo(at);
		assertThat(reth.blockNumber()).isEqualTo(block);
		assertThat(reth.exchangeRate()).isEqualByComparingTo(ChainHistory.rethAt(at).rate());
		assertThat(reth.ethUsd()).isEqualByComparingTo(ChainHistory.roundAt(ChainHistory.ETH_USD, at).value());
		PoolState steth = this.poolStates.latestAtOrBefore(this.assets.find("tstETH"), at);
		assertThat(steth.exchangeRate()).isEqualByComparingTo("1");
		assertThat(steth.marketPriceEth())
			.isEqualByComparingTo(ChainHistory.roundAt(ChainHistory.STETH_ETH, at).value());
		PoolState wsteth = this.poolStates.latestAtOrBefore(this.assets.find("twstETH"), at);
		assertThat(wsteth.marketPriceEth()).isEqualByComparingTo(
				ChainHistory.roundAt(ChainHistory.STETH_ETH, at).value().multiply(new java.math.BigDecimal("1.127")));
		List<LiquidityPoolState> pool = this.liquidityStates.between(this.assets.find("tstETH"), "curve-steth-eth", at,
				at.plusSeconds(1));
		assertThat(pool).singleElement().satisfies((state) -> {
			assertThat(state.amplification()).isEqualByComparingTo("50");
			assertThat(state.fee()).isEqualByComparingTo("0.0004");
		});
		// 11 distinct eth_call + eth_blockNumber + eth_getBlockByNumber.
		assertThat(stub.requests).hasSize(13);
	}

	@Test
	void theSameBlockTwiceChangesNothing() {
		BlockHeader block = new BlockHeader(20_900_000, time(20_900_000));
		List<String> symbols = List.of("tstETH", "twstETH", "trETH");
		SnapshotOutcome first = this.snapshots.snapshotAt(block, symbols, false);
		int stored = rows();
		SnapshotOutcome second = this.snapshots.snapshotAt(block, symbols, false);
		assertThat(first.inserted()).hasSize(4);
		assertThat(second.inserted()).isEmpty();
		assertThat(second.unchanged()).containsExactlyInAnyOrderElementsOf(first.inserted());
		assertThat(second.skipped()).isEmpty();
		assertThat(rows()).isEqualTo(stored);
	}

	@Test
	void oneFailingFeedCostsOnlyItsOwnLsd() {
		stub.head = 20_950_002;
		stub.contract(TestFeeds.RETH, "getExchangeRate()",
				(block, data) -> JsonRpcStub.Reply.error(3, "execution reverted"));
		SnapshotOutcome outcome = this.snapshots.snapshotLatest();
		assertThat(outcome.skipped()).containsOnlyKeys("trETH");
		assertThat(outcome.skipped().get("trETH")).contains("execution reverted");
		assertThat(outcome.inserted()).containsExactlyInAnyOrder("tstETH", "twstETH", "tstETH@curve-steth-eth");
		assertThat(this.poolStates.latestAtOrBefore(this.assets.find("trETH"), time(20_950_000))).satisfiesAnyOf(
				(state) -> assertThat(state).isNull(),
				(state) -> assertThat(state.observedAt()).isNotEqualTo(time(20_950_000)));
		String metrics = this.api.get("/actuator/prometheus").body();
		assertThat(metrics).containsPattern(
				"lsdrisk_chain_feed_reads_total\\{feed=\"trETH:exchange_rate\",outcome=\"failure\"} [1-9]");
		assertThat(metrics)
			.containsPattern("lsdrisk_chain_feed_reads_total\\{feed=\"trETH:token_supply\",outcome=\"skipped\"} [1-9]");
		assertThat(metrics)
			.containsPattern("lsdrisk_chain_feed_reads_total\\{feed=\"steth-eth\",outcome=\"success\"} [1-9]");
		assertThat(metrics).contains("lsdrisk_chain_feed_age_seconds{feed=\"trETH:exchange_rate\"}");
		assertThat(metrics).contains("lsdrisk_chain_rpc_seconds_count{method=\"eth_call\",outcome=\"reverted\"}");
	}

	@Test
	void staleFeedsDegradeTheChainComponentButNotTheService() throws InterruptedException {
		// Tests set stale-after to 1 ms, so every feed is stale a moment after its read.
		this.snapshots.snapshotLatest();
		Thread.sleep(20);
		JsonNode health = this.api.get("/actuator/health").json();
		assertThat(health.get("status").asString()).isEqualTo("UP");
		JsonNode chain = health.get("components").get("chain");
		assertThat(chain.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(chain.get("details").get("staleFeeds").toString()).contains("trETH:exchange_rate");
		assertThat(chain.get("details").get("feeds").get("eth-usd").get("lastSuccessAt").isNull()).isFalse();
		assertThat(chain.get("details").toString()).doesNotContain(stub.url());
		Api.Response readiness = this.api.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body()).doesNotContain("chain");
	}

	@Test
	void theSchedulerTakesALiveSnapshot() {
		stub.head = 20_980_002;
		this.scheduler.snapshot();
		assertThat(this.poolStates.latestAtOrBefore(this.assets.find("trETH"), time(20_980_000)).blockNumber())
			.isEqualTo(20_980_000L);
	}

	@Test
	void aNodeThatIsDownLeavesNothingHalfStored() {
		stub.head = 20_970_002;
		int before = rows();
		stub.faults = (request) -> request.method().equals("eth_call") ? JsonRpcStub.Fault.status(503, null) : null;
		SnapshotOutcome outcome = this.snapshots.snapshotLatest();
		assertThat(outcome.inserted()).isEmpty();
		assertThat(outcome.skipped()).hasSize(4);
		assertThat(rows()).isEqualTo(before);
	}

}
