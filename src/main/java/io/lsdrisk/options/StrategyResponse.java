package io.lsdrisk.options;

import java.util.List;

import io.lsdrisk.compute.options.LegKind;
import io.lsdrisk.compute.options.OptionType;
import org.jspecify.annotations.Nullable;

/**
 * A strategy's value, Greeks and payoff at expiry, with the legs and market it was valued
 * on.
 *
 * @param strategy the strategy
 * @param symbol the stored LSD the market came from, or null
 * @param underlying LSD_PRICE_ETH or PEG_RATIO
 * @param model BSM or MERTON_JUMP
 * @param expiryYears the common expiry in years
 * @param legs the legs valued (for the named strategies, as built)
 * @param market the market inputs used
 * @param sources where the stored inputs came from; null without a symbol
 * @param greeks value and Greeks of the whole strategy (quantity-weighted sums)
 * @param payoffAtExpiry payoff and profit at each grid price, in increasing price
 */
record StrategyResponse(StrategyKind strategy, @Nullable String symbol, Underlying underlying, OptionModel model,
		double expiryYears, List<StrategyLegResult> legs, StrategyMarketResult market,
		@Nullable StrategyInputSources sources, OptionGreeks greeks, List<PayoffGridPoint> payoffAtExpiry) {

	/**
	 * @param kind UNDERLYING or OPTION
	 * @param type CALL or PUT; null for the underlying
	 * @param strike strike; null for the underlying
	 * @param quantity units held now, or options; negative short
	 */
	record StrategyLegResult(LegKind kind, @Nullable OptionType type, @Nullable Double strike, double quantity) {

	}

	/**
	 * @param spot underlying value now
	 * @param volatility diffusion volatility per sqrt(year)
	 * @param riskFreeRate continuous risk-free rate per year
	 * @param carryYield continuous carry yield per year
	 * @param jumpIntensity expected jumps a year (0 under BSM)
	 * @param jumpMean mean log jump
	 * @param jumpVolatility standard deviation of the log jump
	 */
	record StrategyMarketResult(double spot, double volatility, double riskFreeRate, double carryYield,
			double jumpIntensity, double jumpMean, double jumpVolatility) {

	}

	/**
	 * @param spot the stored state behind the spot, null when given
	 * @param volatility how the volatility was obtained
	 * @param riskFreeRate the rate's source
	 * @param carryYield the carry's rule (REQUEST when given)
	 * @param jumps the jump parameters' source, null when given or under BSM
	 */
	record StrategyInputSources(MarketInputs.@Nullable StoredSpot spot, MarketInputs.VolatilityInput volatility,
			MarketInputs.RateInput riskFreeRate, MarketInputs.CarryInput carryYield, @Nullable String jumps) {

	}

	/**
	 * @param priceAtExpiry underlying price at expiry
	 * @param payoff value of all legs at expiry
	 * @param profit payoff minus today's value carried to expiry at the risk-free rate
	 */
	record PayoffGridPoint(double priceAtExpiry, double payoff, double profit) {

	}

}
