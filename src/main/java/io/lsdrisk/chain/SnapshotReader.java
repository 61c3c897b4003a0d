package io.lsdrisk.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.lsdrisk.asset.PoolStateRequest;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.chain.abi.Abi;
import io.lsdrisk.chain.abi.AbiDecodingException;
import io.lsdrisk.chain.abi.ChainlinkRound;
import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.chain.rpc.JsonRpcClient;
import io.lsdrisk.chain.rpc.RpcException;
import io.lsdrisk.compute.liquidity.PoolState;
import io.lsdrisk.compute.liquidity.StableSwap;
import io.lsdrisk.liquidity.LiquidityPoolStateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every configured value of a set of LSDs at one block. A call made by several
 * feeds is sent once per snapshot. If any required value of an LSD cannot be read, that
 * LSD's row is skipped with the reason logged; other LSDs and pools are unaffected.
 */
final class SnapshotReader {

	private static final Logger log = LoggerFactory.getLogger(SnapshotReader.class);

	/** Stored decimals are numeric(38, 18): 20 integer digits at most. */
	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(20);

	private static final int SCALE = 18;

	private static final BigDecimal A_PRECISION = BigDecimal.valueOf(100);

	private static final BigDecimal FEE_DENOMINATOR = BigDecimal.TEN.pow(10);

	private final JsonRpcClient client;

	private final FeedPlan plan;

	SnapshotReader(JsonRpcClient client, FeedPlan plan) {
		this.client = client;
		this.plan = plan;
	}

	/**
	 * @param block the block to read at
	 * @param symbols configured LSDs to read
	 * @param tokenModels each LSD's model (a rebasing LSD without an exchange-rate feed
	 * has rate 1), null for an LSD that is not registered
	 */
	Snapshot read(BlockHeader block, List<String> symbols, Function<String, TokenModel> tokenModels) {
		Calls calls = new Calls(block.number());
		Map<String, String> failedFeeds = new LinkedHashMap<>();
		List<Snapshot.AssetRead> assets = new ArrayList<>();
		List<Snapshot.PoolRead> pools = new ArrayList<>();
		for (String symbol : symbols) {
			assets.add(readAsset(block, symbol, tokenModels.apply(symbol), calls, failedFeeds));
			for (Feed feed : this.plan.feedsOf(symbol)) {
				if (feed.target() == FeedTarget.LIQUIDITY_POOL) {
					pools.add(readPool(block, symbol, feed, calls, failedFeeds));
				}
			}
		}
		return new Snapshot(block, assets, pools, failedFeeds);
	}

