package io.lsdrisk.chain;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.lsdrisk.chain.ChainProperties.FeedDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped mainnet defaults bind and compile, and cost the number of calls the README
 * states; definitions that cannot work stop the start with the property named.
 */
class FeedPlanTests {

	static ChainProperties defaults() throws IOException {
		Properties file = new Properties();
		try (InputStream in = FeedPlanTests.class.getResourceAsStream("/lsdrisk-chain-defaults.properties")) {
			file.load(in);
		}
		file.put("lsdrisk.chain.rpc-url", "http://localhost:8545");
		return new Binder(new MapConfigurationPropertySource(file)).bindOrCreate("lsdrisk.chain",
				ChainProperties.class);
	}

	@Test
	void theMainnetDefaultsCoverSixLsdsAndTheCurvePool() throws IOException {
		FeedPlan plan = FeedPlan.of(defaults());
		assertThat(plan.symbols()).containsExactly("stETH", "wstETH", "rETH", "cbETH", "sfrxETH", "weETH");
		assertThat(plan.feeds()).hasSize(16);
		assertThat(plan.feeds().stream().filter((feed) -> feed.target() == FeedTarget.LIQUIDITY_POOL)).singleElement()
			.satisfies((feed) -> assertThat(feed.venue()).isEqualTo("curve-steth-eth"));
	}

	@Test
	void aDefaultSnapshotIsTwentyDistinctCalls() throws IOException {
		// README: ETH/USD 1, stETH/ETH 1 (shared by stETH and wstETH), Lido 2, wstETH 2,
		// rETH 2, cbETH 2, sfrxETH 2, weETH 2, Curve 4 (balances(0), balances(1),
		// A_precise,
		// fee) = 18 eth_call, plus eth_blockNumber and eth_getBlockByNumber.
		Set<String> calls = new HashSet<>();
		FeedPlan.of(defaults()).feeds().forEach((feed) -> feed.calls().forEach((call) -> calls.add(call.key())));
		assertThat(calls).hasSize(18);
	}

	@Test
	void wrongDefinitionsNameTheirProperty() {
		List<FeedDefinition> feeds = List.of(
				TestFeeds.feed(null, "x", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.RETH, "getRate",
						FeedTarget.EXCHANGE_RATE),
				TestFeeds.feed(null, "*", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.RETH, "getRate()",
						FeedTarget.EXCHANGE_RATE),
				TestFeeds.feed(null, "y", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.RETH, null, FeedTarget.LIQUIDITY_POOL),
				TestFeeds.curve(null, "z", FeedTarget.LIQUIDITY_POOL, "Bad Venue", false),
				TestFeeds.chainlink("p", "w", TestFeeds.STETH_ETH, 18, FeedTarget.MARKET_PRICE_ETH, true));
		assertThatThrownBy(() -> FeedPlan.of(TestFeeds.properties("http://x", feeds)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("lsdrisk.chain.feeds[0].function: 'getRate' must be a canonical signature")
			.hasMessageContaining("lsdrisk.chain.feeds[1].symbol: '*' (every LSD) is allowed for ETH_USD only")
			.hasMessageContaining("lsdrisk.chain.feeds[2].target")
			.hasMessageContaining("lsdrisk.chain.feeds[2].function: is required")
			.hasMessageContaining("lsdrisk.chain.feeds[3].venue")
			.hasMessageContaining("feed 'p' multiplies by the exchange rate, but w has no EXCHANGE_RATE feed");
	}

	@Test
	void twoFeedsForTheSameFieldAreRefused() {
		List<FeedDefinition> feeds = List.of(
				TestFeeds.feed("a", "rETH", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.RETH, "getExchangeRate()",
						FeedTarget.EXCHANGE_RATE),
				TestFeeds.feed("b", "reth", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.RETH, "getExchangeRate()",
						FeedTarget.EXCHANGE_RATE));
		assertThatThrownBy(() -> FeedPlan.of(TestFeeds.properties("http://x", feeds)))
			.hasMessageContaining("two feeds give EXCHANGE_RATE of reth");
	}

}
