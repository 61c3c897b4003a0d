package io.lsdrisk.chain;

import java.time.Clock;

import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.chain.rpc.JsonRpcClient;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The chain feature's beans, present only when {@code lsdrisk.chain.rpc-url} is set: the
 * JSON-RPC client, the checked feed plan, snapshots and their schedule, metrics, health
 * and the backfill runner.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ChainEnabledCondition.class)
@EnableScheduling
class ChainConfiguration {

	@Bean
	FeedPlan chainFeedPlan(ChainProperties properties) {
		return FeedPlan.of(properties);
	}

	@Bean
	JsonRpcClient chainRpcClient(ChainProperties properties, JsonMapper json, MeterRegistry meters) {
		return new JsonRpcClient(properties.rpcSettings(), json, meters);
	}

	@Bean
	FeedMetrics chainFeedMetrics(FeedPlan plan, MeterRegistry meters, Clock clock) {
		return new FeedMetrics(plan, meters, clock);
	}

	@Bean
	ChainSnapshots chainSnapshots(JsonRpcClient client, FeedPlan plan, AssetService assets, PoolStateService poolStates,
			LiquidityPoolStateService liquidityStates, FeedMetrics metrics, ChainProperties properties) {
		return new ChainSnapshots(client, plan, assets, poolStates, liquidityStates, metrics, properties);
	}

	@Bean
	SnapshotScheduler chainSnapshotScheduler(ChainSnapshots snapshots) {
		return new SnapshotScheduler(snapshots);
	}

	@Bean
	ChainHealthIndicator chainHealthIndicator(FeedPlan plan, FeedMetrics metrics, JsonRpcClient client,
			ChainProperties properties) {
		return new ChainHealthIndicator(plan, metrics, client, properties);
	}

	@Bean
	BlockFinder chainBlockFinder(JsonRpcClient client, ChainProperties properties) {
		return new BlockFinder(client, properties.backfill().blockCacheSize());
	}

	@Bean
	BackfillRunner chainBackfillRunner(BackfillJobs jobs, ChainSnapshots snapshots, BlockFinder blocks, FeedPlan plan,
			ChainProperties properties, Clock clock) {
		return new BackfillRunner(jobs, snapshots, blocks, plan, properties, clock);
	}

}
