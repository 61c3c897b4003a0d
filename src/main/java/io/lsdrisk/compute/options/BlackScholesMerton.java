package io.lsdrisk.compute.options;

/**
 * European options under Black-Scholes-Merton with a continuous carry yield, priced with
 * every Greek in one pass.
 * <p>
 * With spot S, strike K, expiry T (years), volatility sigma, continuous risk-free rate r
 * and continuous carry yield q (the staking yield for an option on ETH hedged with a
 * rebasing LSD; 0 for a non-rebasing token's price),
 * {@code d1 = (ln(S/K) + (r - q + sigma^2/2) T) / (sigma
 * sqrt T)}, {@code d2 = d1 - sigma sqrt T}, {@code call = S e^{-qT} N(d1) - K e^{-rT}
 * N(d2)}, {@code put = K e^{-rT} N(-d2) - S e^{-qT} N(-d1)} (E. G. Haug, <i>The Complete
 * Guide to Option Pricing Formulas</i>, 2nd ed., 2007, section 1.1.6 and chapter 2, with
 * cost of carry b = r - q).
 * <p>
 * Inputs: spot and strike in [1e-12, 1e12], expiry in [0, 100] years, volatility in [0,
 * 10], rates in [-1, 1] (negative rates and a carry that costs are allowed). Within these
 * bounds every output is finite. Limits: when {@code sigma sqrt T < 1e-30} (expiry 0 or
 * volatility 0) the option is worth the discounted intrinsic value of the forward,
 * {@code max(+-(S e^{-qT} - K e^{-rT}), 0)}; delta is the discounted step {@code e^{-qT}
 * 1{F > K}}, with the midpoint {@code e^{-qT}/2} exactly at the forward F = K; vega and
 * vanna take their finite limits (zero away from F = K); gamma and the density parts of
 * theta and charm, Dirac masses at F = K, are reported as 0.
 */
public final class BlackScholesMerton {

	/**
	 * Below this total standard deviation sigma sqrt T the deterministic limit is used.
	 */
	static final double MIN_STANDARD_DEVIATION = 1e-30;

	private BlackScholesMerton() {
	}

	/**
	 * Price and all Greeks of a European option, sharing d1, d2, the exponentials and the
	 * normal density and distribution values.
	 * @param type call or put
	 * @param spot underlying price now, in [1e-12, 1e12]
	 * @param strike strike, same unit, in [1e-12, 1e12]
	 * @param timeToExpiryYears time to expiry in years, in [0, 100]
	 * @param volatility lognormal volatility per sqrt(year), in [0, 10]
	 * @param riskFreeRate continuous risk-free rate per year, in [-1, 1]
	 * @param carryYield continuous carry (dividend, staking) yield per year, in [-1, 1]
	 * @return price and Greeks in the conventions of {@link OptionValuation}
	 * @throws IllegalArgumentException naming the first input outside its range
	 */
	public static OptionValuation value(OptionType type, double spot, double strike, double timeToExpiryYears,
			double volatility, double riskFreeRate, double carryYield) {
		check(type, spot, strike, timeToExpiryYears, volatility, riskFreeRate, carryYield);
		return valueUnchecked(type == OptionType.CALL, spot, strike, timeToExpiryYears, volatility, riskFreeRate,
				carryYield);
	}

	/**
	 * Price only; same inputs, checks and limits as {@link #value}.
	 * @param type call or put
	 * @param spot underlying price now
	 * @param strike strike
	 * @param timeToExpiryYears time to expiry in years
	 * @param volatility lognormal volatility per sqrt(year)
	 * @param riskFreeRate continuous risk-free rate per year
	 * @param carryYield continuous carry yield per year
	 * @return the present value
	 */
	public static double price(OptionType type, double spot, double strike, double timeToExpiryYears, double volatility,
			double riskFreeRate, double carryYield) {
		check(type, spot, strike, timeToExpiryYears, volatility, riskFreeRate, carryYield);
		return priceUnchecked(type == OptionType.CALL, spot, strike, timeToExpiryYears, volatility, riskFreeRate,
				carryYield);
	}

	static void check(OptionType type, double spot, double strike, double timeToExpiryYears, double volatility,
			double riskFreeRate, double carryYield) {
		Checks.optionType(type);
		Checks.price("spot", spot);
		Checks.price("strike", strike);
		Checks.expiry("timeToExpiryYears", timeToExpiryYears);
		Checks.volatility("volatility", volatility);
		Checks.rate("riskFreeRate", riskFreeRate);
		Checks.rate("carryYield", carryYield);
	}

