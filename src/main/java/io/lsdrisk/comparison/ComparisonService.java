package io.lsdrisk.comparison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.liquidity.StableSwap;
import io.lsdrisk.liquidity.LiquidityPoolState;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.lsdrisk.valuation.ComputeMetrics;
import io.lsdrisk.valuation.Valuation;
import io.lsdrisk.valuation.ValuationService;
import io.lsdrisk.valuation.ViewCache;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Builds the comparative risk table from stored data (cached until the next ingestion)
 * and the rules of {@link ComparisonProperties}.
 */
@Service
public class ComparisonService {

	static final String NATIVE = "NATIVE_STAKING";

	private final AssetService assets;

	private final PoolStateService states;

	private final LiquidityPoolStateService pools;

	private final ValuationService valuations;

	private final DepegProbabilitySource depegSource;

	private final ComparisonProperties properties;

	private final ComparisonRules rules;

	private final ViewCache cache;

	private final ComputeMetrics metrics;

	private final Clock clock;

	ComparisonService(AssetService assets, PoolStateService states, LiquidityPoolStateService pools,
			ValuationService valuations, DepegProbabilitySource depegSource, ComparisonProperties properties,
			ViewCache cache, ComputeMetrics metrics, Clock clock) {
		this.assets = assets;
		this.states = states;
		this.pools = pools;
		this.valuations = valuations;
		this.depegSource = depegSource;
		this.properties = properties;
		this.rules = new ComparisonRules(properties);
		this.cache = cache;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * The table, with native staking and the LSDs named (all when {@code symbols} is null
	 * or empty).
	 * @throws NotFoundException when a symbol is unknown
	 */
	public ComparisonTable table(List<String> symbols) {
		ComparisonTable full = full();
		if (symbols == null || symbols.isEmpty()) {
			return full;
		}
		if (symbols.size() > this.properties.maxSymbols()) {
			throw InvalidRequestException.of("symbols",
					"at most " + this.properties.maxSymbols() + " symbols, was " + symbols.size());
		}
		Map<String, String> byLowerCase = new HashMap<>();
		full.columns().forEach((column) -> byLowerCase.put(column.toLowerCase(Locale.ROOT), column));
		Set<String> chosen = new LinkedHashSet<>();
		chosen.add(NATIVE);
		for (String symbol : symbols) {
			String column = byLowerCase.get(symbol.strip().toLowerCase(Locale.ROOT));
			if (column == null || column.equals(NATIVE)) {
				throw NotFoundException.of("symbols",
						"No LSD with symbol '" + symbol.strip() + "' (symbols are case-insensitive)");
			}
			chosen.add(column);
		}
		List<ComparisonTable.ComparisonRow> rows = full.rows()
			.stream()
			.map((row) -> new ComparisonTable.ComparisonRow(row.dimension(), row.seedNativeStaking(), row.seedLsd(),
					row.cells().stream().filter((cell) -> chosen.contains(cell.column())).toList()))
			.toList();
		List<String> columns = full.columns().stream().filter(chosen::contains).toList();
		Map<String, DataProvenance> provenance = new LinkedHashMap<>();
		columns.forEach((column) -> provenance.put(column, full.dataProvenance().get(column)));
		return new ComparisonTable(full.generatedAt(), columns, rows, full.totalStakedEth(), full.governanceHighShare(),
				Collections.unmodifiableMap(provenance));
	}

	/** One LSD's row, explained: every dimension with its ladder and native staking. */
	public ComparisonDetail detail(String symbol) {
		Asset asset = this.assets.find(symbol);
		ComparisonTable full = full();
		List<ComparisonDetail.DimensionDetail> dimensions = new ArrayList<>();
		for (ComparisonTable.ComparisonRow row : full.rows()) {
			RiskCell cell = row.cells()
				.stream()
				.filter((candidate) -> candidate.column().equals(asset.symbol()))
				.findFirst()
				.orElseThrow(() -> NotFoundException.forSymbol(symbol));
			dimensions.add(new ComparisonDetail.DimensionDetail(row.dimension(), row.seedNativeStaking(), row.seedLsd(),
					this.rules.ladder(row.dimension()), cell, row.cells().get(0)));
		}
		Valuation valuation = this.valuations.valuation(asset.symbol(), null);
		return new ComparisonDetail(asset.symbol(), asset.protocol(), asset.tokenModel(), full.generatedAt(),
				valuation.stateObservedAt(), dimensions, full.dataProvenance().get(asset.symbol()));
	}

	/**
	 * The provenance of an LSD's column in the cached table (null for an unknown symbol):
	 * every stored state behind its evidence, the valuation and depeg figures of the
	 * dashboard gauges included.
	 */
	DataProvenance dataProvenance(String symbol) {
		return full().dataProvenance().get(symbol);
	}

	/** The depeg probability shown for an LSD, from the cached table (null if none). */
	Double depegProbability(String symbol) {
		for (ComparisonTable.ComparisonRow row : full().rows()) {
			if (row.dimension() == RiskDimension.DEPEG) {
				return row.cells()
					.stream()
					.filter((cell) -> cell.column().equals(symbol))
					.findFirst()
					.map((cell) -> cell.evidence().depegProbability30d())
					.orElse(null);
			}
		}
		return null;
	}

	private ComparisonTable full() {
		return this.cache.get("comparison", () -> this.metrics.time("comparison", this::compute));
	}

	private ComparisonTable compute() {
		Instant now = this.clock.instant();
		List<Asset> all = this.assets.all();
		Map<String, PoolState> latest = new HashMap<>();
		Map<String, Double> protocolStaked = new HashMap<>();
		Map<String, ProvenanceDays> protocolStakedDays = new HashMap<>();
		for (Asset asset : all) {
			PoolState state = this.states.latest(asset);
			latest.put(asset.symbol(), state);
			// wstETH wraps stETH: a protocol's stake is its largest token's pool, not a
			// sum.
			if (state != null && state.totalPooledEth() != null) {
				double staked = state.totalPooledEth().doubleValue();
				Double largest = protocolStaked.get(asset.protocol());
				if (largest == null || staked > largest) {
					protocolStaked.put(asset.protocol(), staked);
					protocolStakedDays.put(asset.protocol(),
							ProvenanceDays.builder()
								.observation(asset.symbol(), state.observedAt(), state.provenance())
								.build());
				}
			}
		}
		Map<RiskDimension, List<RiskCell>> cells = new EnumMap<>(RiskDimension.class);
		for (RiskDimension dimension : RiskDimension.values()) {
			cells.put(dimension, new ArrayList<>());
			cells.get(dimension).add(nativeCell(dimension));
		}
		List<String> columns = new ArrayList<>();
		columns.add(NATIVE);
		for (Asset asset : all) {
			columns.add(asset.symbol());
			Valuation valuation = this.valuations.valuation(asset.symbol(), null);
			PoolState state = latest.get(asset.symbol());
			cells.get(RiskDimension.ILLIQUIDITY).add(illiquidity(asset, state, now));
			cells.get(RiskDimension.SLASHING).add(slashing(asset));
			cells.get(RiskDimension.SMART_CONTRACT).add(smartContract(asset, now));
			cells.get(RiskDimension.DEPEG).add(depeg(asset, valuation, state, now));
			cells.get(RiskDimension.GOVERNANCE_CONCENTRATION)
				.add(governance(asset, protocolStaked.get(asset.protocol()),
						protocolStakedDays.getOrDefault(asset.protocol(), ProvenanceDays.NONE)));
			cells.get(RiskDimension.YIELD).add(yieldCell(asset, valuation));
		}
		List<ComparisonTable.ComparisonRow> rows = new ArrayList<>();
		cells.forEach((dimension, list) -> rows.add(new ComparisonTable.ComparisonRow(dimension,
				dimension.seedNativeStaking(), dimension.seedLsd(), List.copyOf(list))));
		Map<String, ProvenanceDays.Builder> byColumn = new LinkedHashMap<>();
		columns.forEach((column) -> byColumn.put(column, ProvenanceDays.builder()));
		cells.values()
			.forEach((list) -> list.forEach((cell) -> byColumn.get(cell.column()).add(cell.provenanceDays())));
		Map<String, DataProvenance> provenance = new LinkedHashMap<>();
		byColumn.forEach((column, days) -> provenance.put(column, days.build().toDataProvenance()));
		return new ComparisonTable(now, List.copyOf(columns), List.copyOf(rows), this.properties.totalStakedEth(),
				this.properties.governance().highMinShare(), Collections.unmodifiableMap(provenance));
	}

	private RiskCell nativeCell(RiskDimension dimension) {
		ComparisonProperties.NativeStaking nativeStaking = this.properties.nativeStaking();
		Evidence.Builder evidence = Evidence.builder();
		ComparisonRules.Rated rated;
		switch (dimension) {
			case ILLIQUIDITY -> {
				evidence.withdrawalWaitDays = nativeStaking.exitWaitDays();
				evidence.dexDepthEth = 0.0;
				evidence.depthMovePercent = this.properties.depthMovePercent();
				rated = this.rules.illiquidity(0, nativeStaking.exitWaitDays(), true);
			}
			case SLASHING -> rated = new ComparisonRules.Rated(nativeStaking.slashingLevel(),
					"configured (lsdrisk.comparison.native-staking.slashing-level): the validator bears its own slashing directly");
			case SMART_CONTRACT -> rated = new ComparisonRules.Rated(nativeStaking.smartContractLevel(),
					"configured (lsdrisk.comparison.native-staking.smart-contract-level): no code beyond the protocol layer");
			case DEPEG -> rated = new ComparisonRules.Rated(nativeStaking.depegLevel(),
					"configured (lsdrisk.comparison.native-staking.depeg-level): staked ETH is ETH, nothing to depeg");
			case GOVERNANCE_CONCENTRATION -> {
				evidence.marketShare = 0.0;
				evidence.totalStakedEth = this.properties.totalStakedEth();
				rated = this.rules.governance(0);
			}
			case YIELD -> {
				evidence.nativeStakingApr = nativeStaking.stakingApr();
				evidence.yieldShortfall = 0.0;
				rated = this.rules.yield(0);
			}
			default -> throw new IllegalStateException(dimension.name());
		}
		return new RiskCell(NATIVE, dimension, rated.level(), rated.rule(), evidence.build(), Map.of());
	}

	private RiskCell illiquidity(Asset asset, PoolState state, Instant now) {
		Evidence.Builder evidence = Evidence.builder();
		Map<String, String> unavailable = new LinkedHashMap<>();
		evidence.withdrawalWaitDays = (asset.withdrawalWaitDays() != null) ? asset.withdrawalWaitDays().doubleValue()
				: null;
		evidence.withdrawalsEnabledAt = asset.withdrawalsEnabledAt();
		evidence.depthMovePercent = this.properties.depthMovePercent();
		double depth = 0;
		List<String> venues = new ArrayList<>();
		Instant observed = null;
		ProvenanceDays.Builder days = ProvenanceDays.builder();
		double rate = (asset.tokenModel() == TokenModel.REBASING || state == null) ? 1.0
				: state.exchangeRate().doubleValue();
		for (Map.Entry<String, LiquidityPoolState> pool : this.pools.latestByVenue(asset).entrySet()) {
			LiquidityPoolState p = pool.getValue();
			if (p == null) {
				continue;
			}
			// Pools of non-rebasing tokens hold them rate-scaled: balanceLsd x rate is
			// ETH.
			io.lsdrisk.compute.liquidity.PoolState scaled = io.lsdrisk.compute.liquidity.PoolState.of(
					p.balanceEth().doubleValue(), p.balanceLsd().doubleValue() * rate, p.amplification().doubleValue(),
					p.fee().doubleValue());
			double target = StableSwap.spotPrice(scaled) * (1 - this.properties.depthMovePercent() / 100);
			double amount = StableSwap.sellAmountToPrice(scaled, target);
			depth += Double.isFinite(amount) ? amount : 0;
			venues.add(pool.getKey());
			observed = (observed == null || p.observedAt().isAfter(observed)) ? p.observedAt() : observed;
			days.observation(asset.symbol() + "/" + pool.getKey(), p.observedAt(), p.provenance());
			if (asset.tokenModel() != TokenModel.REBASING && state != null) {
				days.observation(asset.symbol(), state.observedAt(), state.provenance());
			}
		}
		if (venues.isEmpty()) {
			unavailable.put("dexDepthEth", "no DEX pool state stored for " + asset.symbol() + "; counted as 0");
		}
		evidence.dexDepthEth = depth;
		evidence.dexVenues = List.copyOf(venues);
		evidence.dexObservedAt = observed;
		boolean open = asset.withdrawalsEnabledAt() != null
				&& !LocalDate.ofInstant(now, ZoneOffset.UTC).isBefore(asset.withdrawalsEnabledAt());
		ComparisonRules.Rated rated = this.rules.illiquidity(depth, evidence.withdrawalWaitDays, open);
		return new RiskCell(asset.symbol(), RiskDimension.ILLIQUIDITY, rated.level(), rated.rule(), evidence.build(),
				Map.copyOf(unavailable), days.build());
	}

	private RiskCell slashing(Asset asset) {
		Evidence.Builder evidence = Evidence.builder();
		evidence.nodeOperatorCount = asset.nodeOperatorCount();
		if (asset.nodeOperatorCount() == null) {
			return new RiskCell(asset.symbol(), RiskDimension.SLASHING, null, null, evidence.build(),
					Map.of("nodeOperatorCount", "not registered for " + asset.symbol()));
		}
		ComparisonRules.Rated rated = this.rules.slashing(asset.nodeOperatorCount());
		return new RiskCell(asset.symbol(), RiskDimension.SLASHING, rated.level(), rated.rule(), evidence.build(),
				Map.of());
	}

	private RiskCell smartContract(Asset asset, Instant now) {
		Evidence.Builder evidence = Evidence.builder();
		evidence.auditCount = asset.auditCount();
		evidence.launchDate = asset.launchDate();
		Map<String, String> unavailable = new LinkedHashMap<>();
		if (asset.auditCount() == null) {
			unavailable.put("auditCount", "not registered for " + asset.symbol());
		}
		if (asset.launchDate() == null) {
			unavailable.put("ageYears", "no launchDate registered for " + asset.symbol());
		}
		if (!unavailable.isEmpty()) {
			return new RiskCell(asset.symbol(), RiskDimension.SMART_CONTRACT, null, null, evidence.build(),
					Map.copyOf(unavailable));
		}
		double ageYears = ChronoUnit.DAYS.between(asset.launchDate(), LocalDate.ofInstant(now, ZoneOffset.UTC)) / 365.0;
		evidence.ageYears = ageYears;
		ComparisonRules.Rated rated = this.rules.smartContract(asset.auditCount(), ageYears);
		return new RiskCell(asset.symbol(), RiskDimension.SMART_CONTRACT, rated.level(), rated.rule(), evidence.build(),
				Map.of());
	}

	private RiskCell depeg(Asset asset, Valuation valuation, PoolState state, Instant now) {
		Evidence.Builder evidence = Evidence.builder();
		Map<String, String> unavailable = new LinkedHashMap<>();
		evidence.currentDiscountBps = (valuation.premiumBps() != null) ? -valuation.premiumBps() : null;
		if (evidence.currentDiscountBps == null) {
			unavailable.put("currentDiscountBps", "no market price in the latest state");
		}
		int lookback = this.properties.discountLookbackDays();
		evidence.discountLookbackDays = lookback;
		boolean rebasing = asset.tokenModel() == TokenModel.REBASING;
		ProvenanceDays.Builder days = ProvenanceDays.builder();
		if (evidence.currentDiscountBps != null && state != null) {
			// the valuation's state is the latest one
			days.observation(asset.symbol(), state.observedAt(), state.provenance());
		}
		List<Instant> pricedTimes = new ArrayList<>();
		List<Provenance> pricedProvenance = new ArrayList<>();
		for (PoolState observed : this.states.between(asset, now.minus(Duration.ofDays(lookback)),
				now.plusSeconds(1))) {
			if (observed.marketPriceEth() == null) {
				continue;
			}
			pricedTimes.add(observed.observedAt());
			pricedProvenance.add(observed.provenance());
			double fair = rebasing ? 1.0 : observed.exchangeRate().doubleValue();
			double discountBps = (1 - observed.marketPriceEth().doubleValue() / fair) * 10_000;
			if (evidence.maxDiscountBps == null || discountBps > evidence.maxDiscountBps) {
				evidence.maxDiscountBps = discountBps;
				evidence.maxDiscountObservedAt = observed.observedAt();
			}
		}
		if (evidence.maxDiscountBps == null) {
			unavailable.put("maxDiscountBps", "no market price in the last " + lookback + " days");
		}
		days.everyObservation(asset.symbol(), pricedTimes.toArray(Instant[]::new),
				pricedProvenance.toArray(Provenance[]::new));
		evidence.depegThreshold = this.properties.depegThreshold();
		Optional<DepegProbability> probability = this.depegSource.probability(asset, this.properties.depegThreshold(),
				this.properties.depegHorizonDays());
		if (probability.isPresent()) {
			evidence.depegProbability30d = probability.get().probability();
			evidence.depegMethod = probability.get().method();
			if (probability.get().provenanceDays() != null) {
				days.add(probability.get().provenanceDays());
			}
		}
		else {
			unavailable.put("depegProbability30d",
					"no depeg probability: too little stored history to calibrate the peg model");
		}
		ComparisonRules.Rated rated = this.rules.depeg(evidence.maxDiscountBps, evidence.currentDiscountBps,
				evidence.depegProbability30d);
		return new RiskCell(asset.symbol(), RiskDimension.DEPEG, (rated != null) ? rated.level() : null,
				(rated != null) ? rated.rule() : null, evidence.build(), Map.copyOf(unavailable), days.build());
	}

	private RiskCell governance(Asset asset, Double stakedEth, ProvenanceDays days) {
		Evidence.Builder evidence = Evidence.builder();
		evidence.totalStakedEth = this.properties.totalStakedEth();
		if (stakedEth == null) {
			return new RiskCell(asset.symbol(), RiskDimension.GOVERNANCE_CONCENTRATION, null, null, evidence.build(),
					Map.of("marketShare", "no totalPooledEth stored for " + asset.protocol()));
		}
		evidence.protocolStakedEth = stakedEth;
		evidence.marketShare = stakedEth / this.properties.totalStakedEth();
		ComparisonRules.Rated rated = this.rules.governance(evidence.marketShare);
		return new RiskCell(asset.symbol(), RiskDimension.GOVERNANCE_CONCENTRATION, rated.level(), rated.rule(),
				evidence.build(), Map.of(), days);
	}

	private RiskCell yieldCell(Asset asset, Valuation valuation) {
		Evidence.Builder evidence = Evidence.builder();
		double nativeApr = this.properties.nativeStaking().stakingApr();
		evidence.nativeStakingApr = nativeApr;
		if (valuation.apr30d() == null) {
			String reason = valuation.unavailable().getOrDefault("apr30d", "no 30-day yield");
			return new RiskCell(asset.symbol(), RiskDimension.YIELD, null, null, evidence.build(),
					Map.of("apr30d", reason));
		}
		evidence.apr30d = valuation.apr30d();
		evidence.yieldShortfall = nativeApr - valuation.apr30d();
		ComparisonRules.Rated rated = this.rules.yield(evidence.yieldShortfall);
		ProvenanceDays days = valuation.windows()
			.stream()
			.filter((window) -> window.windowDays() == 30 && window.provenanceDays() != null)
			.map(Valuation.ValuationWindow::provenanceDays)
			.findFirst()
			.orElse(ProvenanceDays.NONE);
		return new RiskCell(asset.symbol(), RiskDimension.YIELD, rated.level(), rated.rule(), evidence.build(),
				Map.of(), days);
	}

}
