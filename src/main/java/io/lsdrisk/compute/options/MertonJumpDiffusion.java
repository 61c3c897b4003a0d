package io.lsdrisk.compute.options;

/**
 * European options under Merton's (1976) jump-diffusion, used for depeg jumps: Poisson
 * jumps of intensity lambda a year whose log size is normal with mean muJ and standard
 * deviation deltaJ.
 * <p>
 * With {@code k = exp(muJ + deltaJ^2/2) - 1}, {@code lambda' = lambda (1 + k)},
 * {@code sigma_n^2 = sigma^2 + n deltaJ^2 / T} and
 * {@code r_n = r - lambda k + n ln(1 + k) / T} (R. C. Merton, "Option pricing when
 * underlying stock returns are discontinuous", J. Financial Economics 3 (1976) 125-144;
 * Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2007, jump-diffusion
 * models):
 *
 * <pre>
 * V = sum_n e^{-lambda' T} (lambda' T)^n / n! * BSM(S, K, T, r_n, q, sigma_n)
 * </pre>
 *
 * The sum is evaluated in the algebraically identical form {@code V = e^{-rT} sum_n P(N =
 * n) Black(F_n, K, v_n)} with Poisson(lambda T) weights, the forward given n jumps
 * {@code F_n = S e^{(r - q - lambda k) T} (1 + k)^n} and the total standard deviation
 * {@code v_n = sqrt(sigma^2 T + n deltaJ^2)}; every Greek is differentiated term by term,
 * including the dependence of the weights, r_n and sigma_n on T (theta, charm) and on
 * lambda.
 * <p>
 * <b>Truncation.</b> Terms are summed from n = 0 and the sum stops after N terms once a
 * proven bound on the omitted tail is at most {@code truncationTolerance} (an absolute
 * price error). For a put, each conditional value is below K e^{-rT}, so the tail is at
 * most {@code K e^{-rT} P(Poisson(lambda T) >= N)}. For a call, each conditional value is
 * below the discounted conditional forward and the tail is at most {@code S e^{-qT}
 * P(Poisson(lambda' T) >= N)}; when k &gt; 0 (lambda' &gt; lambda) the call is instead
 * taken from the put series by put-call parity, {@code C = P + S e^{-qT} - K e^{-rT}},
 * which holds in this model, so the put's bound applies. The Poisson tail is bounded
 * without cancellation by {@code P(N >= n) <= p_n / (1 - mu / (n + 1))} for
 * {@code n + 1 > mu}. The Greeks' truncation errors are of the same relative order (the
 * delta's tail, for instance, is at most the price bound divided by S).
 * <p>
 * Inputs: as {@link BlackScholesMerton}, plus jump intensity in [0, 50] a year, mean log
 * jump in [-5, 5], jump volatility in [0, 3], tolerance in (0, 1e12]. With jump intensity
 * 0 the price and Greeks are those of Black-Scholes-Merton (dV/dlambda is still
 * reported), and the same conventions hold at a vanishing standard deviation.
 */
public final class MertonJumpDiffusion {

	/**
	 * Above this Poisson mean the weights are carried in logarithms (e^-mu underflows
	 * near 745).
	 */
	private static final double LOG_WEIGHTS_ABOVE_MEAN = 700.0;

	private MertonJumpDiffusion() {
	}

	/**
	 * Price and Greeks under Merton's jump-diffusion.
	 * @param type call or put
	 * @param spot underlying price now, in [1e-12, 1e12]
	 * @param strike strike, same unit, in [1e-12, 1e12]
	 * @param timeToExpiryYears time to expiry in years, in [0, 100]
	 * @param volatility diffusion volatility per sqrt(year), in [0, 10]
	 * @param riskFreeRate continuous risk-free rate per year, in [-1, 1]
	 * @param carryYield continuous carry yield per year, in [-1, 1]
	 * @param jumpIntensity expected number of jumps a year (lambda), in [0, 50]
	 * @param jumpMean mean of the log jump size (muJ), in [-5, 5]; -0.05 is a typical 5 %
	 * depeg
	 * @param jumpVolatility standard deviation of the log jump size (deltaJ), in [0, 3]
	 * @param truncationTolerance largest admitted price error from truncating the series,
	 * in price units, in (0, 1e12]; 1e-12 is a good default
	 * @return price, Greeks, dV/dlambda and the series facts
	 * @throws IllegalArgumentException naming the first input outside its range
	 */
	public static JumpValuation value(OptionType type, double spot, double strike, double timeToExpiryYears,
			double volatility, double riskFreeRate, double carryYield, double jumpIntensity, double jumpMean,
			double jumpVolatility, double truncationTolerance) {
		BlackScholesMerton.check(type, spot, strike, timeToExpiryYears, volatility, riskFreeRate, carryYield);
		Checks.inRange("jumpIntensity", jumpIntensity, 0.0, 50.0);
		Checks.inRange("jumpMean", jumpMean, -5.0, 5.0);
		Checks.inRange("jumpVolatility", jumpVolatility, 0.0, 3.0);
		Checks.positive("truncationTolerance", truncationTolerance, Checks.MAX_PRICE);
		double logJumpGrowth = jumpMean + 0.5 * jumpVolatility * jumpVolatility;
		double expectedJump = Math.expm1(logJumpGrowth);
		boolean call = type == OptionType.CALL;
		if (!call || expectedJump > 0.0) {
			JumpValuation put = series(false, spot, strike, timeToExpiryYears, volatility, riskFreeRate, carryYield,
					jumpIntensity, jumpVolatility, logJumpGrowth, expectedJump, truncationTolerance);
			return call ? callFromPut(put, spot, strike, timeToExpiryYears, riskFreeRate, carryYield) : put;
		}
		return series(true, spot, strike, timeToExpiryYears, volatility, riskFreeRate, carryYield, jumpIntensity,
				jumpVolatility, logJumpGrowth, expectedJump, truncationTolerance);
	}

