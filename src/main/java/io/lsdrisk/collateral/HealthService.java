package io.lsdrisk.collateral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.collateral.HealthResponse.CollateralUsed;
import io.lsdrisk.collateral.HealthResponse.DebtUsed;
import io.lsdrisk.collateral.HealthResponse.Source;
import io.lsdrisk.collateral.HealthResponse.StoredEthUsd;
import io.lsdrisk.collateral.HealthResponse.StoredState;
import io.lsdrisk.compute.collateral.AssetKind;
import io.lsdrisk.compute.collateral.CollateralHolding;
import io.lsdrisk.compute.collateral.DebtHolding;
import io.lsdrisk.compute.collateral.HealthFactors;
import io.lsdrisk.compute.collateral.Position;
import io.lsdrisk.compute.collateral.PositionHealth;
import io.lsdrisk.compute.collateral.ShockedHealth;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health of lending positions (Aave v3 rules, {@link HealthFactors}) with prices and
 * parameters taken from the request, the stored lending market and the latest stored
 * states.
 *
 * <p>
 * Prices are in USD. An LSD's stored price is {@code marketPriceEth * ethUsd} under a
 * MARKET oracle and {@code exchangeRate * ethUsd} under EXCHANGE_RATE, from its latest
 * stored state; ETH/WETH is priced at ETH/USD; stablecoins at 1 USD; any other asset
 * needs {@code priceUsd}. ETH/USD is, in order: the position's {@code ethUsd}, the
 * {@code priceUsd} of an ETH/WETH holding, the most recent latest state of any LSD with
 * an ETH/USD.
 */
@Service
public class HealthService {

	private static final Set<String> ETH = Set.of("ETH", "WETH");

	private final AssetService assets;

	private final PoolStateService states;

	private final LendingMarketService markets;

	private final CollateralProperties properties;

	private final Set<String> stablecoins;

