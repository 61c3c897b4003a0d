package io.lsdrisk.liquidity;

import io.lsdrisk.web.FiniteNumbers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.liquidity.Coin;
import io.lsdrisk.compute.liquidity.DepthLevel;
import io.lsdrisk.compute.liquidity.StableSwap;
import io.lsdrisk.compute.liquidity.StableSwapQuote;
import io.lsdrisk.ingest.PageLimits;
import io.lsdrisk.liquidity.AssetLiquidityResponse.VenueLiquidity;
import io.lsdrisk.liquidity.AssetLiquidityResponse.VenueLiquidityHistory;
import io.lsdrisk.liquidity.StableSwapQuoteResponse.StableSwapConventions;
import io.lsdrisk.liquidity.StableSwapQuoteResponse.StableSwapDepthLevel;
import io.lsdrisk.liquidity.VenueLiquiditySnapshot.StandardSale;
import io.lsdrisk.liquidity.VenueLiquiditySnapshot.VenueDepthLevel;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * StableSwap analytics: quotes on a pool given in full, and spot price, depth and a
 * standard sale on an LSD's stored pool states.
 * <p>
 * Rate scaling: a pool of a non-rebasing LSD is rate-scaled (stableswap-ng with a rate
 * oracle): its invariant holds on {@code (balanceEth, balanceLsd * exchangeRate)}. The
 * LSD balance is therefore scaled by the exchange rate stored at or before each pool
 * state; the StableSwap price of the scaled pool is the peg ratio, and the price in ETH
 * per token is the peg ratio times the rate. For a rebasing token the rate is 1 and the
 * scaling is the identity.
 */
@Service
public class LiquidityAnalyticsService {

	static final String UNREACHABLE = "no sale of up to 1e15 times the pool's balances pushes the price this low";

	private final AssetService assets;

	private final LiquidityPoolStateService pools;

	private final PoolStateService states;

	private final LiquidityProperties properties;

	private final Clock clock;

	LiquidityAnalyticsService(AssetService assets, LiquidityPoolStateService pools, PoolStateService states,
			LiquidityProperties properties, Clock clock) {
		this.assets = assets;
		this.pools = pools;
		this.states = states;
		this.properties = properties;
		this.clock = clock;
	}

	StableSwapQuoteResponse quote(StableSwapQuoteRequest request) {
		double amplification = FiniteNumbers.require("amplification", request.amplification());
		double fee = FiniteNumbers.require("fee", request.fee());
		double balanceEth = FiniteNumbers.require("balances[0]", request.balances().get(0));
		double balanceLsd = FiniteNumbers.require("balances[1]", request.balances().get(1));
		double amount = FiniteNumbers.require("amount", request.amount());
		double[] prices = depthPrices(request.depthPrices());
		io.lsdrisk.compute.liquidity.PoolState pool;
		try {
			pool = io.lsdrisk.compute.liquidity.PoolState.of(balanceEth, balanceLsd, amplification, fee);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("balances", ex.getMessage());
		}
		Coin sold = Coin.valueOf(request.sell());
		StableSwapQuote quote;
		try {
			quote = StableSwap.quote(pool, sold, amount, prices);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("amount", ex.getMessage());
		}
		List<StableSwapDepthLevel> depth = new ArrayList<>();
		for (DepthLevel level : quote.depth()) {
			depth.add(level.reachable() ? new StableSwapDepthLevel(level.price(), level.sellAmount(), null)
					: new StableSwapDepthLevel(level.price(), null, UNREACHABLE));
		}
		return new StableSwapQuoteResponse(sold.name(), amount, quote.amountOut(), quote.spotPriceBefore(),
				quote.spotPriceAfter(), quote.priceImpactBps(), quote.executionPrice(), quote.executionCostBps(),
				List.of(quote.stateAfter().balanceEth(), quote.stateAfter().balanceLsd()), depth,
				StableSwapConventions.CURVE);
	}

