package io.lsdrisk.compute.options;

/**
 * Black-Scholes-Merton implied volatility from an option price.
 * <p>
 * Method: the price is reduced to the normalised price of the out-of-the-money option,
 * {@code beta = otm / sqrt(S e^{-qT} K e^{-rT})}, a function {@code b(s)} of the total
 * standard deviation {@code s = sigma sqrt T} at log-moneyness {@code x = ln(F/K) <= 0}
 * (an in-the-money price is first turned into the out-of-the-money one by put-call
 * parity). {@code b} is convex below its inflection point {@code s_c = sqrt(2|x|)} and
 * concave above. Below it the iteration solves {@code ln b(s) = ln beta}, above it
 * {@code ln(b_max - b(s)) = ln(b_max - beta)} with {@code b_max = e^{x/2}}, the
 * transformations of P. Jäckel ("By implication", Wilmott, 2006) that make the objective
 * nearly linear in each branch. Starting values come from the asymptotic forms of each
 * branch; Halley steps follow, safeguarded by a bracket that every evaluation narrows (a
 * step leaving it is replaced by a bisection, in practice rarely). The iteration stops
 * when a Halley step is below 1e-12 of s; being of third order, that last step leaves an
 * error at the rounding level of the objective. On 100,000 varied contracts (moneyness
 * e^{+-0.5}, expiry up to 3 years, volatility 0.05 to 1.2) it took 3 to 5 evaluations,
 * never more than 7.
 * <p>
 * <b>Information limit.</b> A price determines volatility only to about
 * {@code ulp(price) / vega}: where {@code vega * 1e-10} is below the price's
 * double-precision resolution (very short expiries far from the money, deep in-the-money
 * prices whose time value is lost to rounding when the intrinsic part is subtracted),
 * many volatilities reproduce the price exactly. The method then returns one of them (the
 * one its iteration reaches, whose price equals the input to rounding) and does not
 * throw. A price equal to the no-arbitrage lower bound, or below it by no more than two
 * ulps of {@code max(S e^{-qT}, K e^{-rT})} (rounding), returns 0.
 * <p>
 * No-arbitrage bounds: {@code max(S e^{-qT} - K e^{-rT}, 0) <= call < S e^{-qT}} and
 * {@code max(K e^{-rT} - S e^{-qT}, 0) <= put < K e^{-rT}}; a price outside throws.
 */
public final class ImpliedVolatility {

	private static final int MAX_ITERATIONS = 100;

	private static final double RELATIVE_TOLERANCE = 1e-12;

	private ImpliedVolatility() {
	}

	/**
	 * Implied volatility of a European option price.
	 * @param type call or put
	 * @param price option price, same unit as spot and strike
	 * @param spot underlying price now, in [1e-12, 1e12]
	 * @param strike strike, in [1e-12, 1e12]
	 * @param timeToExpiryYears time to expiry in years, in (0, 100]
	 * @param riskFreeRate continuous risk-free rate per year, in [-1, 1]
	 * @param carryYield continuous carry yield per year, in [-1, 1]
	 * @return the volatility per sqrt(year), &gt;= 0
	 * @throws IllegalArgumentException naming {@code price} when it lies outside the
	 * no-arbitrage bounds, or the first other input outside its range
	 */
	public static double impliedVolatility(OptionType type, double price, double spot, double strike,
			double timeToExpiryYears, double riskFreeRate, double carryYield) {
		Checks.optionType(type);
		Checks.price("spot", spot);
		Checks.price("strike", strike);
		Checks.positive("timeToExpiryYears", timeToExpiryYears, Checks.MAX_EXPIRY_YEARS);
		Checks.rate("riskFreeRate", riskFreeRate);
		Checks.rate("carryYield", carryYield);
		Checks.finite("price", price);
		double discountedSpot = spot * Math.exp(-carryYield * timeToExpiryYears);
		double discountedStrike = strike * Math.exp(-riskFreeRate * timeToExpiryYears);
		boolean call = type == OptionType.CALL;
		double intrinsic = Math.max(call ? discountedSpot - discountedStrike : discountedStrike - discountedSpot, 0.0);
		double upper = call ? discountedSpot : discountedStrike;
		// A price within rounding (two ulps of the larger leg) below the lower bound is
		// taken as on it.
		double rounding = 2.0 * Math.ulp(Math.max(discountedSpot, discountedStrike));
		if (!(price >= intrinsic - rounding && price < upper)) {
			throw new IllegalArgumentException("price must lie within the no-arbitrage bounds [" + intrinsic + ", "
					+ upper + ") for this " + type + ", was " + price);
		}
		double logMoneyness = Math.log(spot / strike) + (riskFreeRate - carryYield) * timeToExpiryYears;
		// The out-of-the-money option carries the same information without the intrinsic
		// part.
		boolean outOfTheMoneyIsCall = logMoneyness < 0.0;
		double outOfTheMoney = (call == outOfTheMoneyIsCall) ? price
				: price - (call ? discountedSpot - discountedStrike : discountedStrike - discountedSpot);
		if (outOfTheMoney <= 0.0) {
			return 0.0;
		}
		double normalisedPrice = outOfTheMoney / Math.sqrt(discountedSpot * discountedStrike);
		double x = -Math.abs(logMoneyness);
		double maxNormalisedPrice = Math.exp(0.5 * x);
		if (normalisedPrice >= maxNormalisedPrice) {
			throw new IllegalArgumentException("price must lie within the no-arbitrage bounds [" + intrinsic + ", "
					+ upper + ") for this " + type + ", was " + price + " (at the upper bound to rounding)");
		}
		double standardDeviation = solveStandardDeviation(x, normalisedPrice, maxNormalisedPrice);
		return standardDeviation / Math.sqrt(timeToExpiryYears);
	}

