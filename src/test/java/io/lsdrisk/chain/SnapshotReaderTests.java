package io.lsdrisk.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.chain.ChainProperties.FeedDefinition;
import io.lsdrisk.chain.abi.Abi;
import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.chain.rpc.JsonRpcClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots read from a stub that answers with real history: Rocket Pool's recorded rETH
 * rate at block 17481600 (2023-06-15 00:13:59 UTC) and the Chainlink rounds in force
 * then. Expected values are the recorded figures themselves, or hand products of them.
 */
class SnapshotReaderTests {

	static final JsonRpcStub stub = new JsonRpcStub();

	static final long BLOCK = 17_481_600;

	static final Instant BLOCK_TIME = Instant.parse("2023-06-15T00:13:59Z");

	static final Map<String, TokenModel> MODELS = Map.of("stETH", TokenModel.REBASING, "wstETH",
			TokenModel.NON_REBASING, "rETH", TokenModel.NON_REBASING, "sfrxETH", TokenModel.NON_REBASING);

	@AfterAll
	static void stop() {
		stub.close();
	}

	@BeforeEach
	void realChain() {
		stub.reset();
		stub.head = BLOCK + 100;
		stub.timestamps = (number) -> BLOCK_TIME.getEpochSecond() + 12 * (number - BLOCK);
		answerWithHistory(stub);
	}

	static void answerWithHistory(JsonRpcStub stub) {
		stub.contract(TestFeeds.ETH_USD, "latestRoundData()",
				(block, data) -> JsonRpcStub.Reply.data(ChainHistory
					.roundAt(ChainHistory.ETH_USD, Instant.ofEpochSecond(stub.timestamps.applyAsLong(block)))
					.encoded(8)));
		stub.contract(TestFeeds.STETH_ETH, "latestRoundData()",
				(block, data) -> JsonRpcStub.Reply.data(ChainHistory
					.roundAt(ChainHistory.STETH_ETH, Instant.ofEpochSecond(stub.timestamps.applyAsLong(block)))
					.encoded(18)));
		stub.uint(TestFeeds.LIDO, "getTotalPooledEther()", (block) -> new BigInteger("9374210500000000000000000"));
		stub.uint(TestFeeds.LIDO, "getTotalShares()", (block) -> new BigInteger("8124410000000000000000000"));
		stub.uint(TestFeeds.LIDO, "totalSupply()", (block) -> new BigInteger("9374210500000000000000000"));
		stub.uint(TestFeeds.WSTETH, "stEthPerToken()", (block) -> new BigInteger("1127000000000000000"));
		stub.uint(TestFeeds.RETH, "getExchangeRate()", (block) -> ChainHistory.rethAtBlock(block).wei());
		stub.uint(TestFeeds.RETH, "totalSupply()", (block) -> new BigInteger("444048191503000000000000"));
		// Curve stETH pool balances of 2021-09-04 (db/sample), A_precise 5000 (A = 50),
		// fee 4000000 (0.04 % at 1e10).
		stub.contract(TestFeeds.CURVE, "balances(uint256)",
				(block, data) -> JsonRpcStub.Reply.data(Abi.toWord((data[35] == 0)
						? new BigInteger("578486623578000000000000") : new BigInteger("723406764991000000000000"))));
		stub.uint(TestFeeds.CURVE, "A_precise()", (block) -> BigInteger.valueOf(5000));
		stub.uint(TestFeeds.CURVE, "fee()", (block) -> BigInteger.valueOf(4_000_000));
		stub.contract(TestFeeds.CURVE, "admin_balances(uint256)", (block, data) -> JsonRpcStub.Reply
			.data(Abi.toWord((data[35] == 0) ? new BigInteger("1500000000000000000") : BigInteger.TWO.pow(60))));
	}