	static double priceUnchecked(boolean call, double spot, double strike, double timeToExpiryYears, double volatility,
			double riskFreeRate, double carryYield) {
		double sign = call ? 1.0 : -1.0;
		double discountedSpot = spot * Math.exp(-carryYield * timeToExpiryYears);
		double discountedStrike = strike * Math.exp(-riskFreeRate * timeToExpiryYears);
		double standardDeviation = volatility * Math.sqrt(timeToExpiryYears);
		if (standardDeviation < MIN_STANDARD_DEVIATION) {
			return Math.max(sign * (discountedSpot - discountedStrike), 0.0);
		}
		double d1 = (Math.log(spot / strike) + (riskFreeRate - carryYield) * timeToExpiryYears) / standardDeviation
				+ 0.5 * standardDeviation;
		double d2 = d1 - standardDeviation;
		double price = sign * (discountedSpot * StandardNormal.cumulative(sign * d1)
				- discountedStrike * StandardNormal.cumulative(sign * d2));
		return Math.max(price, Math.max(sign * (discountedSpot - discountedStrike), 0.0));
	}

	static OptionValuation valueUnchecked(boolean call, double spot, double strike, double timeToExpiryYears,
			double volatility, double riskFreeRate, double carryYield) {
		double sign = call ? 1.0 : -1.0;
		double sqrtTime = Math.sqrt(timeToExpiryYears);
		double standardDeviation = volatility * sqrtTime;
		double carryDiscount = Math.exp(-carryYield * timeToExpiryYears);
		double discountedSpot = spot * carryDiscount;
		double discountedStrike = strike * Math.exp(-riskFreeRate * timeToExpiryYears);
		double forwardLogMoneyness = Math.log(spot / strike) + (riskFreeRate - carryYield) * timeToExpiryYears;
		if (standardDeviation < MIN_STANDARD_DEVIATION) {
			return deterministic(sign, forwardLogMoneyness, sqrtTime, carryDiscount, discountedSpot, discountedStrike,
					timeToExpiryYears, riskFreeRate, carryYield);
		}
		double d1 = forwardLogMoneyness / standardDeviation + 0.5 * standardDeviation;
		double d2 = d1 - standardDeviation;
		double density1 = StandardNormal.density(d1);
		double cumulative1 = StandardNormal.cumulative(sign * d1, density1);
		double cumulative2 = StandardNormal.cumulative(sign * d2, StandardNormal.density(d2));
		double spotLeg = discountedSpot * cumulative1;
		double strikeLeg = discountedStrike * cumulative2;
		// Rounding must not take the price below the discounted intrinsic value of the
		// forward.
		double price = Math.max(sign * (spotLeg - strikeLeg),
				Math.max(sign * (discountedSpot - discountedStrike), 0.0));
		double delta = sign * carryDiscount * cumulative1;
		double gamma = carryDiscount * density1 / (spot * standardDeviation);
		double vega = discountedSpot * density1 * sqrtTime;
		double theta = -0.5 * vega * volatility / timeToExpiryYears
				+ sign * (carryYield * spotLeg - riskFreeRate * strikeLeg);
		double rho = sign * timeToExpiryYears * strikeLeg;
		double carryRho = -sign * timeToExpiryYears * spotLeg;
		double vanna = -carryDiscount * density1 * d2 * sqrtTime / standardDeviation;
		double volga = vega * d1 * d2 * sqrtTime / standardDeviation;
		double charm = carryDiscount * (sign * carryYield * cumulative1
				- density1 * ((riskFreeRate - carryYield) / standardDeviation - d2 / (2.0 * timeToExpiryYears)));
		return new OptionValuation(price, delta, gamma, vega, theta, rho, carryRho, vanna, volga, charm);
	}

	private static OptionValuation deterministic(double sign, double forwardLogMoneyness, double sqrtTime,
			double carryDiscount, double discountedSpot, double discountedStrike, double timeToExpiryYears,
			double riskFreeRate, double carryYield) {
		double step = (forwardLogMoneyness == 0.0) ? 0.5 : ((sign * forwardLogMoneyness > 0.0) ? 1.0 : 0.0);
		double densityAtForward = (forwardLogMoneyness == 0.0) ? StandardNormal.INV_SQRT_TWO_PI : 0.0;
		double spotLeg = discountedSpot * step;
		double strikeLeg = discountedStrike * step;
		double price = Math.max(sign * (discountedSpot - discountedStrike), 0.0);
		double delta = sign * carryDiscount * step;
		double vega = discountedSpot * densityAtForward * sqrtTime;
		double theta = sign * (carryYield * spotLeg - riskFreeRate * strikeLeg);
		double rho = sign * timeToExpiryYears * strikeLeg;
		double carryRho = -sign * timeToExpiryYears * spotLeg;
		double vanna = 0.5 * carryDiscount * densityAtForward * sqrtTime;
		double charm = carryDiscount * sign * carryYield * step;
		return new OptionValuation(price, delta, 0.0, vega, theta, rho, carryRho, vanna, 0.0, charm);
	}

}
