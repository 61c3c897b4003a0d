package io.lsdrisk.options;

import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.compute.options.LegKind;
import io.lsdrisk.compute.options.OptionStrategy;
import io.lsdrisk.compute.options.OptionValuation;
import io.lsdrisk.compute.options.PayoffPoint;
import io.lsdrisk.compute.options.StrategyLeg;
import io.lsdrisk.compute.options.StrategyMarket;
import io.lsdrisk.compute.options.StrategyValuation;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values covered calls, depeg hedges and custom strategies, with market inputs from the
 * request or from a stored LSD.
 */
@Service
class StrategyService {

	private static final String MARKET = "market";

	private static final String GRID = "payoffGrid";

	private static final String LEGS = "legs";

	private static final double DEFAULT_GRID_LOW = 0.5;

	private static final double DEFAULT_GRID_HIGH = 1.5;

	private final AssetService assets;

	private final StoredMarketService stored;

	private final JumpParametersSource jumpParameters;

	private final OptionsProperties properties;

	StrategyService(AssetService assets, StoredMarketService stored, JumpParametersSource jumpParameters,
			OptionsProperties properties) {
		this.assets = assets;
		this.stored = stored;
		this.jumpParameters = jumpParameters;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	StrategyResponse value(StrategyRequest request) {
		StrategyKind strategy = ItemChecks.required("", -1, "strategy", request.strategy());
		double expiry = ItemChecks.within("", -1, "expiryYears", request.expiryYears(), 0.0, 100.0);
		StrategyRequest.StrategyMarketInput given = (request.market() != null) ? request.market()
				: new StrategyRequest.StrategyMarketInput(null, null, null, null, null, null, null);
		Underlying underlying = (strategy == StrategyKind.DEPEG_HEDGE) ? Underlying.PEG_RATIO
				: Underlying.LSD_PRICE_ETH;
		Asset asset = (request.symbol() != null) ? this.assets.find(request.symbol()) : null;
		OptionModel model = (request.model() != null) ? request.model()
				: ((asset != null) ? OptionModel.MERTON_JUMP : OptionModel.BSM);

		boolean needsStore = given.spot() == null || given.volatility() == null
				|| (given.carryYield() == null && underlying == Underlying.LSD_PRICE_ETH);
		MarketInputs.StoredSpot storedSpot = (asset != null && needsStore) ? this.stored.spot(asset, underlying) : null;
		double spot = (given.spot() != null)
				? ItemChecks.within(MARKET, -1, "spot", given.spot(), ItemChecks.MIN_PRICE, ItemChecks.MAX_AMOUNT)
				: requireStored(storedSpot, "spot").value();
		MarketInputs.VolatilityInput volatility;
		if (given.volatility() != null) {
			volatility = MarketInputs.VolatilityInput
				.given(ItemChecks.within(MARKET, -1, "volatility", given.volatility(), 0.0, 10.0));
		}
		else {
			requireStored(storedSpot, "volatility");
			volatility = this.stored.realisedVolatility(asset, storedSpot.field(), storedSpot.observedAt());
		}
		MarketInputs.RateInput rate = (given.riskFreeRate() != null)
				? new MarketInputs.RateInput(
						ItemChecks.within(MARKET, -1, "riskFreeRate", given.riskFreeRate(), -1.0, 1.0), "REQUEST")
				: LsdOptionService.rate(null, this.properties);
		MarketInputs.CarryInput carry = carry(given, asset, storedSpot, underlying);
		double[] jumps = new double[3];
		String jumpSource = jumps(model, given, asset, jumps);
		StrategyMarket market = new StrategyMarket(spot, volatility.value(), rate.value(), carry.value(), jumps[0],
				jumps[1], jumps[2]);

		List<StrategyLeg> legs = legs(strategy, request, spot, carry.value(), expiry);
		StrategyRequest.PayoffGrid grid = (request.payoffGrid() != null) ? request.payoffGrid()
				: new StrategyRequest.PayoffGrid(null, null, null);
		double lowest = ItemChecks.withinOrDefault(GRID, -1, "lowestPrice", grid.lowestPrice(), 0.0,
				ItemChecks.MAX_AMOUNT, DEFAULT_GRID_LOW * spot);
		double highest = ItemChecks.withinOrDefault(GRID, -1, "highestPrice", grid.highestPrice(), 0.0,
				ItemChecks.MAX_AMOUNT, Math.min(DEFAULT_GRID_HIGH * spot, ItemChecks.MAX_AMOUNT));
		if (!(highest > lowest)) {
			throw InvalidRequestException.of(GRID + ".highestPrice",
					"must be > lowestPrice (" + lowest + "), was " + highest);
		}
		int points = (grid.points() != null) ? grid.points() : this.properties.defaultGridPoints();
		if (points < 2 || points > this.properties.maxGridPoints()) {
			throw InvalidRequestException.of(GRID + ".points", "must be within [2, " + this.properties.maxGridPoints()
					+ "] (lsdrisk.options.max-grid-points), was " + points);
		}
		StrategyValuation valuation = OptionStrategy.value(legs, market, expiry, lowest, highest, points);
		OptionValuation g = valuation.greeks();
		boolean withJumps = model == OptionModel.MERTON_JUMP;
		OptionGreeks greeks = new OptionGreeks(g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.rho(),
				g.carryRho(), g.vanna(), g.volga(), g.charm(), withJumps ? valuation.jumpIntensitySensitivity() : null,
				g.vega() / 100.0, g.theta() / OptionGreeks.DAYS_PER_YEAR, null, null);
		List<StrategyResponse.PayoffGridPoint> payoff = new ArrayList<>(valuation.payoffAtExpiry().size());
		for (PayoffPoint point : valuation.payoffAtExpiry()) {
			payoff.add(new StrategyResponse.PayoffGridPoint(point.priceAtExpiry(), point.payoff(), point.profit()));
		}
		List<StrategyResponse.StrategyLegResult> legResults = legs.stream()
			.map((leg) -> new StrategyResponse.StrategyLegResult(leg.kind(), leg.optionType(),
					(leg.kind() == LegKind.OPTION) ? leg.strike() : null, leg.quantity()))
			.toList();
		StrategyResponse.StrategyInputSources sources = (asset != null) ? new StrategyResponse.StrategyInputSources(
				(given.spot() == null) ? storedSpot : null, volatility, rate, carry, jumpSource) : null;
		return new StrategyResponse(strategy, (asset != null) ? asset.symbol() : null, underlying, model, expiry,
				legResults, new StrategyResponse.StrategyMarketResult(spot, volatility.value(), rate.value(),
						carry.value(), jumps[0], jumps[1], jumps[2]),
				sources, greeks, payoff);
	}

	private static MarketInputs.StoredSpot requireStored(MarketInputs.StoredSpot storedSpot, String field) {
		if (storedSpot == null) {
			throw InvalidRequestException.of(MARKET + "." + field, "is required without a symbol");
		}
		return storedSpot;
	}

	private MarketInputs.CarryInput carry(StrategyRequest.StrategyMarketInput given, Asset asset,
			MarketInputs.StoredSpot storedSpot, Underlying underlying) {
		if (given.carryYield() != null) {
			return new MarketInputs.CarryInput(
					ItemChecks.within(MARKET, -1, "carryYield", given.carryYield(), -1.0, 1.0), "REQUEST", null, null,
					null, "given in the request");
		}
		if (asset == null) {
			return new MarketInputs.CarryInput(0.0, "DEFAULT_ZERO", null, null, null,
					"no carry given and no symbol: q = 0");
		}
		if (underlying == Underlying.PEG_RATIO) {
			return new MarketInputs.CarryInput(0.0, "PEG_RATIO_ZERO", null, null, null,
					"the peg ratio (market price over exchange rate) earns no yield: q = 0");
		}
		return this.stored.carry(asset, storedSpot.observedAt());
	}

	/** Fills intensity, mean and volatility; returns their source. */
	private String jumps(OptionModel model, StrategyRequest.StrategyMarketInput given, Asset asset, double[] jumps) {
		if (model == OptionModel.BSM) {
			zeroUnderBsm("jumpIntensity", given.jumpIntensity());
			zeroUnderBsm("jumpMean", given.jumpMean());
			zeroUnderBsm("jumpVolatility", given.jumpVolatility());
			return null;
		}
		JumpParameters fallback = (asset != null) ? this.jumpParameters.forAsset(asset) : null;
		jumps[0] = jump("jumpIntensity", given.jumpIntensity(), 0.0, 50.0,
				(fallback != null) ? fallback.jumpIntensity() : null);
		jumps[1] = jump("jumpMean", given.jumpMean(), -5.0, 5.0, (fallback != null) ? fallback.jumpMean() : null);
		jumps[2] = jump("jumpVolatility", given.jumpVolatility(), 0.0, 3.0,
				(fallback != null) ? fallback.jumpVolatility() : null);
		boolean allGiven = given.jumpIntensity() != null && given.jumpMean() != null && given.jumpVolatility() != null;
		return (fallback == null || allGiven) ? null : fallback.source();
	}

	private static double jump(String field, Double given, double lowest, double highest, Double fallback) {
		if (given == null && fallback == null) {
			throw InvalidRequestException.of(MARKET + "." + field, "is required under MERTON_JUMP without a symbol");
		}
		return (given != null) ? ItemChecks.within(MARKET, -1, field, given, lowest, highest) : fallback;
	}

	private static void zeroUnderBsm(String field, Double value) {
		if (value != null && value != 0.0) {
			throw InvalidRequestException.of(MARKET + "." + field,
					"must be absent or 0 under model BSM (use MERTON_JUMP to price jumps), was " + value);
		}
	}

	private List<StrategyLeg> legs(StrategyKind strategy, StrategyRequest request, double spot, double carry,
			double expiry) {
		if (strategy == StrategyKind.CUSTOM) {
			ItemChecks.absent("", -1, "units", request.units(), "for CUSTOM (give legs)");
			ItemChecks.absent("", -1, "strike", request.strike(), "for CUSTOM (give each leg's strike)");
			return customLegs(request.legs());
		}
		// An empty list says no legs, as an absent one does.
		List<StrategyRequest.StrategyLegInput> given = request.legs();
		ItemChecks.absent("", -1, LEGS, (given != null && given.isEmpty()) ? null : given,
				"for " + strategy + " (the legs are built; use CUSTOM)");
		double units = (request.units() != null)
				? ItemChecks.positive("", -1, "units", request.units(), ItemChecks.MAX_AMOUNT) : 1.0;
		if (strategy == StrategyKind.COVERED_CALL) {
			double strike = ItemChecks.withinOrDefault("", -1, "strike", request.strike(), ItemChecks.MIN_PRICE,
					ItemChecks.MAX_AMOUNT, spot);
			return OptionStrategy.coveredCall(units, strike, carry, expiry);
		}
		double strike = ItemChecks.withinOrDefault("", -1, "strike", request.strike(), ItemChecks.MIN_PRICE,
				ItemChecks.MAX_AMOUNT, this.properties.depegHedgeStrike());
		return OptionStrategy.depegHedge(units, strike, carry, expiry);
	}

	private List<StrategyLeg> customLegs(List<StrategyRequest.StrategyLegInput> legs) {
		if (legs == null || legs.isEmpty() || legs.size() > this.properties.maxStrategyLegs()) {
			throw InvalidRequestException.of(LEGS,
					"must hold 1 to " + this.properties.maxStrategyLegs()
							+ " legs for CUSTOM (lsdrisk.options.max-strategy-legs), had "
							+ ((legs != null) ? legs.size() : 0));
		}
		List<StrategyLeg> result = new ArrayList<>(legs.size());
		for (int i = 0; i < legs.size(); i++) {
			StrategyRequest.StrategyLegInput leg = ItemChecks.required(LEGS, i, null, legs.get(i));
			LegKind kind = ItemChecks.required(LEGS, i, "kind", leg.kind());
			double quantity = ItemChecks.within(LEGS, i, "quantity", leg.quantity(), -ItemChecks.MAX_AMOUNT,
					ItemChecks.MAX_AMOUNT);
			if (kind == LegKind.UNDERLYING) {
				ItemChecks.absent(LEGS, i, "type", leg.type(), "for an UNDERLYING leg");
				ItemChecks.absent(LEGS, i, "strike", leg.strike(), "for an UNDERLYING leg");
				result.add(StrategyLeg.underlying(quantity));
			}
			else {
				ItemChecks.required(LEGS, i, "type", leg.type());
				double strike = ItemChecks.within(LEGS, i, "strike", leg.strike(), ItemChecks.MIN_PRICE,
						ItemChecks.MAX_AMOUNT);
				result.add(StrategyLeg.option(leg.type(), strike, quantity));
			}
		}
		return result;
	}

}
