package io.lsdrisk.collateral;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.collateral.HaircutModel;
import io.lsdrisk.compute.collateral.HaircutRecommendation;
import io.lsdrisk.compute.collateral.HaircutRequest;
import io.lsdrisk.compute.collateral.PegHistory;
import io.lsdrisk.compute.collateral.PublishedHaircutMethods;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collateral haircuts ({@link HaircutModel}) beside the published methods
 * ({@link PublishedHaircutMethods}), from the stored peg history, the stored DEX pool and
 * the stored lending market.
 */
@Service
public class HaircutService {

	private final AssetService assets;

	private final PoolStateService states;

	private final LendingMarketService markets;

	private final DexPools pools;

	private final CollateralProperties properties;

	HaircutService(AssetService assets, PoolStateService states, LendingMarketService markets, DexPools pools,
			CollateralProperties properties) {
		this.assets = assets;
		this.states = states;
		this.markets = markets;
		this.pools = pools;
		this.properties = properties;
	}

	/**
	 * @param symbol the LSD
	 * @param marketName lending market (null: the configured default)
	 * @param horizonHours liquidation horizon (null: default), in (0, 8760]
	 * @param confidence one-sided confidence (null: default), in (0.5, 1)
	 * @param liquidationSize tokens (null: default)
	 * @param debt ETH or USD (null: ETH)
	 * @param venue DEX venue (null: the default)
	 * @param lookbackDays peg history window ending at the latest state (null: all)
	 * @return the recommendation
	 */
	@Transactional(readOnly = true)
	public HaircutResponse haircut(String symbol, String marketName, Double horizonHours, Double confidence,
			Double liquidationSize, String debt, String venue, Integer lookbackDays) {
		Asset asset = this.assets.find(symbol);
		String name = (marketName != null && !marketName.isBlank()) ? marketName : this.properties.defaultMarket();
		LendingMarket market = this.markets.find(name, asset.symbol());
		double hours = (horizonHours != null) ? horizonHours : this.properties.horizonHours();
		if (!(hours > 0 && hours <= 8760)) {
			throw InvalidRequestException.of("horizonHours", "must be in (0, 8760], was " + hours);
		}
		double level = (confidence != null) ? confidence : this.properties.confidence();
		if (!(level > 0.5 && level < 1)) {
			throw InvalidRequestException.of("confidence", "must be in (0.5, 1), was " + level);
		}
		String debtAsset = (debt != null) ? debt.trim().toUpperCase(java.util.Locale.ROOT) : "ETH";
		if (!debtAsset.equals("ETH") && !debtAsset.equals("USD")) {
			throw InvalidRequestException.of("debt", "must be ETH or USD, was " + debt);
		}
		if (lookbackDays != null && lookbackDays < 1) {
			throw InvalidRequestException.of("lookbackDays", "must be at least 1, was " + lookbackDays);
		}
		PoolState latest = this.states.latest(asset);
		if (latest == null) {
			throw NotFoundException.of("symbol", asset.symbol() + " has no stored states for a peg history");
		}
		Instant from = (lookbackDays != null) ? latest.observedAt().minus(Duration.ofDays(lookbackDays))
				: Instant.EPOCH;
		List<PoolState> history = this.states.between(asset, from, latest.observedAt().plusNanos(1_000));
		double horizonDays = hours / 24.0;
		TimeSeries peg = new TimeSeries();
		TimeSeries ethUsd = new TimeSeries();
		List<PoolState> pegStates = new ArrayList<>();
		List<PoolState> ethUsdStates = new ArrayList<>();
		for (PoolState state : history) {
			double days = state.observedAt().getEpochSecond() / 86_400.0;
			if (state.marketPriceEth() != null && state.exchangeRate() != null && state.exchangeRate().signum() > 0
					&& state.marketPriceEth().signum() > 0) {
				peg.add(days, state.marketPriceEth().doubleValue() / state.exchangeRate().doubleValue(),
						state.observedAt());
				pegStates.add(state);
			}
			if (state.ethUsd() != null && state.ethUsd().signum() > 0) {
				ethUsd.add(days, state.ethUsd().doubleValue(), state.observedAt());
				ethUsdStates.add(state);
			}
		}
		if (peg.size() < 2) {
			throw NotFoundException.of("symbol", asset.symbol()
					+ " has fewer than 2 stored states with marketPriceEth and exchangeRate: no peg history");
		}
		PegHistory pegHistory = PegHistory.of(peg.times(), peg.values(), horizonDays);
		Double ethVolatility = null;
		if (debtAsset.equals("USD")) {
			if (ethUsd.size() < 2) {
				throw NotFoundException.of("debt",
						asset.symbol() + " has fewer than 2 stored states with ethUsd: no ETH volatility for USD debt");
			}
			ethVolatility = PegHistory.of(ethUsd.times(), ethUsd.values(), horizonDays).annualisedVolatility();
		}

		DexPool pool = this.pools.latest(asset, venue);
		double size;
		String sizeSource;
		if (liquidationSize != null) {
			if (!(liquidationSize >= 0)) {
				throw InvalidRequestException.of("liquidationSize", "must be at least 0, was " + liquidationSize);
			}
			size = liquidationSize;
			sizeSource = "REQUEST";
		}
		else if (market.supplyCap() != null && market.supplyCap().signum() > 0) {
			size = this.properties.liquidationSizeFraction() * market.supplyCap().doubleValue();
			sizeSource = "SUPPLY_CAP";
		}
		else {
			size = this.properties.liquidationSizeFraction() * pool.balanceLsd() / pool.tokensPerCollateral();
			sizeSource = "POOL";
		}

		io.lsdrisk.compute.collateral.OracleMode oracleMode = HealthService.compute(market.oracleMode());
		HaircutRecommendation recommendation;
		try {
			recommendation = HaircutModel.recommend(new HaircutRequest(pegHistory.annualisedVolatility(),
					(ethVolatility != null) ? ethVolatility : 0, ethVolatility == null, hours / 24.0 / 365.0, level,
					Math.min(1, pegHistory.worstDropOverHorizon()), size, this.properties.liquidatorMargin(),
					oracleMode, market.ltv().doubleValue(), market.liquidationThreshold().doubleValue(),
					market.liquidationBonus().doubleValue()), pool.market());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("liquidationSize", ex.getMessage());
		}
		List<String> looser = new ArrayList<>();
		for (String field : recommendation.looserThanRecommended()) {
			looser.add(field.equals("loanToValue") ? "ltv" : field);
		}
		HaircutResponse.HaircutComponents components = new HaircutResponse.HaircutComponents(recommendation.priceMove(),
				recommendation.volatilityUsed(), pegHistory.annualisedVolatility(), ethVolatility,
				recommendation.liquidationPriceImpact(), recommendation.slippage(), this.properties.liquidatorMargin(),
				recommendation.jumpAddOn(), market.oracleMode());
		HaircutResponse.PegHistoryData pegData = new HaircutResponse.PegHistoryData(peg.first(), peg.last(), peg.size(),
				pegHistory.annualisedVolatility(), pegHistory.maxDiscount(), pegHistory.maxDivergence(),
				pegHistory.worstDropOverHorizon(), (ethVolatility != null) ? ethUsd.size() : 0);
		return new HaircutResponse(asset.symbol(), market.market(), debtAsset, hours, level, size, sizeSource,
				recommendation.recommendedLoanToValue(), recommendation.recommendedLiquidationThreshold(),
				recommendation.recommendedLiquidationBonus(), recommendation.haircut(), components, market,
				List.copyOf(looser), pegData, pool, published(market, pegHistory, recommendation, pool),
				recommendation.reference(),
				provenance(asset, pegStates, (ethVolatility != null) ? ethUsdStates : List.of(), pool));
	}