	HealthService(AssetService assets, PoolStateService states, LendingMarketService markets,
			CollateralProperties properties) {
		this.assets = assets;
		this.states = states;
		this.markets = markets;
		this.properties = properties;
		this.stablecoins = properties.stablecoins()
			.stream()
			.map((symbol) -> symbol.toUpperCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Transactional(readOnly = true)
	public HealthResponse health(HealthRequest request) {
		List<HealthRequest.PositionInput> positions = request.positions();
		if (positions.size() > this.properties.maxPositions()) {
			throw InvalidRequestException.of("positions", "at most " + this.properties.maxPositions()
					+ " positions a request (lsdrisk.collateral.max-positions), had " + positions.size());
		}
		Lookup lookup = new Lookup();
		List<HealthResponse.PositionHealthResult> results = new ArrayList<>(positions.size());
		for (int i = 0; i < positions.size(); i++) {
			results.add(evaluate(positions.get(i), "positions[" + i + "]", lookup));
		}
		List<StoredState> used = new ArrayList<>();
		lookup.usedStates.forEach((symbol, state) -> used.add(new StoredState(symbol, state.observedAt(),
				number(state.exchangeRate()), number(state.marketPriceEth()), number(state.ethUsd()), state.source())));
		return new HealthResponse(results, used, lookup.ethUsdUsed ? lookup.storedEthUsd : null);
	}

	private HealthResponse.PositionHealthResult evaluate(HealthRequest.PositionInput input, String path,
			Lookup lookup) {
		String marketName = blankToNull(input.market());
		if (marketName != null && !lookup.marketExists(marketName)) {
			throw InvalidRequestException.of(path + ".market", "unknown lending market '" + marketName + "'");
		}
		List<HealthRequest.CollateralInput> collateral = input.collateral();
		List<HealthRequest.DebtInput> debt = (input.debt() != null) ? input.debt() : List.of();

		// The market's rows for the position's LSD collaterals decide oracle mode and
		// E-mode.
		List<Optional<LendingMarket>> rows = new ArrayList<>(collateral.size());
		boolean anyMarketOracle = false;
		boolean anyRow = false;
		boolean anyEmode = false;
		for (HealthRequest.CollateralInput holding : collateral) {
			Optional<LendingMarket> row = Optional.empty();
			Asset asset = lookup.asset(holding.symbol());
			if (marketName != null && asset != null) {
				row = lookup.market(marketName, asset);
			}
			rows.add(row);
			if (row.isPresent()) {
				anyRow = true;
				anyMarketOracle |= row.get().oracleMode() == OracleMode.MARKET;
				anyEmode |= row.get().emode();
			}
		}
		OracleMode oracleMode;
		Source oracleModeSource;
		if (input.oracleMode() != null) {
			oracleMode = input.oracleMode();
			oracleModeSource = Source.REQUEST;
		}
		else if (anyRow) {
			oracleMode = anyMarketOracle ? OracleMode.MARKET : OracleMode.EXCHANGE_RATE;
			oracleModeSource = Source.MARKET;
		}
		else {
			oracleMode = OracleMode.MARKET;
			oracleModeSource = Source.DEFAULT;
		}
		boolean emode = (input.emode() != null) ? input.emode() : anyEmode;
		Source emodeSource = (input.emode() != null) ? Source.REQUEST : anyRow ? Source.MARKET : Source.DEFAULT;

		double ethUsd;
		Source ethUsdSource;
		Double fromHolding = ethHoldingPrice(collateral, debt);
		if (input.ethUsd() != null) {
			ethUsd = input.ethUsd();
			ethUsdSource = Source.REQUEST;
		}
		else if (fromHolding != null && fromHolding > 0) {
			ethUsd = fromHolding;
			ethUsdSource = Source.ETH_HOLDING;
		}
		else {
			PoolState own = firstLsdStateWithEthUsd(collateral, debt, lookup);
			if (own != null) {
				ethUsd = own.ethUsd().doubleValue();
				ethUsdSource = Source.STATE;
			}
			else if (needsEthUsd(collateral, debt, lookup)) {
				ethUsd = lookup.storedEthUsd(path + ".ethUsd").value();
				ethUsdSource = Source.LATEST_STATE;
				lookup.ethUsdUsed = true;
			}
			else {
				ethUsd = 1.0;
				ethUsdSource = Source.DEFAULT;
			}
		}

		List<CollateralHolding> holdings = new ArrayList<>(collateral.size());
		List<CollateralUsed> collateralUsed = new ArrayList<>(collateral.size());
		for (int j = 0; j < collateral.size(); j++) {
			String at = path + ".collateral[" + j + "]";
			HealthRequest.CollateralInput holding = collateral.get(j);
			Asset asset = lookup.asset(holding.symbol());
			String symbol = holding.symbol().trim();
			String upper = symbol.toUpperCase(Locale.ROOT);
			if (asset == null && !ETH.contains(upper) && !this.stablecoins.contains(upper)
					&& (holding.priceUsd() == null || holding.liquidationThreshold() == null)) {
				throw InvalidRequestException.of(at + ".symbol", "unknown asset '" + symbol
						+ "': register the LSD, or give priceUsd and liquidationThreshold to treat it as a non-LSD asset");
			}
			LendingMarket row = rows.get(j).orElse(null);
			double threshold;
			Source thresholdSource;
			if (holding.liquidationThreshold() != null) {
				threshold = holding.liquidationThreshold();
				thresholdSource = Source.REQUEST;
			}
			else if (row != null) {
				threshold = row.liquidationThreshold().doubleValue();
				thresholdSource = Source.MARKET;
			}
			else {
				throw InvalidRequestException.of(at + ".liquidationThreshold",
						(marketName == null) ? "is required when the position names no market"
								: "is required: market '" + marketName + "' has no parameters for " + symbol);
			}
			double ltv;
			Source ltvSource;
			if (holding.ltv() != null) {
				ltv = holding.ltv();
				ltvSource = Source.REQUEST;
				if (ltv > threshold) {
					throw InvalidRequestException.of(at + ".ltv",
							"must be at most the liquidationThreshold " + threshold + ", was " + ltv);
				}
			}
			else if (row != null && row.ltv().doubleValue() <= threshold) {
				ltv = row.ltv().doubleValue();
				ltvSource = Source.MARKET;
			}
			else {
				ltv = threshold;
				ltvSource = Source.DEFAULT;
			}
			AssetKind kind;
			double price;
			Source priceSource;
			Double exchangeRate = null;
			if (ETH.contains(upper)) {
				kind = AssetKind.ETH;
				price = (holding.priceUsd() != null) ? holding.priceUsd() : ethUsd;
				priceSource = (holding.priceUsd() != null) ? Source.REQUEST : Source.ETH_USD;
			}
			else if (asset != null) {
				kind = AssetKind.LSD;
				PoolState state = lookup.state(asset);
				if (holding.priceUsd() != null) {
					price = holding.priceUsd();
					priceSource = Source.REQUEST;
					exchangeRate = (state != null && state.exchangeRate() != null) ? state.exchangeRate().doubleValue()
							: price / ethUsd;
				}
				else {
					price = storedPrice(asset, state, oracleMode, ethUsd, at + ".priceUsd");
					priceSource = Source.STATE;
					exchangeRate = state.exchangeRate().doubleValue();
				}
				if (state != null) {
					lookup.usedStates.putIfAbsent(asset.symbol(), state);
				}
				if (!(exchangeRate > 0)) {
					exchangeRate = price / ethUsd;
				}
			}
			else if (this.stablecoins.contains(upper)) {
				kind = AssetKind.OTHER;
				price = (holding.priceUsd() != null) ? holding.priceUsd() : 1.0;
				priceSource = (holding.priceUsd() != null) ? Source.REQUEST : Source.STABLECOIN;
			}
			else if (holding.priceUsd() != null) {
				kind = AssetKind.OTHER;
				price = holding.priceUsd();
				priceSource = Source.REQUEST;
			}
			else {
				throw InvalidRequestException.of(at + ".symbol", "unknown asset '" + symbol
						+ "': register the LSD, or give priceUsd and liquidationThreshold to treat it as a non-LSD asset");
			}
			try {
				holdings.add(new CollateralHolding(symbol, holding.amount(), price, threshold, ltv, kind,
						(exchangeRate != null) ? exchangeRate : 1.0));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidRequestException.of(at, ex.getMessage());
			}
			collateralUsed.add(new CollateralUsed(symbol, kind, holding.amount(), price, priceSource, threshold,
					thresholdSource, ltv, ltvSource, exchangeRate));
		}

		List<DebtHolding> debts = new ArrayList<>(debt.size());
		List<DebtUsed> debtUsed = new ArrayList<>(debt.size());
		for (int j = 0; j < debt.size(); j++) {
			String at = path + ".debt[" + j + "]";
			HealthRequest.DebtInput holding = debt.get(j);
			String asset = holding.asset().trim();
			String upper = asset.toUpperCase(Locale.ROOT);
			AssetKind kind;
			double price;
			Source priceSource;
			Asset lsd = ETH.contains(upper) ? null : lookup.asset(asset);
			if (holding.priceUsd() != null) {
				price = holding.priceUsd();
				priceSource = Source.REQUEST;
				kind = ETH.contains(upper) ? AssetKind.ETH : (lsd != null) ? AssetKind.LSD : AssetKind.OTHER;
			}
			else if (ETH.contains(upper)) {
				kind = AssetKind.ETH;
				price = ethUsd;
				priceSource = Source.ETH_USD;
			}
			else if (this.stablecoins.contains(upper)) {
				kind = AssetKind.OTHER;
				price = 1.0;
				priceSource = Source.STABLECOIN;
			}
			else if (lsd != null) {
				kind = AssetKind.LSD;
				PoolState state = lookup.state(lsd);
				price = storedPrice(lsd, state, oracleMode, ethUsd, at + ".priceUsd");
				priceSource = Source.STATE;
				lookup.usedStates.putIfAbsent(lsd.symbol(), state);
			}
			else {
				throw InvalidRequestException.of(at + ".asset", "unknown asset '" + asset
						+ "': give priceUsd (ETH, WETH, registered LSDs and " + this.stablecoins + " need none)");
			}
			try {
				debts.add(new DebtHolding(asset, holding.amount(), price, kind));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidRequestException.of(at, ex.getMessage());
			}
			debtUsed.add(new DebtUsed(asset, kind, holding.amount(), price, priceSource));
		}

		PositionHealth health;
		try {
			health = HealthFactors.health(new Position(holdings, debts, ethUsd, compute(oracleMode), emode));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of(path, ex.getMessage());
		}
		return result(health, emode, oracleMode, new HealthResponse.HealthInputs(marketName, ethUsd, ethUsdSource,
				oracleModeSource, emodeSource, collateralUsed, debtUsed));
	}

	private static HealthResponse.PositionHealthResult result(PositionHealth health, boolean emode,
			OracleMode oracleMode, HealthResponse.HealthInputs inputs) {
		boolean noDebt = Double.isInfinite(health.healthFactor());
		String noDebtReason = "no debt: the position cannot be liquidated";
		Double buffer = Double.isFinite(health.buffer()) ? health.buffer() : null;
		String bufferReason = (buffer == null) ? "debt without weighted collateral: nothing to buffer" : null;
		List<HealthResponse.DepegShock> shocks = new ArrayList<>(health.shockedHealthFactors().size());
		for (ShockedHealth shocked : health.shockedHealthFactors()) {
			shocks.add(new HealthResponse.DepegShock(shocked.depegFraction(), finite(shocked.healthFactor())));
		}
		return new HealthResponse.PositionHealthResult(finite(health.healthFactor()), noDebt ? noDebtReason : null,
				health.collateralValue(), health.weightedCollateralValue(), health.debtValue(),
				health.borrowingPowerLeft(), health.liquidationPegRatio(), health.liquidationPegMultiplier(),
				health.liquidationPegReason(), health.liquidationEthPrice(), health.liquidationEthPriceReason(), buffer,
				bufferReason, health.alertTier(), shocks, emode, oracleMode, inputs);
	}

	private static double storedPrice(Asset asset, PoolState state, OracleMode oracleMode, double ethUsd,
			String field) {
		if (state == null) {
			throw InvalidRequestException.of(field, "is required: " + asset.symbol() + " has no stored state");
		}
		if (state.exchangeRate() == null) {
			throw InvalidRequestException.of(field, "is required: the latest state of " + asset.symbol() + " observed "
					+ state.observedAt() + " has no exchangeRate");
		}
		if (oracleMode == OracleMode.MARKET) {
			if (state.marketPriceEth() == null) {
				throw InvalidRequestException.of(field, "is required: the latest state of " + asset.symbol()
						+ " observed " + state.observedAt() + " has no marketPriceEth, which a MARKET oracle reads");
			}
			return state.marketPriceEth().doubleValue() * ethUsd;
		}
		return state.exchangeRate().doubleValue() * ethUsd;
	}

	/** The latest state, with an ETH/USD, of the first LSD the position holds or owes. */
	private static PoolState firstLsdStateWithEthUsd(List<HealthRequest.CollateralInput> collateral,
			List<HealthRequest.DebtInput> debt, Lookup lookup) {
		List<String> symbols = new ArrayList<>();
		collateral.forEach((holding) -> symbols.add(holding.symbol()));
		debt.forEach((holding) -> symbols.add(holding.asset()));
		for (String symbol : symbols) {
			if (ETH.contains(symbol.trim().toUpperCase(Locale.ROOT))) {
				continue;
			}
			Asset asset = lookup.asset(symbol);
			PoolState state = (asset != null) ? lookup.state(asset) : null;
			if (state != null && state.ethUsd() != null) {
				lookup.usedStates.putIfAbsent(asset.symbol(), state);
				return state;
			}
		}
		return null;
	}

	/**
	 * Whether some holding is priced from ETH/USD (ETH, WETH or an LSD without priceUsd).
	 */
	private static boolean needsEthUsd(List<HealthRequest.CollateralInput> collateral,
			List<HealthRequest.DebtInput> debt, Lookup lookup) {
		for (HealthRequest.CollateralInput holding : collateral) {
			if (holding.priceUsd() == null && (ETH.contains(holding.symbol().trim().toUpperCase(Locale.ROOT))
					|| lookup.asset(holding.symbol()) != null)) {
				return true;
			}
		}
		for (HealthRequest.DebtInput holding : debt) {
			if (holding.priceUsd() == null && (ETH.contains(holding.asset().trim().toUpperCase(Locale.ROOT))
					|| lookup.asset(holding.asset()) != null)) {
				return true;
			}
		}
		return false;
	}

	private static Double ethHoldingPrice(List<HealthRequest.CollateralInput> collateral,
			List<HealthRequest.DebtInput> debt) {
		for (HealthRequest.CollateralInput holding : collateral) {
			if (holding.priceUsd() != null && ETH.contains(holding.symbol().trim().toUpperCase(Locale.ROOT))) {
				return holding.priceUsd();
			}
		}
		for (HealthRequest.DebtInput holding : debt) {
			if (holding.priceUsd() != null && ETH.contains(holding.asset().trim().toUpperCase(Locale.ROOT))) {
				return holding.priceUsd();
			}
		}
		return null;
	}

	static io.lsdrisk.compute.collateral.OracleMode compute(OracleMode mode) {
		return io.lsdrisk.compute.collateral.OracleMode.valueOf(mode.name());
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	private static Double number(java.math.BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** Per-request caches: each asset, state and market is read once. */
	private final class Lookup {

		private final Map<String, Optional<Asset>> assetsBySymbol = new HashMap<>();

		private final Map<Long, Optional<PoolState>> latest = new HashMap<>();

		private final Map<String, Boolean> marketNames = new HashMap<>();

		private final Map<String, Optional<LendingMarket>> marketRows = new HashMap<>();

		private final Map<String, PoolState> usedStates = new LinkedHashMap<>();

		private StoredEthUsd storedEthUsd;

		private boolean ethUsdUsed;

		Asset asset(String symbol) {
			String key = symbol.trim().toLowerCase(Locale.ROOT);
			return this.assetsBySymbol.computeIfAbsent(key, (k) -> HealthService.this.assets.findOptional(k))
				.orElse(null);
		}

		PoolState state(Asset asset) {
			return this.latest
				.computeIfAbsent(asset.id(), (id) -> Optional.ofNullable(HealthService.this.states.latest(asset)))
				.orElse(null);
		}

		boolean marketExists(String market) {
			String key = market.toLowerCase(Locale.ROOT);
			Boolean known = this.marketNames.get(key);
			if (known == null) {
				known = HealthService.this.markets.exists(market);
				this.marketNames.put(key, known);
			}
			return known;
		}

		Optional<LendingMarket> market(String market, Asset asset) {
			return this.marketRows.computeIfAbsent(market.toLowerCase(Locale.ROOT) + "\u0000" + asset.id(),
					(k) -> HealthService.this.markets.findOptional(market, asset));
		}

		StoredEthUsd storedEthUsd(String field) {
			if (this.storedEthUsd == null) {
				PoolState best = null;
				String symbol = null;
				for (Asset asset : HealthService.this.assets.all()) {
					PoolState state = state(asset);
					if (state != null && state.ethUsd() != null
							&& (best == null || state.observedAt().isAfter(best.observedAt()))) {
						best = state;
						symbol = asset.symbol();
					}
				}
				if (best == null) {
					throw InvalidRequestException.of(field,
							"is required: no stored state carries an ETH/USD price; give ethUsd or the priceUsd of every holding");
				}
				this.storedEthUsd = new StoredEthUsd(best.ethUsd().doubleValue(), symbol, best.observedAt());
			}
			return this.storedEthUsd;
		}

	}

}