	private Snapshot.AssetRead readAsset(BlockHeader block, String symbol, TokenModel model, Calls calls,
			Map<String, String> failedFeeds) {
		if (model == null) {
			String reason = "not registered (POST /api/v1/lsds first)";
			log.warn("Chain snapshot at block {}: {} skipped: {}", block.number(), symbol, reason);
			return new Snapshot.AssetRead(symbol, null, List.of(), reason);
		}
		Map<FeedTarget, BigDecimal> values = new EnumMap<>(FeedTarget.class);
		Map<FeedTarget, Feed> sources = new EnumMap<>(FeedTarget.class);
		List<String> feeds = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Feed feed : this.plan.feedsOf(symbol)) {
			if (feed.target() == FeedTarget.LIQUIDITY_POOL) {
				continue;
			}
			try {
				values.put(feed.target(), value(feed, calls));
				sources.put(feed.target(), feed);
				feeds.add(feed.name());
			}
			catch (RpcException | AbiDecodingException ex) {
				failedFeeds.put(feed.name(), ex.getMessage());
				if (feed.required()) {
					failures.add(feed.name() + ": " + ex.getMessage());
				}
				else {
					log.warn("Chain snapshot at block {}: optional feed {} left empty: {}", block.number(), feed.name(),
							ex.getMessage());
				}
			}
		}
		BigDecimal exchangeRate = values.get(FeedTarget.EXCHANGE_RATE);
		if (exchangeRate == null && failures.isEmpty()) {
			if (model == TokenModel.REBASING) {
				exchangeRate = BigDecimal.ONE;
			}
			else {
				failures.add("no exchange rate: a non-rebasing LSD needs an EXCHANGE_RATE feed");
			}
		}
		if (!failures.isEmpty()) {
			String reason = String.join("; ", failures);
			log.warn("Chain snapshot at block {}: {} skipped, nothing stored for it: {}", block.number(), symbol,
					reason);
			return new Snapshot.AssetRead(symbol, null, List.of(), reason);
		}
		BigDecimal market = values.get(FeedTarget.MARKET_PRICE_ETH);
		if (market != null && sources.get(FeedTarget.MARKET_PRICE_ETH).timesExchangeRate()) {
			market = round(market.multiply(exchangeRate));
		}
		String source = "ethereum eth_call at block " + block.number() + ": " + String.join(", ", feeds);
		PoolStateRequest row = new PoolStateRequest(block.timestamp(), block.number(), exchangeRate, market,
				values.get(FeedTarget.ETH_USD), values.get(FeedTarget.TOTAL_POOLED_ETH),
				values.get(FeedTarget.TOKEN_SUPPLY), null, null, null, abbreviate(source));
		return new Snapshot.AssetRead(symbol, row, List.copyOf(feeds), null);
	}

	private Snapshot.PoolRead readPool(BlockHeader block, String symbol, Feed feed, Calls calls,
			Map<String, String> failedFeeds) {
		try {
			CurveReading curve = curve(feed, calls);
			String source = "ethereum eth_call at block " + block.number() + ": curve pool "
					+ feed.calls().get(0).address() + " balances(0), balances(1)"
					+ ((feed.calls().size() > 4) ? " less admin_balances(i)" : "") + ", A_precise()/100, fee()/1e10";
			return new Snapshot.PoolRead(symbol, feed.venue(), feed.name(),
					new LiquidityPoolStateRequest(block.timestamp(), curve.balanceEth, curve.balanceLsd,
							curve.amplification, curve.fee, source),
					null);
		}
		catch (RpcException | AbiDecodingException ex) {
			failedFeeds.put(feed.name(), ex.getMessage());
			log.warn("Chain snapshot at block {}: pool {} of {} skipped, nothing stored for it: {}", block.number(),
					feed.venue(), symbol, ex.getMessage());
			return new Snapshot.PoolRead(symbol, feed.venue(), feed.name(), null, ex.getMessage());
		}
	}

	/** The feed's value in its unit (ETH, USD, tokens), at most 18 decimal places. */
	private BigDecimal value(Feed feed, Calls calls) {
		return switch (feed.kind()) {
			case EXCHANGE_RATE_CALL, ERC4626_CONVERT_TO_ASSETS ->
				checked(feed, scaled(uint(feed, 0, calls), feed.decimals()));
			case RATIO_OF_TWO_CALLS -> {
				BigInteger numerator = uint(feed, 0, calls);
				BigInteger divisor = uint(feed, 1, calls);
				if (divisor.signum() == 0) {
					throw new AbiDecodingException(feed.calls().get(1).describe() + " answered 0, cannot divide by it");
				}
				yield checked(feed,
						new BigDecimal(numerator).divide(new BigDecimal(divisor), SCALE, RoundingMode.HALF_EVEN));
			}
			case CHAINLINK_LATEST_ROUND -> checked(feed, scaled(chainlinkAnswer(feed, calls), feed.decimals()));
			case CURVE_POOL -> {
				CurveReading curve = curve(feed, calls);
				double spot = StableSwap.spotPrice(new PoolState(curve.balanceEth.doubleValue(),
						curve.balanceLsd.doubleValue(), curve.amplification.doubleValue(), curve.fee.doubleValue(),
						PoolState.STETH_POOL_ADMIN_FEE_SHARE));
				yield checked(feed, round(BigDecimal.valueOf(spot)));
			}
		};
	}

	private BigInteger chainlinkAnswer(Feed feed, Calls calls) {
		ContractCall call = feed.calls().get(0);
		ChainlinkRound round = Abi.decodeLatestRoundData(calls.answer(call));
		if (round.answer().signum() <= 0) {
			throw new AbiDecodingException(call.describe() + " answered " + round.answer() + ", not a positive price");
		}
		if (round.updatedAt().signum() == 0) {
			throw new AbiDecodingException(
					call.describe() + " round " + round.roundId() + " is incomplete (updatedAt 0)");
		}
		if (round.answeredInRound().compareTo(round.roundId()) < 0) {
			throw new AbiDecodingException(call.describe() + " answer is carried over from round "
					+ round.answeredInRound() + " into round " + round.roundId());
		}
		return round.answer();
	}

	private CurveReading curve(Feed feed, Calls calls) {
		BigInteger balanceEth = uint(feed, 0, calls);
		BigInteger balanceLsd = uint(feed, 1, calls);
		BigInteger amplification = uint(feed, 2, calls);
		BigInteger fee = uint(feed, 3, calls);
		if (feed.calls().size() > 4) {
			balanceEth = net(feed, balanceEth, uint(feed, 4, calls));
			balanceLsd = net(feed, balanceLsd, uint(feed, 5, calls));
		}
		if (balanceEth.signum() == 0 || balanceLsd.signum() == 0 || amplification.signum() == 0) {
			throw new AbiDecodingException(feed.name() + ": an empty pool or A = 0 cannot be stored");
		}
		BigDecimal feeFraction = new BigDecimal(fee).divide(FEE_DENOMINATOR, SCALE, RoundingMode.HALF_EVEN);
		if (feeFraction.compareTo(BigDecimal.ONE) >= 0) {
			throw new AbiDecodingException(feed.name() + ": fee() answered " + fee + ", 100 % or more");
		}
		return new CurveReading(checked(feed, scaled(balanceEth, 18)), checked(feed, scaled(balanceLsd, 18)),
				checked(feed, new BigDecimal(amplification).divide(A_PRECISION, SCALE, RoundingMode.HALF_EVEN)),
				feeFraction);
	}

	private static BigInteger net(Feed feed, BigInteger balance, BigInteger admin) {
		if (admin.compareTo(balance) > 0) {
			throw new AbiDecodingException(feed.name() + ": admin balance " + admin + " exceeds balance " + balance);
		}
		return balance.subtract(admin);
	}

	private static BigInteger uint(Feed feed, int index, Calls calls) {
		ContractCall call = feed.calls().get(index);
		try {
			return Abi.decodeUint256(calls.answer(call));
		}
		catch (AbiDecodingException ex) {
			throw new AbiDecodingException(call.describe() + ": " + ex.getMessage());
		}
	}

	private static BigDecimal scaled(BigInteger raw, int decimals) {
		return round(new BigDecimal(raw, decimals));
	}

	private static BigDecimal round(BigDecimal value) {
		return (value.scale() > SCALE) ? value.setScale(SCALE, RoundingMode.HALF_EVEN) : value;
	}

	private static BigDecimal checked(Feed feed, BigDecimal value) {
		if (value.abs().compareTo(LIMIT) >= 0) {
			throw new AbiDecodingException(
					feed.name() + ": value " + value.toPlainString() + " is beyond the 20 integer digits stored");
		}
		return value;
	}

	private static String abbreviate(String source) {
		return (source.length() > 500) ? source.substring(0, 497) + "..." : source;
	}

	private record CurveReading(BigDecimal balanceEth, BigDecimal balanceLsd, BigDecimal amplification,
			BigDecimal fee) {
	}

	/** The calls of one snapshot: each sent once, its answer or failure remembered. */
	private final class Calls {

		private final long blockNumber;

		private final Map<String, Object> answers = new HashMap<>();

		Calls(long blockNumber) {
			this.blockNumber = blockNumber;
		}

		byte[] answer(ContractCall call) {
			Object answer = this.answers.computeIfAbsent(call.key(), (key) -> {
				try {
					return SnapshotReader.this.client.call(call.address(), call.data(), this.blockNumber);
				}
				catch (RpcException ex) {
					return new CallFailure(call.describe() + ": " + ex.getMessage());
				}
			});
			if (answer instanceof CallFailure failure) {
				throw new RpcException(failure.reason);
			}
			return (byte[]) answer;
		}

	}

	private record CallFailure(String reason) {
	}

}