	/**
	 * The peg history's days (and the ETH/USD series' for USD debt: the same asset's
	 * states, so a day counts once) and the pool's.
	 */
	private static DataProvenance provenance(Asset asset, List<PoolState> pegStates, List<PoolState> ethUsdStates,
			DexPool pool) {
		ProvenanceDays.Builder days = ProvenanceDays.builder();
		for (List<PoolState> series : List.of(pegStates, ethUsdStates)) {
			days.everyObservation(asset.symbol(), series.stream().map(PoolState::observedAt).toArray(Instant[]::new),
					series.stream().map(PoolState::provenance).toArray(Provenance[]::new));
		}
		return days.add(pool.provenanceDays()).build().toDataProvenance();
	}

	private HaircutResponse.PublishedMethods published(LendingMarket market, PegHistory pegHistory,
			HaircutRecommendation recommendation, DexPool pool) {
		double bonus = market.liquidationBonus().doubleValue();
		double cap = (market.supplyCap() != null) ? market.supplyCap().doubleValue() : 0;
		String noCap = "market '" + market.market() + "' has no supply cap for " + market.symbol();
		HaircutResponse.SmartLtvResult smart = null;
		String smartReason = null;
		HaircutResponse.GauntletEmodeResult gauntlet = null;
		String gauntletReason = null;
		if (market.supplyCap() == null) {
			smartReason = noCap;
			gauntletReason = noCap;
		}
		else {
			double daily = recommendation.volatilityUsed() / Math.sqrt(365.0);
			double c = this.properties.smartLtvConfidenceFactor();
			PublishedHaircutMethods.SmartLtv value = PublishedHaircutMethods.smartLtv(daily, cap, c, bonus,
					pool.market());
			smart = new HaircutResponse.SmartLtvResult(value.loanToValue(), value.formulaValue(), c, daily, cap,
					value.liquidityWithinBonusLsd(), bonus, value.reference());
			PublishedHaircutMethods.GauntletEmodeCheck check = PublishedHaircutMethods.gauntletEmode(
					pegHistory.maxDivergence(), market.liquidationThreshold().doubleValue(), bonus, cap, pool.market());
			gauntlet = new HaircutResponse.GauntletEmodeResult(check.maxHistoricalDivergence(), check.divergenceLimit(),
					check.divergenceCondition(), check.saleLsd(), check.saleSlippage(), check.liquidationBonus(),
					check.slippageCondition(), check.passes(), check.reference());
		}
		HaircutResponse.ChaosLabsSupplyCapResult chaos = null;
		String chaosReason = null;
		if (bonus > 0 && bonus < 1) {
			PublishedHaircutMethods.ChaosLabsSupplyCap value = PublishedHaircutMethods.chaosLabsSupplyCap(bonus, cap,
					pool.market());
			boolean exceeds = (market.supplyCap() == null) || value.currentCapExceedsRecommended();
			chaos = new HaircutResponse.ChaosLabsSupplyCapResult(value.liquidityWithinBonusLsd(),
					value.recommendedSupplyCapLsd(), market.supplyCap(), exceeds, value.reference());
		}
		else {
			chaosReason = "the rule needs a liquidation bonus in (0, 1), the market's is " + bonus;
		}
		return new HaircutResponse.PublishedMethods(smart, smartReason, gauntlet, gauntletReason, chaos, chaosReason);
	}

}
