package io.lsdrisk.chain;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

import io.lsdrisk.chain.ChainProperties.FeedDefinition;

/**
 * Feed definitions for tests, with mainnet addresses, and properties around them.
 */
final class TestFeeds {

	static final String ETH_USD = "0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419";

	static final String STETH_ETH = "0x86392dC19c0b719886221c78AB11eb8Cf5c52812";

	static final String LIDO = "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84";

	static final String WSTETH = "0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0";

	static final String RETH = "0xae78736Cd615f374D3085123A210448E74Fc6393";

	static final String SFRXETH = "0xac3E018457B222d93114458476f3E3416Abbe38F";

	static final String CURVE = "0xDC24316b9AE028F1497c275EB9192a3Ea0f67022";

	private TestFeeds() {
	}

	static FeedDefinition feed(String name, String symbol, FeedKind kind, String address, String function,
			FeedTarget target) {
		return new FeedDefinition(name, symbol, kind, address, function, null, List.of(), 18, target, false, null,
				false, true);
	}

	static FeedDefinition chainlink(String name, String symbol, String address, int decimals, FeedTarget target,
			boolean timesExchangeRate) {
		return new FeedDefinition(name, symbol, FeedKind.CHAINLINK_LATEST_ROUND, address, null, null, List.of(),
				decimals, target, timesExchangeRate, null, false, true);
	}

	static FeedDefinition ratio(String name, String symbol, String address, String numerator, String divisor,
			FeedTarget target) {
		return new FeedDefinition(name, symbol, FeedKind.RATIO_OF_TWO_CALLS, address, numerator, divisor,
				List.<BigInteger>of(), 18, target, false, null, false, true);
	}

	static FeedDefinition curve(String name, String symbol, FeedTarget target, String venue,
			boolean subtractAdminBalances) {
		return new FeedDefinition(name, symbol, FeedKind.CURVE_POOL, CURVE, null, null, List.of(), 18, target, false,
				venue, subtractAdminBalances, true);
	}

	static FeedDefinition optional(FeedDefinition feed) {
		return new FeedDefinition(feed.name(), feed.symbol(), feed.kind(), feed.address(), feed.function(),
				feed.divisorFunction(), feed.arguments(), feed.decimals(), feed.target(), feed.timesExchangeRate(),
				feed.venue(), feed.subtractAdminBalances(), false);
	}

	/** The mainnet shapes for three LSDs named {@code prefix + stETH/wstETH/rETH}. */
	static List<FeedDefinition> standard(String prefix) {
		String steth = prefix + "stETH";
		String wsteth = prefix + "wstETH";
		String reth = prefix + "rETH";
		return List.of(chainlink("eth-usd", "*", ETH_USD, 8, FeedTarget.ETH_USD, false),
				chainlink("steth-eth", steth, STETH_ETH, 18, FeedTarget.MARKET_PRICE_ETH, false),
				feed(null, steth, FeedKind.EXCHANGE_RATE_CALL, LIDO, "getTotalPooledEther()",
						FeedTarget.TOTAL_POOLED_ETH),
				feed(null, steth, FeedKind.EXCHANGE_RATE_CALL, LIDO, "totalSupply()", FeedTarget.TOKEN_SUPPLY),
				feed(null, wsteth, FeedKind.EXCHANGE_RATE_CALL, WSTETH, "stEthPerToken()", FeedTarget.EXCHANGE_RATE),
				chainlink("wsteth-market", wsteth, STETH_ETH, 18, FeedTarget.MARKET_PRICE_ETH, true),
				feed(null, reth, FeedKind.EXCHANGE_RATE_CALL, RETH, "getExchangeRate()", FeedTarget.EXCHANGE_RATE),
				feed(null, reth, FeedKind.EXCHANGE_RATE_CALL, RETH, "totalSupply()", FeedTarget.TOKEN_SUPPLY),
				curve(null, steth, FeedTarget.LIQUIDITY_POOL, "curve-steth-eth", false));
	}

	static ChainProperties properties(String rpcUrl, List<FeedDefinition> feeds) {
		return new ChainProperties(rpcUrl, Duration.ofMinutes(5), Duration.ofHours(1), 2, Duration.ofHours(1),
				new ChainProperties.Http(Duration.ofSeconds(2), Duration.ofMillis(500)),
				new ChainProperties.Retry(2, Duration.ofMillis(5), 2.0, Duration.ofMillis(50), Duration.ofSeconds(5)),
				new ChainProperties.CircuitBreaker(50, 100, 100, Duration.ofSeconds(30)),
				new ChainProperties.Backfill(24, 10_000, 1, 10_000, Duration.ofSeconds(30)), feeds, List.of());
	}

}
