package io.lsdrisk.options;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.compute.options.BlackScholesMerton;
import io.lsdrisk.compute.options.JumpValuation;
import io.lsdrisk.compute.options.MertonJumpDiffusion;
import io.lsdrisk.compute.options.OptionType;
import io.lsdrisk.compute.options.OptionValuation;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices an option on a stored LSD with its inputs read from the store unless given.
 */
@Service
class LsdOptionService {

	private final AssetService assets;

	private final StoredMarketService market;

	private final JumpParametersSource jumpParameters;

	private final OptionsProperties properties;

	LsdOptionService(AssetService assets, StoredMarketService market, JumpParametersSource jumpParameters,
			OptionsProperties properties) {
		this.assets = assets;
		this.market = market;
		this.jumpParameters = jumpParameters;
		this.properties = properties;
	}

	/**
	 * @param query the request's parameters; null where not given
	 */
	@Transactional(readOnly = true)
	LsdOptionResponse price(String symbol, LsdOptionQuery query) {
		if (query.type() == null) {
			throw InvalidRequestException.of("type", "is required: CALL or PUT");
		}
		double expiryDays = ItemChecks.withinOrDefault("", -1, "expiryDays", query.expiryDays(), 0.0,
				this.properties.maxExpiryDays(), this.properties.defaultExpiryDays());
		Double givenStrike = (query.strike() != null)
				? ItemChecks.within("", -1, "strike", query.strike(), ItemChecks.MIN_PRICE, ItemChecks.MAX_AMOUNT)
				: null;
		Double givenVolatility = (query.volatility() != null)
				? ItemChecks.within("", -1, "volatility", query.volatility(), 0.0, 10.0) : null;
		MarketInputs.RateInput rate = rate(query.riskFreeRate(), this.properties);
		Double givenCarry = (query.carryYield() != null)
				? ItemChecks.within("", -1, "carryYield", query.carryYield(), -1.0, 1.0) : null;
		OptionModel model = (query.model() != null) ? query.model() : OptionModel.MERTON_JUMP;
		Asset asset = this.assets.find(symbol);
		MarketInputs.StoredSpot spot = this.market.spot(asset, Underlying.LSD_PRICE_ETH);
		MarketInputs.VolatilityInput volatility = (givenVolatility != null)
				? MarketInputs.VolatilityInput.given(givenVolatility)
				: this.market.realisedVolatility(asset, spot.field(), spot.observedAt());
		MarketInputs.CarryInput carry = (givenCarry != null)
				? new MarketInputs.CarryInput(givenCarry, "REQUEST", null, null, null, "given in the request")
				: this.market.carry(asset, spot.observedAt());
		double strike = (givenStrike != null) ? givenStrike : spot.value();
		double expiryYears = expiryDays / 365.0;
		JumpParameters jumps = (model == OptionModel.MERTON_JUMP) ? this.jumpParameters.forAsset(asset) : null;
		OptionGreeks valuation = value(query.type(), spot.value(), strike, expiryYears, volatility.value(),
				rate.value(), carry.value(), jumps, this.properties.jumpSeriesTolerance());
		return new LsdOptionResponse(asset.symbol(), asset.tokenModel(), query.type(), model, strike,
				(givenStrike != null) ? "REQUEST" : "AT_THE_MONEY", expiryDays, expiryYears, spot, volatility, rate,
				carry, jumps, valuation);
	}

	static MarketInputs.RateInput rate(Double given, OptionsProperties properties) {
		if (given != null) {
			return new MarketInputs.RateInput(ItemChecks.within("", -1, "riskFreeRate", given, -1.0, 1.0), "REQUEST");
		}
		return new MarketInputs.RateInput(properties.riskFreeRate(), "CONFIGURATION: lsdrisk.options.risk-free-rate");
	}

	static OptionGreeks value(OptionType type, double spot, double strike, double expiryYears, double volatility,
			double rate, double carry, JumpParameters jumps, double tolerance) {
		if (jumps == null) {
			OptionValuation v = BlackScholesMerton.value(type, spot, strike, expiryYears, volatility, rate, carry);
			return new OptionGreeks(v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(),
					v.vanna(), v.volga(), v.charm(), null, v.vega() / 100.0, v.theta() / OptionGreeks.DAYS_PER_YEAR,
					null, null);
		}
		JumpValuation v = MertonJumpDiffusion.value(type, spot, strike, expiryYears, volatility, rate, carry,
				jumps.jumpIntensity(), jumps.jumpMean(), jumps.jumpVolatility(), tolerance);
		return new OptionGreeks(v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm(), v.jumpIntensitySensitivity(), v.vega() / 100.0,
				v.theta() / OptionGreeks.DAYS_PER_YEAR, v.seriesTerms(), v.truncationErrorBound());
	}

}