	private static JumpValuation callFromPut(JumpValuation put, double spot, double strike, double timeToExpiryYears,
			double riskFreeRate, double carryYield) {
		double carryDiscount = Math.exp(-carryYield * timeToExpiryYears);
		double discountedSpot = spot * carryDiscount;
		double discountedStrike = strike * Math.exp(-riskFreeRate * timeToExpiryYears);
		return new JumpValuation(Math.max(put.price() + discountedSpot - discountedStrike, 0.0),
				put.delta() + carryDiscount, put.gamma(), put.vega(),
				put.theta() + carryYield * discountedSpot - riskFreeRate * discountedStrike,
				put.rho() + timeToExpiryYears * discountedStrike, put.carryRho() - timeToExpiryYears * discountedSpot,
				put.vanna(), put.volga(), put.charm() + carryYield * carryDiscount, put.jumpIntensitySensitivity(),
				put.seriesTerms(), put.truncationErrorBound());
	}

	// One loop over the number of jumps n. Weighted quantities: weight = P(N = n) under
	// Poisson(lambda T), forwardWeight = F_0 P(N' = n) under Poisson(lambda' T) = weight
	// * F_n.
	// Iteration n also evaluates the n-jump term against the weights of n - 1 (the
	// "shifted"
	// sums) that the derivatives of the weights in T and lambda need; the main sums stop
	// before
	// term n once the tail from n on is bounded by the tolerance.
	private static JumpValuation series(boolean call, double spot, double strike, double timeToExpiryYears,
			double volatility, double riskFreeRate, double carryYield, double jumpIntensity, double jumpVolatility,
			double logJumpGrowth, double expectedJump, double truncationTolerance) {
		double sign = call ? 1.0 : -1.0;
		double time = timeToExpiryYears;
		double discount = Math.exp(-riskFreeRate * time);
		double forwardDrift = riskFreeRate - carryYield - jumpIntensity * expectedJump;
		double forward = spot * Math.exp((riskFreeRate - carryYield) * time);
		double logMoneyness = Math.log(spot / strike) + forwardDrift * time;
		double diffusionVariance = volatility * volatility * time;
		double jumpVariance = jumpVolatility * jumpVolatility;
		double sqrtTime = Math.sqrt(time);
		double mean = jumpIntensity * time;
		double meanJumpAdjusted = mean * (1.0 + expectedJump);
		boolean logWeights = Math.max(mean, meanJumpAdjusted) > LOG_WEIGHTS_ABOVE_MEAN;
		double logMean = Math.log(mean);
		double logMeanJumpAdjusted = Math.log(meanJumpAdjusted);
		double logWeight = -mean;
		double logForwardWeight = -meanJumpAdjusted;
		double weight = logWeights ? Math.exp(logWeight) : Math.exp(-mean);
		double forwardWeight = forward * (logWeights ? Math.exp(logForwardWeight) : Math.exp(-meanJumpAdjusted));
		double tailMean = call ? meanJumpAdjusted : mean;
		double tailScale = call ? spot * Math.exp(-carryYield * time) : strike * discount;

		double sumValue = 0;
		double sumDeltaForward = 0;
		double sumGamma = 0;
		double sumVega = 0;
		double sumVolga = 0;
		double sumVanna = 0;
		double sumThetaVariance = 0;
		double sumCharmDensity = 0;
		double shiftedValue = 0;
		double shiftedDeltaForward = 0;
		double previousWeight = 0;
		double previousForwardWeight = 0;
		double tailBound = tailScale;
		int terms = 0;
		for (int n = 0;; n++) {
			if (n > 0) {
				if (logWeights) {
					double logN = Math.log(n);
					logWeight += logMean - logN;
					logForwardWeight += logMeanJumpAdjusted - logN;
					weight = Math.exp(logWeight);
					forwardWeight = forward * Math.exp(logForwardWeight);
				}
				else {
					weight *= mean / n;
					forwardWeight *= meanJumpAdjusted / n;
				}
			}
			double termLogMoneyness = logMoneyness + n * logJumpGrowth;
			double variance = diffusionVariance + n * jumpVariance;
			double deviation = Math.sqrt(variance);
			double cumulative1;
			double cumulative2;
			double density1;
			double d1;
			double d2;
			boolean degenerate = deviation < BlackScholesMerton.MIN_STANDARD_DEVIATION;
			if (degenerate) {
				double step = (termLogMoneyness == 0.0) ? 0.5 : ((sign * termLogMoneyness > 0.0) ? 1.0 : 0.0);
				cumulative1 = step;
				cumulative2 = step;
				density1 = (termLogMoneyness == 0.0) ? StandardNormal.INV_SQRT_TWO_PI : 0.0;
				d1 = 0;
				d2 = 0;
			}
			else {
				d1 = termLogMoneyness / deviation + 0.5 * deviation;
				d2 = d1 - deviation;
				density1 = StandardNormal.density(d1);
				cumulative1 = StandardNormal.cumulative(sign * d1, density1);
				cumulative2 = StandardNormal.cumulative(sign * d2, StandardNormal.density(d2));
			}
			if (n > 0) {
				double shiftedForwardWeight = (1.0 + expectedJump) * previousForwardWeight;
				shiftedValue += sign * (shiftedForwardWeight * cumulative1 - previousWeight * strike * cumulative2);
				shiftedDeltaForward += sign * shiftedForwardWeight * cumulative1;
				double remainingMean = tailMean / (n + 1);
				if (remainingMean < 1.0) {
					double weightAtN = call ? forwardWeight / forward : weight;
					tailBound = tailScale * weightAtN / (1.0 - remainingMean);
					if (tailBound <= truncationTolerance) {
						break;
					}
				}
			}
			sumValue += sign * (forwardWeight * cumulative1 - weight * strike * cumulative2);
			sumDeltaForward += sign * forwardWeight * cumulative1;
			double vegaFactor = (deviation > 0.0) ? volatility * time / deviation : sqrtTime;
			double weightedVega = forwardWeight * density1;
			sumVega += weightedVega * vegaFactor;
			if (degenerate) {
				sumVanna += 0.5 * weightedVega * vegaFactor;
			}
			else if (weightedVega != 0.0) {
				sumGamma += weightedVega / deviation;
				sumVanna -= weightedVega * d2 / deviation * vegaFactor;
				sumVolga += weightedVega * (d1 * d2 / deviation * vegaFactor * vegaFactor
						+ time * n * jumpVariance / (variance * deviation));
				sumThetaVariance += weightedVega * volatility * volatility / (2.0 * deviation);
				sumCharmDensity += weightedVega
						* (forwardDrift / deviation - volatility * volatility * d2 / (2.0 * variance));
			}
			terms = n + 1;
			previousWeight = weight;
			previousForwardWeight = forwardWeight;
		}

		double price = Math.max(discount * sumValue, 0.0);
		double jumpValueChange = shiftedValue - sumValue;
		double spotDiscount = discount / spot;
		double delta = spotDiscount * sumDeltaForward;
		double gamma = spotDiscount / spot * sumGamma;
		double vega = discount * sumVega;
		double volga = discount * sumVolga;
		double vanna = spotDiscount * sumVanna;
		double rho = -time * discount * sumValue + discount * time * sumDeltaForward;
		double carryRho = -discount * time * sumDeltaForward;
		double jumpIntensitySensitivity = discount * time * jumpValueChange
				- discount * expectedJump * time * sumDeltaForward;
		double valueTimeDerivative = -riskFreeRate * discount * sumValue
				+ discount * (jumpIntensity * jumpValueChange + forwardDrift * sumDeltaForward + sumThetaVariance);
		double deltaTimeDerivative = spotDiscount * (jumpIntensity * (shiftedDeltaForward - sumDeltaForward)
				- (carryYield + jumpIntensity * expectedJump) * sumDeltaForward + sumCharmDensity);
		return new JumpValuation(price, delta, gamma, vega, -valueTimeDerivative, rho, carryRho, vanna, volga,
				-deltaTimeDerivative, jumpIntensitySensitivity, terms, Math.min(tailBound, truncationTolerance));
	}

}