	private double[] depthPrices(List<Double> requested) {
		if (requested == null) {
			return StableSwap.DEFAULT_DEPTH_PRICES.stream().mapToDouble(Double::doubleValue).toArray();
		}
		if (requested.size() > this.properties.maxDepthPrices()) {
			throw InvalidRequestException.of("depthPrices",
					"must hold at most " + this.properties.maxDepthPrices() + " prices, had " + requested.size());
		}
		double[] prices = new double[requested.size()];
		for (int i = 0; i < prices.length; i++) {
			prices[i] = FiniteNumbers.require("depthPrices[" + i + "]", requested.get(i));
		}
		return prices;
	}

	/**
	 * Analytics on the latest stored state of each venue of an LSD and, when {@code from}
	 * or {@code to} is given, on each stored state in that window.
	 * @param symbol the LSD (case-insensitive)
	 * @param from window start, inclusive (default: the first state)
	 * @param to window end, exclusive (default: now)
	 */
	@Transactional(readOnly = true)
	AssetLiquidityResponse liquidity(String symbol, Instant from, Instant to) {
		Asset asset = this.assets.find(symbol);
		boolean window = from != null || to != null;
		Instant start = (from != null) ? from : Instant.EPOCH;
		Instant end = (to != null) ? to : this.clock.instant().plusSeconds(1);
		if (window) {
			PageLimits.checkRange(start, end);
		}
		List<VenueLiquidity> venues = new ArrayList<>();
		ProvenanceDays.Builder days = ProvenanceDays.builder();
		for (Map.Entry<String, LiquidityPoolState> latest : this.pools.latestByVenue(asset).entrySet()) {
			LiquidityPoolState state = latest.getValue();
			RateAt rate = rateAt(asset, state.observedAt());
			VenueLiquiditySnapshot snapshot = analyse(state, rate, true);
			used(days, asset, latest.getKey(), state, rate);
			VenueLiquidityHistory history = window ? history(asset, latest.getKey(), start, end, days) : null;
			venues.add(new VenueLiquidity(latest.getKey(), snapshot, history));
		}
		boolean rebasing = asset.tokenModel() == TokenModel.REBASING;
		return new AssetLiquidityResponse(asset.symbol(), asset.tokenModel(),
				rebasing ? AssetLiquidityResponse.REBASING_CONVENTION : AssetLiquidityResponse.NON_REBASING_CONVENTION,
				window ? start : null, window ? end : null, venues, days.build().toDataProvenance());
	}

	/**
	 * Records the day of an analysed pool state and of the exchange rate that scaled it.
	 */
	private static void used(ProvenanceDays.Builder days, Asset asset, String venue, LiquidityPoolState state,
			RateAt rate) {
		days.observation(asset.symbol() + "/" + venue, state.observedAt(), state.provenance());
		if (rate != null && rate.observedAt() != null) {
			days.observation(asset.symbol(), rate.observedAt(), rate.provenance());
		}
	}

	private VenueLiquidityHistory history(Asset asset, String venue, Instant start, Instant end,
			ProvenanceDays.Builder days) {
		List<LiquidityPoolState> all = this.pools.between(asset, venue, start, end);
		int maxPoints = this.properties.maxHistoryPoints();
		int stride = Math.max(1, (all.size() + maxPoints - 1) / maxPoints);
		List<LiquidityPoolState> picked = new ArrayList<>();
		for (int i = (all.size() - 1) % stride; i < all.size(); i += stride) {
			picked.add(all.get(i));
		}
		NavigableMap<Instant, PoolState> rates = rates(asset, picked);
		List<VenueLiquiditySnapshot> items = new ArrayList<>(picked.size());
		for (LiquidityPoolState state : picked) {
			RateAt rate = rateAt(asset, rates, state.observedAt());
			items.add(analyse(state, rate, false));
			used(days, asset, venue, state, rate);
		}
		return new VenueLiquidityHistory(start, end, all.size(), items.size(), maxPoints, stride, items);
	}