	static Snapshot read(List<FeedDefinition> feeds, String... symbols) {
		ChainProperties properties = TestFeeds.properties(stub.url(), feeds);
		JsonRpcClient client = new JsonRpcClient(properties.rpcSettings(), JsonMapper.builder().build(),
				new SimpleMeterRegistry());
		return new SnapshotReader(client, FeedPlan.of(properties)).read(new BlockHeader(BLOCK, BLOCK_TIME),
				List.of(symbols), MODELS::get);
	}

	static Snapshot.AssetRead asset(Snapshot snapshot, String symbol) {
		return snapshot.assets().stream().filter((read) -> read.symbol().equals(symbol)).findFirst().orElseThrow();
	}

	@Test
	void everyValueIsTheRecordedOneAtTheBlock() {
		Snapshot snapshot = read(TestFeeds.standard(""), "stETH", "wstETH", "rETH");
		// rETH: Rocket Pool's recorded rate at block 17481600 is 1.073961960857.
		var reth = asset(snapshot, "rETH").row();
		assertThat(reth.exchangeRate()).isEqualByComparingTo("1.073961960857");
		assertThat(reth.tokenSupply()).isEqualByComparingTo("444048.191503");
		assertThat(reth.blockNumber()).isEqualTo(BLOCK);
		assertThat(reth.observedAt()).isEqualTo(BLOCK_TIME);
		// ETH/USD: the last round before 00:13:59 is 1650.25 (2023-06-14 23:55:47).
		assertThat(reth.ethUsd()).isEqualByComparingTo("1650.25");
		assertThat(reth.marketPriceEth()).isNull();
		assertThat(reth.source()).startsWith("ethereum eth_call at block 17481600");
		// stETH: rate 1 (rebasing); market: the round of 2023-06-14 07:51:11, 0.99877386.
		var steth = asset(snapshot, "stETH").row();
		assertThat(steth.exchangeRate()).isEqualByComparingTo("1");
		assertThat(steth.marketPriceEth()).isEqualByComparingTo("0.99877386");
		assertThat(steth.totalPooledEth()).isEqualByComparingTo("9374210.5");
		assertThat(steth.tokenSupply()).isEqualByComparingTo("9374210.5");
		assertThat(steth.ethUsd()).isEqualByComparingTo("1650.25");
		// wstETH: 0.99877386 x 1.127 = 0.99877386 + 0.12684428022 = 1.12561814022.
		var wsteth = asset(snapshot, "wstETH").row();
		assertThat(wsteth.exchangeRate()).isEqualByComparingTo("1.127");
		assertThat(wsteth.marketPriceEth()).isEqualByComparingTo("1.12561814022");
		// Curve: balances at 18 decimals, A = 5000 / 100, fee = 4e6 / 1e10.
		Snapshot.PoolRead pool = snapshot.pools().get(0);
		assertThat(pool.venue()).isEqualTo("curve-steth-eth");
		assertThat(pool.row().balanceEth()).isEqualByComparingTo("578486.623578");
		assertThat(pool.row().balanceLsd()).isEqualByComparingTo("723406.764991");
		assertThat(pool.row().amplification()).isEqualByComparingTo("50");
		assertThat(pool.row().fee()).isEqualByComparingTo("0.0004");
		assertThat(pool.row().observedAt()).isEqualTo(BLOCK_TIME);
		assertThat(snapshot.failedFeeds()).isEmpty();
	}

	@Test
	void aCallSeveralFeedsShareIsSentOncePerSnapshot() {
		read(TestFeeds.standard(""), "stETH", "wstETH", "rETH");
		// stETH/ETH serves stETH and wstETH, ETH/USD all three: 2 + 2 (Lido) + 1 (wstETH)
		// + 2
		// (rETH) + 4 (Curve) = 11 distinct calls, every one at the same block.
		assertThat(stub.count("eth_call " + TestFeeds.STETH_ETH.toLowerCase())).isEqualTo(1);
		assertThat(stub.count("eth_call " + TestFeeds.ETH_USD.toLowerCase())).isEqualTo(1);
		assertThat(stub.requests).hasSize(11).allMatch((request) -> request.endsWith("@" + BLOCK));
	}