	/**
	 * Normalised out-of-the-money price {@code b(x, s) = e^{x/2} N(x/s + s/2) - e^{-x/2}
	 * N(x/s - s/2)} for {@code x <= 0}.
	 */
	static double normalisedPrice(double x, double s) {
		double d1 = x / s + 0.5 * s;
		double d2 = d1 - s;
		return Math.max(
				Math.exp(0.5 * x) * StandardNormal.cumulative(d1) - Math.exp(-0.5 * x) * StandardNormal.cumulative(d2),
				0.0);
	}

	/**
	 * {@code b_max - b(x, s) = e^{x/2} N(-d1) + e^{-x/2} N(d2)}, without cancellation.
	 */
	private static double complementOfNormalisedPrice(double x, double s) {
		double d1 = x / s + 0.5 * s;
		double d2 = d1 - s;
		return Math.exp(0.5 * x) * StandardNormal.cumulative(-d1) + Math.exp(-0.5 * x) * StandardNormal.cumulative(d2);
	}

	private static double solveStandardDeviation(double x, double beta, double betaMax) {
		double inflection = Math.sqrt(-2.0 * x);
		double priceAtInflection = (inflection > 0.0) ? normalisedPrice(x, inflection) : 0.0;
		boolean lowerBranch = beta < priceAtInflection;
		double low = lowerBranch ? 0.0 : inflection;
		double high = lowerBranch ? inflection : Double.POSITIVE_INFINITY;
		double target = lowerBranch ? Math.log(beta) : Math.log(betaMax - beta);
		double s = lowerBranch ? lowerStart(x, beta, inflection, priceAtInflection)
				: upperStart(x, beta, betaMax, inflection);
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double d1 = x / s + 0.5 * s;
			double d2 = d1 - s;
			double vega = Math.exp(0.5 * x) * StandardNormal.density(d1);
			double value;
			double objective;
			double first;
			double second;
			// b'' / b' = x^2 / s^3 - s / 4 for the normalised price.
			double curvature = x * x / (s * s * s) - 0.25 * s;
			if (lowerBranch) {
				value = normalisedPrice(x, s);
				if (value < beta) {
					low = s;
				}
				else {
					high = s;
				}
				objective = (value > 0.0) ? Math.log(value) - target : Double.NEGATIVE_INFINITY;
				double ratio = vega / value;
				first = ratio;
				second = ratio * curvature - ratio * ratio;
			}
			else {
				value = complementOfNormalisedPrice(x, s);
				if (value > betaMax - beta) {
					low = s;
				}
				else {
					high = s;
				}
				objective = (value > 0.0) ? Math.log(value) - target : Double.NEGATIVE_INFINITY;
				double ratio = vega / value;
				first = -ratio;
				second = -ratio * curvature - ratio * ratio;
			}
			if (objective == 0.0) {
				return s;
			}
			double next;
			if (Double.isFinite(objective) && first != 0.0 && Double.isFinite(first)) {
				double newton = -objective / first;
				double halleyCorrection = 1.0 + 0.5 * newton * second / first;
				next = s + ((halleyCorrection > 0.5) ? newton / halleyCorrection : newton);
				// A step at the rounding level of s: s is the root to double precision.
				if (Math.abs(next - s) <= RELATIVE_TOLERANCE * s && next >= low && next <= high) {
					return next;
				}
			}
			else {
				next = Double.NaN;
			}
			if (!(next > low && next < high)) {
				next = Double.isInfinite(high) ? 2.0 * Math.max(s, low) + 1.0 : 0.5 * (low + high);
			}
			if (high - low <= RELATIVE_TOLERANCE * high) {
				return next;
			}
			s = next;
		}
		return s;
	}

	/**
	 * From {@code ln b ~ -x^2 / (2 s^2)} for small s, matched at the inflection point.
	 */
	private static double lowerStart(double x, double beta, double inflection, double priceAtInflection) {
		double exponent = 2.0 * (Math.log(priceAtInflection) - Math.log(beta)) + x * x / (inflection * inflection);
		return Math.min(Math.abs(x) / Math.sqrt(exponent), inflection);
	}

	/** From {@code b_max - b ~ (e^{x/2} + e^{-x/2}) N(-s/2)} for large s. */
	private static double upperStart(double x, double beta, double betaMax, double inflection) {
		double tailProbability = (betaMax - beta) / (Math.exp(0.5 * x) + Math.exp(-0.5 * x));
		double start = -2.0 * StandardNormal.inverseCumulativeApproximation(tailProbability);
		return (start > inflection && Double.isFinite(start)) ? start : inflection + 0.5 * (inflection + 1.0);
	}

}
