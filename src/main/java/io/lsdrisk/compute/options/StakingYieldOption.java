package io.lsdrisk.compute.options;

/**
 * Caps and floors on the staking yield itself: options on the arithmetic average of the
 * staking APR over a period, in a normal (Bachelier) model of the forward APR.
 * <p>
 * Model: the forward APR follows {@code dF = sigmaN dW} (normal volatility sigmaN,
 * absolute APR per sqrt(year)); the payoff at expiry T is
 * {@code notional * accrualFraction * max(A - K, 0)} (cap) or {@code max(K - A, 0)}
 * (floor), where A is the average of the APR over the last {@code averagingPeriodYears}
 * (A) before expiry, paid at T and discounted at the continuous rate r. For the
 * arithmetic average of a Brownian forward over [T - A, T], {@code A_avg = F_{T-A} +
 * (1/A) int (F_t - F_{T-A}) dt}, whose two parts are independent with variances
 * {@code sigmaN^2 (T - A)} and {@code sigmaN^2 A / 3}; the effective variance is
 * therefore {@code v^2 = sigmaN^2 (T - 2A/3)}: {@code sigmaN^2 T} for a point fixing (A =
 * 0) and {@code sigmaN^2 T / 3} when the whole life is averaged (A = T). With
 * {@code d = (F - K) / v} and {@code D = e^{-rT}} (L. Bachelier, 1900; e.g. K. Iwasawa,
 * "Analytic formula for the European normal Black Scholes formula", NYU, 2001):
 *
 * <pre>
 * cap   = notional * accrual * D * ((F - K) N(d) + v n(d))
 * floor = notional * accrual * D * ((K - F) N(-d) + v n(d))
 * </pre>
 *
 * Cap minus floor is {@code notional * accrual * D * (F - K)}. The valuation date must
 * precede the averaging window (A &lt;= T); theta holds A fixed. With v = 0 the value is
 * the discounted intrinsic value, delta the discounted step (half at F = K) and gamma 0.
 */
public final class StakingYieldOption {

	private StakingYieldOption() {
	}

	/**
	 * Price and Greeks of a staking-APR cap (CALL) or floor (PUT).
	 * @param type CALL for a cap, PUT for a floor
	 * @param forwardApr forward of the average staking APR, decimal (0.035), in [-10, 10]
	 * @param strikeApr strike APR, decimal, in [-10, 10]
	 * @param normalVolatility normal volatility of the APR, absolute per sqrt(year)
	 * (0.005 is 50 bp), in [0, 10]
	 * @param timeToExpiryYears time to the end of the averaging period (expiry and
	 * payment), in [0, 100]
	 * @param averagingPeriodYears length of the averaging window ending at expiry, in [0,
	 * timeToExpiryYears]; 0 for an option on the APR at expiry
	 * @param discountRate continuous discount rate per year, in [-1, 1]
	 * @param notional notional the APR accrues on, in (0, 1e12]
	 * @param accrualFraction year fraction the APR is paid over, in (0, 100]
	 * @return price and Greeks
	 * @throws IllegalArgumentException naming the first input outside its range
	 */
	public static StakingYieldValuation value(OptionType type, double forwardApr, double strikeApr,
			double normalVolatility, double timeToExpiryYears, double averagingPeriodYears, double discountRate,
			double notional, double accrualFraction) {
		Checks.optionType(type);
		Checks.inRange("forwardApr", forwardApr, -10.0, 10.0);
		Checks.inRange("strikeApr", strikeApr, -10.0, 10.0);
		Checks.volatility("normalVolatility", normalVolatility);
		Checks.expiry("timeToExpiryYears", timeToExpiryYears);
		Checks.inRange("averagingPeriodYears", averagingPeriodYears, 0.0, timeToExpiryYears);
		Checks.rate("discountRate", discountRate);
		Checks.positive("notional", notional, Checks.MAX_PRICE);
		Checks.positive("accrualFraction", accrualFraction, 100.0);
		double sign = (type == OptionType.CALL) ? 1.0 : -1.0;
		double scale = notional * accrualFraction * Math.exp(-discountRate * timeToExpiryYears);
		double effectiveTime = timeToExpiryYears - 2.0 * averagingPeriodYears / 3.0;
		double sqrtEffectiveTime = Math.sqrt(effectiveTime);
		double deviation = normalVolatility * sqrtEffectiveTime;
		double moneyness = forwardApr - strikeApr;
		double cumulative;
		double density;
		double gammaDensity;
		if (deviation < BlackScholesMerton.MIN_STANDARD_DEVIATION) {
			cumulative = (moneyness == 0.0) ? 0.5 : ((sign * moneyness > 0.0) ? 1.0 : 0.0);
			density = (moneyness == 0.0) ? StandardNormal.INV_SQRT_TWO_PI : 0.0;
			gammaDensity = 0.0;
		}
		else {
			double d = moneyness / deviation;
			density = StandardNormal.density(d);
			cumulative = StandardNormal.cumulative(sign * d, density);
			gammaDensity = density / deviation;
		}
		double undiscounted = Math.max(sign * moneyness * cumulative + deviation * density, 0.0);
		double price = scale * undiscounted;
		double delta = scale * sign * cumulative;
		double gamma = scale * gammaDensity;
		double vega = scale * density * sqrtEffectiveTime;
		// dv/dT = sigmaN^2 / (2 v): singular where v = 0, reported without that part.
		double varianceRate = (deviation > 0.0 && gammaDensity > 0.0)
				? scale * gammaDensity * normalVolatility * normalVolatility / 2.0 : 0.0;
		double theta = discountRate * price - varianceRate;
		double rho = -timeToExpiryYears * price;
		return new StakingYieldValuation(price, delta, gamma, vega, theta, rho, deviation);
	}

}