	@Test
	void aRevertingFeedSkipsOnlyItsOwnLsd() {
		stub.contract(TestFeeds.RETH, "getExchangeRate()",
				(block, data) -> JsonRpcStub.Reply.error(3, "execution reverted"));
		Snapshot snapshot = read(TestFeeds.standard(""), "stETH", "wstETH", "rETH");
		Snapshot.AssetRead reth = asset(snapshot, "rETH");
		assertThat(reth.row()).isNull();
		assertThat(reth.skipReason()).contains("rETH:exchange_rate", "getExchangeRate()", "execution reverted");
		assertThat(asset(snapshot, "stETH").row()).isNotNull();
		assertThat(asset(snapshot, "wstETH").row()).isNotNull();
		assertThat(snapshot.pools().get(0).row()).isNotNull();
		assertThat(snapshot.failedFeeds()).containsOnlyKeys("rETH:exchange_rate");
	}

	@Test
	void aMalformedAnswerSkipsItsLsdWithTheReason() {
		stub.contract(TestFeeds.RETH, "totalSupply()", (block, data) -> JsonRpcStub.Reply.data(new byte[64]));
		Snapshot.AssetRead reth = asset(read(TestFeeds.standard(""), "rETH"), "rETH");
		assertThat(reth.row()).isNull();
		assertThat(reth.skipReason()).contains("totalSupply()", "answer of 64 bytes");
	}

	@Test
	void aChainlinkAnswerThatIsNotAPositiveCompleteRoundIsRejected() {
		BigInteger round = BigInteger.valueOf(7);
		stub.contract(TestFeeds.STETH_ETH, "latestRoundData()",
				(block, data) -> JsonRpcStub.Reply
					.data(ChainHistory.concat(Abi.toWord(round), Abi.toSignedWord(BigInteger.valueOf(-1)),
							Abi.toWord(BigInteger.ONE), Abi.toWord(BigInteger.ONE), Abi.toWord(round))));
		Snapshot snapshot = read(TestFeeds.standard(""), "stETH", "wstETH", "rETH");
		assertThat(asset(snapshot, "stETH").skipReason()).contains("answered -1, not a positive price");
		assertThat(asset(snapshot, "wstETH").row()).isNull();
		assertThat(asset(snapshot, "rETH").row()).isNotNull();
		stub.contract(TestFeeds.STETH_ETH, "latestRoundData()",
				(block, data) -> JsonRpcStub.Reply
					.data(ChainHistory.concat(Abi.toWord(round), Abi.toWord(BigInteger.TEN),
							Abi.toWord(BigInteger.ZERO), Abi.toWord(BigInteger.ZERO), Abi.toWord(round))));
		assertThat(asset(read(TestFeeds.standard(""), "stETH"), "stETH").skipReason()).contains("incomplete");
	}

	@Test
	void anOptionalFeedThatFailsLeavesItsFieldEmpty() {
		List<FeedDefinition> feeds = new ArrayList<>(TestFeeds.standard(""));
		feeds.set(7, TestFeeds.optional(feeds.get(7)));
		stub.contract(TestFeeds.RETH, "totalSupply()", (block, data) -> JsonRpcStub.Reply.error(3, "reverted"));
		var reth = asset(read(feeds, "rETH"), "rETH").row();
		assertThat(reth.exchangeRate()).isEqualByComparingTo("1.073961960857");
		assertThat(reth.tokenSupply()).isNull();
	}