	/** The stored states that can be the rate of any picked pool state, by time. */
	private NavigableMap<Instant, PoolState> rates(Asset asset, List<LiquidityPoolState> picked) {
		NavigableMap<Instant, PoolState> rates = new TreeMap<>();
		if (asset.tokenModel() == TokenModel.REBASING || picked.isEmpty()) {
			return rates;
		}
		Instant first = picked.get(0).observedAt();
		Instant last = picked.get(picked.size() - 1).observedAt();
		PoolState before = this.states.latestAtOrBefore(asset, first);
		if (before != null) {
			rates.put(before.observedAt(), before);
		}
		for (PoolState state : this.states.between(asset, first, last.plusNanos(1000))) {
			rates.put(state.observedAt(), state);
		}
		return rates;
	}

	private RateAt rateAt(Asset asset, Instant at) {
		if (asset.tokenModel() == TokenModel.REBASING) {
			return RateAt.REBASING;
		}
		PoolState state = this.states.latestAtOrBefore(asset, at);
		return (state != null) ? new RateAt(state.exchangeRate().doubleValue(), state.observedAt(), state.provenance())
				: null;
	}

	private static RateAt rateAt(Asset asset, NavigableMap<Instant, PoolState> rates, Instant at) {
		if (asset.tokenModel() == TokenModel.REBASING) {
			return RateAt.REBASING;
		}
		Map.Entry<Instant, PoolState> entry = rates.floorEntry(at);
		return (entry != null) ? new RateAt(entry.getValue().exchangeRate().doubleValue(), entry.getKey(),
				entry.getValue().provenance()) : null;
	}

	private VenueLiquiditySnapshot analyse(LiquidityPoolState state, RateAt rate, boolean withSale) {
		if (rate == null) {
			return unpriced(state, null,
					"no exchange rate is stored at or before this pool state, so the rate-scaled pool cannot be priced");
		}
		double exchangeRate = rate.rate();
		io.lsdrisk.compute.liquidity.PoolState pool;
		try {
			pool = io.lsdrisk.compute.liquidity.PoolState.of(state.balanceEth().doubleValue(),
					state.balanceLsd().doubleValue() * exchangeRate, state.amplification().doubleValue(),
					fee(state.fee()));
		}
		catch (IllegalArgumentException ex) {
			return unpriced(state, rate,
					"the stored state is outside the StableSwap formulas' domain: " + ex.getMessage());
		}
		double pegRatio = pool.spotPrice();
		List<VenueDepthLevel> depth = new ArrayList<>();
		for (double target : this.properties.depthPegRatios()) {
			double scaled = StableSwap.sellAmountToPrice(pool, target);
			depth.add(Double.isFinite(scaled)
					? new VenueDepthLevel(target, target * exchangeRate, scaled / exchangeRate, scaled, null)
					: new VenueDepthLevel(target, target * exchangeRate, null, null, UNREACHABLE));
		}
		StandardSale sale = null;
		if (withSale) {
			double tokens = this.properties.standardSaleTokens();
			StableSwapQuote quote = StableSwap.quote(pool, Coin.LSD, tokens * exchangeRate, new double[0]);
			sale = new StandardSale(tokens, quote.amountOut(), quote.amountOut() / tokens,
					quote.spotPriceAfter() * exchangeRate, quote.priceImpactBps(), quote.executionCostBps());
		}
		return new VenueLiquiditySnapshot(state.observedAt(), state.source(), state.balanceEth(), state.balanceLsd(),
				state.amplification(), state.fee(), exchangeRate, rate.observedAt(), pegRatio * exchangeRate, pegRatio,
				depth, sale, null);
	}

	private static VenueLiquiditySnapshot unpriced(LiquidityPoolState state, RateAt rate, String reason) {
		return new VenueLiquiditySnapshot(state.observedAt(), state.source(), state.balanceEth(), state.balanceLsd(),
				state.amplification(), state.fee(), (rate != null) ? rate.rate() : null,
				(rate != null) ? rate.observedAt() : null, null, null, List.of(), null, reason);
	}

	private static double fee(BigDecimal fee) {
		return (fee != null) ? fee.doubleValue() : 0;
	}

	/**
	 * An exchange rate, when it was stored and its provenance (null time and provenance:
	 * definitional).
	 */
	private record RateAt(double rate, Instant observedAt, Provenance provenance) {

		static final RateAt REBASING = new RateAt(1, null, null);

	}

}
