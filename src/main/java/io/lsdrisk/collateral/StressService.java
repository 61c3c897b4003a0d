package io.lsdrisk.collateral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.collateral.CascadePosition;
import io.lsdrisk.compute.collateral.CascadeResult;
import io.lsdrisk.compute.collateral.CascadeRound;
import io.lsdrisk.compute.collateral.CascadeShock;
import io.lsdrisk.compute.collateral.CascadeSimulator;
import io.lsdrisk.compute.collateral.LiquidationMarket;
import io.lsdrisk.compute.collateral.LiquidationRules;
import io.lsdrisk.compute.collateral.ScaledMarket;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Liquidation-cascade stress tests ({@link CascadeSimulator}) on a given or stored
 * StableSwap pool, for positions given in the request or the real Aave snapshots.
 *
 * <p>
 * Timing: synchronous rounds by default, as the issue describes rounds. In round mode
 * only round 1 is monotone in the shock (a position liquidated at a round's stale price
 * can be seized at a different price than under a smaller shock); SEQUENTIAL timing, one
 * liquidation at a time, makes "a larger shock never liquidates less" hold for a close
 * factor of 1 on a fee-less pool.
 */
@Service
public class StressService {

	/** Scenario name of the June 2022 replay. */
	static final String JUNE_2022 = "JUNE_2022";

	/**
	 * The Curve stETH/ETH pool on 2022-06-14 (db/sample/curve_steth_pool_balances_daily):
	 * 82 % stETH, A = 50, fee 0.04 %.
	 */
	static final double JUNE_2022_BALANCE_ETH = 109_891.95;

	static final double JUNE_2022_BALANCE_STETH = 498_670.80;

	static final double JUNE_2022_AMPLIFICATION = 50;

	static final double JUNE_2022_FEE = 0.0004;

	static final double JUNE_2022_BONUS = 0.075;

	private static final double DEFAULT_CLOSE_FACTOR = 0.5;

	private static final double DEFAULT_FULL_LIQUIDATION_HF = 0.95;

	private final AssetService assets;

	private final PoolStateService states;

	private final LendingMarketService markets;

	private final DexPools pools;

	private final PositionSnapshots snapshots;

	private final CollateralProperties properties;