	@Test
	void aNonRebasingLsdWithoutRateAndAnUnregisteredLsdAreSkipped() {
		List<FeedDefinition> feeds = List.of(
				TestFeeds.feed(null, "sfrxETH", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.SFRXETH, "totalSupply()",
						FeedTarget.TOKEN_SUPPLY),
				TestFeeds.feed(null, "osETH", FeedKind.EXCHANGE_RATE_CALL, TestFeeds.SFRXETH, "totalSupply()",
						FeedTarget.TOKEN_SUPPLY));
		stub.uint(TestFeeds.SFRXETH, "totalSupply()", (block) -> BigInteger.TEN.pow(22));
		Snapshot snapshot = read(feeds, "sfrxETH", "osETH");
		assertThat(asset(snapshot, "sfrxETH").skipReason()).contains("needs an EXCHANGE_RATE feed");
		assertThat(asset(snapshot, "osETH").skipReason()).contains("not registered");
	}

	@Test
	void theShareRateIsTheRatioOfTwoCalls() {
		List<FeedDefinition> feeds = List.of(TestFeeds.ratio(null, "wstETH", TestFeeds.LIDO, "getTotalPooledEther()",
				"getTotalShares()", FeedTarget.EXCHANGE_RATE));
		// By hand: 8124410 x 1.15 = 9343071.5, remainder 31139; 31139 / 8124410 =
		// 0.00383277...,
		// so the share rate is 1.15383277... (18 places half-even from BigDecimal below).
		BigDecimal expected = new BigDecimal("9374210.5").divide(new BigDecimal("8124410"), 18,
				java.math.RoundingMode.HALF_EVEN);
		assertThat(asset(read(feeds, "wstETH"), "wstETH").row().exchangeRate()).isEqualByComparingTo(expected)
			.isBetween(new BigDecimal("1.1538327"), new BigDecimal("1.1538328"));
	}

	@Test
	void erc4626ConvertsOneWholeShare() {
		stub.contract(TestFeeds.SFRXETH, "convertToAssets(uint256)", (block, data) -> {
			// Answers 1.0734 ETH only when asked for exactly 1e18 shares.
			BigInteger shares = Abi.unsignedWord(java.util.Arrays.copyOfRange(data, 4, 36), 0);
			return JsonRpcStub.Reply.data(Abi.toWord(
					shares.equals(BigInteger.TEN.pow(18)) ? new BigInteger("1073400000000000000") : BigInteger.ZERO));
		});
		List<FeedDefinition> feeds = List.of(new FeedDefinition(null, "sfrxETH", FeedKind.ERC4626_CONVERT_TO_ASSETS,
				TestFeeds.SFRXETH, null, null, List.of(), 18, FeedTarget.EXCHANGE_RATE, false, null, false, true));
		assertThat(asset(read(feeds, "sfrxETH"), "sfrxETH").row().exchangeRate()).isEqualByComparingTo("1.0734");
	}

	@Test
	void adminBalancesAreSubtractedOnlyWhenConfigured() {
		List<FeedDefinition> feeds = List.of(TestFeeds.curve(null, "stETH", FeedTarget.LIQUIDITY_POOL, "pool", true));
		Snapshot.PoolRead pool = read(feeds, "stETH").pools().get(0);
		// 578486.623578 - 1.5 ETH; 723406.764991 - 2^60 wei (1.152921504606846976).
		assertThat(pool.row().balanceEth()).isEqualByComparingTo("578485.123578");
		assertThat(pool.row().balanceLsd()).isEqualByComparingTo("723405.612069495393153024");
		assertThat(stub.count("eth_call")).isEqualTo(6);
	}

	@Test
	void aBalancedCurvePoolGivesMarginalPriceOne() {
		// x = y makes p = x (Ann y + Dr) / (y (Ann x + Dr)) exactly 1.
		stub.contract(TestFeeds.CURVE, "balances(uint256)",
				(block, data) -> JsonRpcStub.Reply.data(Abi.toWord(new BigInteger("500000000000000000000000"))));
		List<FeedDefinition> feeds = List
			.of(TestFeeds.curve("curve-price", "stETH", FeedTarget.MARKET_PRICE_ETH, null, false));
		assertThat(asset(read(feeds, "stETH"), "stETH").row().marketPriceEth()).isEqualByComparingTo("1");
	}

}
