package io.lsdrisk.collateral;

import java.util.Locale;
import java.util.Map;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.collateral.LiquidationMarket;
import io.lsdrisk.compute.collateral.ScaledMarket;
import io.lsdrisk.liquidity.LiquidityPoolState;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the stored DEX pool an LSD's liquidations sell into.
 *
 * <p>
 * An LSD with pools of its own uses the named venue, or its only (or first by name)
 * venue. A non-rebasing LSD's own pool is taken as rate-scaled (a StableSwap pool of a
 * token whose rate grows must apply the rate, else its price would sit at the rate's
 * distance from 1): its balance is multiplied by the LSD's exchange rate stored at or
 * before the pool state. An LSD without a pool sells through the pool of the LSD named in
 * {@code lsdrisk.collateral.pool-routes} (wstETH through stETH), unwrapped at the ratio
 * of the two exchange rates.
 */
@Service
class DexPools {

	private final AssetService assets;

	private final PoolStateService states;

	private final LiquidityPoolStateService pools;

	private final CollateralProperties properties;

	DexPools(AssetService assets, PoolStateService states, LiquidityPoolStateService pools,
			CollateralProperties properties) {
		this.assets = assets;
		this.states = states;
		this.pools = pools;
		this.properties = properties;
	}

	/**
	 * @param asset the collateral LSD
	 * @param venue venue name, null for the default
	 * @return the pool with its market in collateral tokens
	 * @throws NotFoundException when no pool is stored for the LSD or its route
	 */
	@Transactional(readOnly = true)
	DexPool latest(Asset asset, String venue) {
		Map<String, LiquidityPoolState> own = this.pools.latestByVenue(asset);
		if (!own.isEmpty()) {
			return pool(asset, own, venue, 1.0, ProvenanceDays.builder());
		}
		String route = this.properties.poolRoutes().get(asset.symbol().toLowerCase(Locale.ROOT));
		Asset underlying = (route != null) ? this.assets.findOptional(route).orElse(null) : null;
		if (underlying != null) {
			Map<String, LiquidityPoolState> routed = this.pools.latestByVenue(underlying);
			if (!routed.isEmpty()) {
				ProvenanceDays.Builder days = ProvenanceDays.builder();
				double tokensPerCollateral = rate(asset, null, days) / rate(underlying, null, days);
				return pool(underlying, routed, venue, tokensPerCollateral, days);
			}
		}
		throw NotFoundException.of("pool",
				"No stored DEX pool for " + asset.symbol() + ((underlying != null) ? " or " + underlying.symbol() : "")
						+ ": store one with POST /api/v1/lsds/{symbol}/pools/{venue}/states");
	}

	private DexPool pool(Asset owner, Map<String, LiquidityPoolState> venues, String venue, double tokensPerCollateral,
			ProvenanceDays.Builder days) {
		String name;
		if (venue == null) {
			name = venues.keySet().stream().sorted().findFirst().orElseThrow();
		}
		else {
			name = venue.toLowerCase(Locale.ROOT);
			if (!venues.containsKey(name)) {
				throw NotFoundException.of("venue",
						"No stored pool '" + venue + "' for " + owner.symbol() + "; stored: " + venues.keySet());
			}
		}
		LiquidityPoolState state = venues.get(name);
		days.observation(owner.symbol() + "/" + name, state.observedAt(), state.provenance());
		double poolRate = (owner.tokenModel() == TokenModel.NON_REBASING) ? rate(owner, state, days) : 1.0;
		io.lsdrisk.compute.liquidity.PoolState pool = io.lsdrisk.compute.liquidity.PoolState.of(
				state.balanceEth().doubleValue(), state.balanceLsd().doubleValue(), state.amplification().doubleValue(),
				state.fee().doubleValue());
		LiquidationMarket market = StableSwapMarket.of(pool, poolRate);
		if (tokensPerCollateral != 1.0) {
			market = new ScaledMarket(market, tokensPerCollateral);
		}
		return new DexPool(owner.symbol(), name, state.observedAt(), pool.balanceEth(), pool.balanceLsd(),
				pool.amplification(), pool.fee(), poolRate, tokensPerCollateral, market.priceEth(), state.source(),
				market, days.build());
	}

	/**
	 * Exchange rate of an LSD at or before the pool state (the latest one when null or
	 * none is that old); 1 for a rebasing LSD. The day of a stored rate read goes into
	 * {@code days}.
	 */
	private double rate(Asset asset, LiquidityPoolState at, ProvenanceDays.Builder days) {
		if (asset.tokenModel() == TokenModel.REBASING) {
			return 1.0;
		}
		PoolState state = (at != null) ? this.states.latestAtOrBefore(asset, at.observedAt()) : null;
		if (state == null) {
			state = this.states.latest(asset);
		}
		if (state == null || state.exchangeRate() == null) {
			throw InvalidRequestException.of("symbol", asset.symbol()
					+ " has no stored exchange rate, which its pool needs (the pool is rate-scaled or routed)");
		}
		days.observation(asset.symbol(), state.observedAt(), state.provenance());
		return state.exchangeRate().doubleValue();
	}

}