	StressService(AssetService assets, PoolStateService states, LendingMarketService markets, DexPools pools,
			PositionSnapshots snapshots, CollateralProperties properties) {
		this.assets = assets;
		this.states = states;
		this.markets = markets;
		this.pools = pools;
		this.snapshots = snapshots;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public StressResponse stress(StressRequest request) {
		Asset asset = (request.symbol() != null && !request.symbol().isBlank()) ? this.assets.find(request.symbol())
				: null;
		DexPool pool = (request.pool() != null) ? requestPool(request.pool()) : null;
		if (pool == null) {
			if (asset == null) {
				throw InvalidRequestException.of("pool", "is required when no symbol is given");
			}
			pool = this.pools.latest(asset, request.venue());
		}
		StressRequest.StressRules rules = request.rules();
		LendingMarket market = null;
		if (rules.market() != null && !rules.market().isBlank()) {
			if (asset == null) {
				throw InvalidRequestException.of("symbol", "is required with rules.market");
			}
			market = this.markets.findOptional(rules.market(), asset)
				.orElseThrow(() -> InvalidRequestException.of("rules.market",
						"market '" + rules.market() + "' has no parameters for " + asset.symbol()));
		}
		double bonus;
		if (rules.liquidationBonus() != null) {
			bonus = rules.liquidationBonus();
		}
		else if (market != null) {
			bonus = market.liquidationBonus().doubleValue();
		}
		else {
			throw InvalidRequestException.of("rules.liquidationBonus", "is required when rules.market is not given");
		}
		OracleMode oracleMode;
		if (rules.oracleMode() != null) {
			oracleMode = rules.oracleMode();
		}
		else if (market != null) {
			oracleMode = market.oracleMode();
		}
		else {
			throw InvalidRequestException.of("rules.oracleMode", "is required when rules.market is not given");
		}
		boolean storedPool = request.pool() == null;
		ProvenanceDays.Builder stored = ProvenanceDays.builder().add(pool.provenanceDays());
		double exchangeRate;
		String rateSource;
		PoolState latest = (asset != null) ? this.states.latest(asset) : null;
		if (rules.exchangeRate() != null) {
			exchangeRate = rules.exchangeRate();
			rateSource = "REQUEST";
		}
		else if (latest != null && latest.exchangeRate() != null) {
			exchangeRate = latest.exchangeRate().doubleValue();
			rateSource = "STATE";
			stored.observation(asset.symbol(), latest.observedAt(), latest.provenance());
		}
		else if (oracleMode == OracleMode.MARKET) {
			exchangeRate = pool.priceEth();
			rateSource = "POOL";
		}
		else {
			throw InvalidRequestException.of("rules.exchangeRate",
					"is required under an EXCHANGE_RATE oracle when no stored exchange rate is available");
		}
		double closeFactor = (rules.closeFactor() != null) ? rules.closeFactor() : DEFAULT_CLOSE_FACTOR;
		double full = (rules.fullLiquidationHealthFactor() != null) ? rules.fullLiquidationHealthFactor()
				: DEFAULT_FULL_LIQUIDATION_HF;
		StressResponse.StressRulesUsed rulesUsed = new StressResponse.StressRulesUsed(
				(market != null) ? market.market() : null, closeFactor, full, bonus, oracleMode, exchangeRate,
				rateSource);

		List<StressRequest.StressPosition> entries = (request.positions() != null) ? request.positions() : List.of();
		List<StressRequest.StressBucket> buckets = (request.buckets() != null) ? request.buckets() : List.of();
		if (entries.isEmpty() && buckets.isEmpty()) {
			throw InvalidRequestException.of("positions", "give at least one position or bucket");
		}
		if (entries.size() + buckets.size() > this.properties.maxStressPositions()) {
			throw InvalidRequestException.of("positions", "at most " + this.properties.maxStressPositions()
					+ " positions and buckets a request (lsdrisk.collateral.max-stress-positions)");
		}
		double startOracle = (oracleMode == OracleMode.MARKET) ? pool.priceEth() : exchangeRate;
		List<CascadePosition> book = new ArrayList<>(entries.size() + buckets.size());
		long count = 0;
		double lsd = 0;
		double debt = 0;
		for (int i = 0; i < entries.size(); i++) {
			StressRequest.StressPosition entry = entries.get(i);
			CascadePosition position = CascadePosition.of(entry.lsdAmount(),
					(entry.otherCollateralEth() != null) ? entry.otherCollateralEth() : 0, entry.debtEth(),
					entry.liquidationThreshold());
			book.add(position);
			count++;
			lsd += position.lsdAmount();
			debt += position.debtEth();
		}
		for (int i = 0; i < buckets.size(); i++) {
			StressRequest.StressBucket bucket = buckets.get(i);
			String at = "buckets[" + i + "]";
			CascadePosition position = CascadePosition.bucket(bucket.positionCount(), bucket.lsdAmountPerPosition(),
					bucket.healthFactor(), bucket.liquidationThreshold(), startOracle);
			double perDebt = position.debtEth() / bucket.positionCount();
			if (bucket.debtEthPerPosition() != null
					&& Math.abs(bucket.debtEthPerPosition() - perDebt) > 1e-6 * Math.max(perDebt, 1e-12)) {
				throw InvalidRequestException.of(at + ".debtEthPerPosition",
						"is inconsistent with healthFactor " + bucket.healthFactor() + ": lsdAmountPerPosition x "
								+ "oracle price " + startOracle + " x LT / healthFactor = " + perDebt + " ETH, was "
								+ bucket.debtEthPerPosition());
			}
			double total = bucket.positionCount() * bucket.lsdAmountPerPosition();
			if (bucket.totalLsdAmount() != null
					&& Math.abs(bucket.totalLsdAmount() - total) > 1e-9 * Math.max(total, 1e-12)) {
				throw InvalidRequestException.of(at + ".totalLsdAmount", "is inconsistent: positionCount x "
						+ "lsdAmountPerPosition = " + total + ", was " + bucket.totalLsdAmount());
			}
			book.add(position);
			count += bucket.positionCount();
			lsd += position.lsdAmount();
			debt += position.debtEth();
		}
		StressResponse.StressBook described = new StressResponse.StressBook("REQUEST", null, book.size(), count, lsd,
				debt, null, "buckets priced at the starting oracle price " + startOracle + " ETH");
		StressRequest.StressShock shock = request.shock();
		// A request that gave every input used no stored history: no provenance to state.
		ProvenanceDays storedDays = stored.build();
		DataProvenance provenance = (storedPool || rateSource.equals("STATE")) ? storedDays.toDataProvenance() : null;
		return run(book, pool, rulesUsed, shockOf(shock.pegDropFraction(), shock.initialSaleLsd()),
				(request.timing() != null) ? request.timing() : CascadeSimulator.Timing.ROUNDS, described, provenance);
	}

	/**
	 * The stress test on the stored pool (or the June 2022 scenario) and a real Aave
	 * snapshot.
	 * @param symbol the collateral LSD
	 * @param pegDrop peg drop fraction (null: 0)
	 * @param initialSale initial sale, tokens (null: 0)
	 * @param scenario null or JUNE_2022
	 * @param snapshotName null (the configured snapshot of the symbol) or a
	 * {@link PositionSnapshot} name
	 * @param oracleMode override of the market's oracle mode
	 * @param timing null (ROUNDS) or SEQUENTIAL
	 * @param venue stored pool venue
	 * @return the cascade
	 */
	@Transactional(readOnly = true)
	public StressResponse stressSnapshot(String symbol, Double pegDrop, Double initialSale, String scenario,
			String snapshotName, OracleMode oracleMode, CascadeSimulator.Timing timing, String venue) {
		Asset asset = this.assets.find(symbol);
		PositionSnapshot snapshot;
		if (snapshotName != null && !snapshotName.isBlank()) {
			try {
				snapshot = PositionSnapshot.valueOf(snapshotName.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidRequestException.of("snapshot",
						"must be one of AAVE_V2_STETH, AAVE_V3_WSTETH, was '" + snapshotName + "'");
			}
		}
		else {
			snapshot = this.properties.snapshots().get(asset.symbol().toLowerCase(Locale.ROOT));
			if (snapshot == null) {
				throw NotFoundException.of("snapshot", "No position snapshot for " + asset.symbol()
						+ " (the real snapshots hold stETH and wstETH accounts); choose one with ?snapshot=");
			}
		}
		PositionSnapshots.Book book = this.snapshots.book(snapshot);
		ProvenanceDays.Builder stored = ProvenanceDays.builder();
		DexPool pool;
		StressResponse.StressRulesUsed rules;
		String scenarioName = null;
		if (scenario != null && !scenario.isBlank()) {
			if (!scenario.trim().equalsIgnoreCase(JUNE_2022)) {
				throw InvalidRequestException.of("scenario", "must be JUNE_2022, was '" + scenario + "'");
			}
			if (snapshot != PositionSnapshot.AAVE_V2_STETH) {
				throw InvalidRequestException.of("scenario",
						"JUNE_2022 replays the stETH/ETH pool against the Aave v2 stETH book (snapshot AAVE_V2_STETH)");
			}
			scenarioName = JUNE_2022;
			io.lsdrisk.compute.liquidity.PoolState june = io.lsdrisk.compute.liquidity.PoolState
				.of(JUNE_2022_BALANCE_ETH, JUNE_2022_BALANCE_STETH, JUNE_2022_AMPLIFICATION, JUNE_2022_FEE);
			StableSwapMarket market = new StableSwapMarket(june);
			pool = new DexPool("stETH", "curve-steth-eth", null, june.balanceEth(), june.balanceLsd(),
					june.amplification(), june.fee(), 1.0, 1.0, market.priceEth(),
					"scenario JUNE_2022: Curve stETH/ETH pool balances of 2022-06-14"
							+ " (db/sample/curve_steth_pool_balances_daily_2021-09_2022-06.csv), A = 50, fee 0.04 %",
					market, ProvenanceDays.NONE);
			OracleMode mode = (oracleMode != null) ? oracleMode : OracleMode.MARKET;
			rules = new StressResponse.StressRulesUsed(null, DEFAULT_CLOSE_FACTOR, 0.0, JUNE_2022_BONUS, mode, 1.0,
					"SCENARIO");
		}
		else {
			pool = this.pools.latest(asset, venue);
			LendingMarket market = this.markets.findOptional(snapshot.market(), asset)
				.orElseThrow(() -> NotFoundException.of("market",
						"Market '" + snapshot.market() + "' has no parameters for " + asset.symbol()));
			PoolState latest = this.states.latest(asset);
			if (latest == null || latest.exchangeRate() == null) {
				throw NotFoundException.of("symbol", asset.symbol() + " has no stored exchange rate");
			}
			stored.add(pool.provenanceDays()).observation(asset.symbol(), latest.observedAt(), latest.provenance());
			rules = new StressResponse.StressRulesUsed(market.market(), DEFAULT_CLOSE_FACTOR,
					snapshot.fullLiquidationHealthFactor(), market.liquidationBonus().doubleValue(),
					(oracleMode != null) ? oracleMode : market.oracleMode(), latest.exchangeRate().doubleValue(),
					"STATE");
		}
		StressResponse.StressBook described = new StressResponse.StressBook(snapshot.name(), book.file(),
				book.positions().size(), book.positions().size(), book.totalLsd(), book.totalDebtEth(), scenarioName,
				"real accounts of June 2023: LSD in tokens; other collateral and all debt converted to ETH at the"
						+ " snapshot's prices and held fixed; the snapshot's LSD oracle price was "
						+ book.snapshotLsdPriceEth() + " ETH");
		return run(book.positions(), pool, rules, shockOf(pegDrop, initialSale),
				(timing != null) ? timing : CascadeSimulator.Timing.ROUNDS, described,
				stored.build().toDataProvenance());
	}

	private StressResponse run(List<CascadePosition> book, DexPool pool, StressResponse.StressRulesUsed rules,
			CascadeShock shock, CascadeSimulator.Timing timing, StressResponse.StressBook described,
			DataProvenance provenance) {
		LiquidationRules liquidation = new LiquidationRules(rules.closeFactor(), rules.fullLiquidationHealthFactor(),
				rules.liquidationBonus(), HealthService.compute(rules.oracleMode()), rules.exchangeRate());
		CascadeResult result;
		try {
			result = CascadeSimulator.run(book, pool.market(), liquidation, shock, timing,
					this.properties.maxStressRounds());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("shock", ex.getMessage());
		}
		int reported = Math.min(result.rounds().size(), this.properties.maxReportedRounds());
		List<StressResponse.StressRound> rounds = new ArrayList<>(reported);
		for (CascadeRound round : result.rounds().subList(0, reported)) {
			rounds.add(new StressResponse.StressRound(round.round(), round.oraclePriceEth(),
					round.marketPriceBeforeEth(), round.marketPriceAfterEth(), round.positionsLiquidated(),
					round.collateralSeizedLsd(), round.otherCollateralSeizedEth(), round.debtRepaidEth(),
					round.badDebtEth(), round.ethReceived()));
		}
		return new StressResponse(rounds, result.rounds().size(), result.finalMarketPriceEth(), result.finalPegRatio(),
				result.finalOraclePriceEth(), result.initialMarketPriceEth(), result.shockedMarketPriceEth(),
				result.exogenousSaleLsd(), result.totalCollateralLiquidatedLsd(),
				result.totalOtherCollateralLiquidatedEth(), result.totalDebtRepaidEth(), result.badDebtEth(),
				result.positionsLiquidated(), result.converged(), result.initialCollateralLsd(),
				result.remainingCollateralLsd(), result.initialOtherCollateralEth(),
				result.remainingOtherCollateralEth(), result.initialDebtEth(), result.remainingDebtEth(), timing, rules,
				new StressResponse.StressShockUsed(shock.pegDropFraction(), shock.initialSaleLsd()), pool, described,
				provenance);
	}

	private static CascadeShock shockOf(Double pegDrop, Double initialSale) {
		double drop = (pegDrop != null) ? pegDrop : 0;
		double sale = (initialSale != null) ? initialSale : 0;
		if (!(drop >= 0 && drop < 1)) {
			throw InvalidRequestException.of("shock", "must be a peg drop fraction in [0, 1), was " + drop);
		}
		if (!(sale >= 0) || Double.isInfinite(sale)) {
			throw InvalidRequestException.of("initialSale", "must be at least 0, was " + sale);
		}
		return new CascadeShock(drop, sale);
	}

	private static DexPool requestPool(StressRequest.StressPool pool) {
		io.lsdrisk.compute.liquidity.PoolState state;
		try {
			state = new io.lsdrisk.compute.liquidity.PoolState(pool.balanceEth(), pool.balanceLsd(),
					pool.amplification(), pool.fee(), (pool.adminFeeShare() != null) ? pool.adminFeeShare()
							: io.lsdrisk.compute.liquidity.PoolState.STETH_POOL_ADMIN_FEE_SHARE);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("pool", ex.getMessage());
		}
		double rate = (pool.poolRate() != null) ? pool.poolRate() : 1.0;
		double unwrap = (pool.tokensPerCollateral() != null) ? pool.tokensPerCollateral() : 1.0;
		LiquidationMarket market = StableSwapMarket.of(state, rate);
		if (unwrap != 1.0) {
			market = new ScaledMarket(market, unwrap);
		}
		return new DexPool(null, null, null, state.balanceEth(), state.balanceLsd(), state.amplification(), state.fee(),
				rate, unwrap, market.priceEth(), "request", market, ProvenanceDays.NONE);
	}

}
