package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

/**
 * First passage of Brownian motion with drift below a barrier, in closed form: the check
 * case of the depeg probability for {@code kappa = 0} without jumps.
 * <p>
 * For {@code X_t = x0 + m t + sigma W_t} and a barrier {@code b < x0}, with
 * {@code a = b - x0 < 0}: {@code P(min_{t<=T} X_t <= b) = N((a - m T)/(sigma sqrt T)) +
 * exp(2 m a / sigma^2) N((a + m T)/(sigma sqrt T))} (reflection principle with Girsanov;
 * e.g. Borodin and Salminen, Handbook of Brownian Motion, 2nd ed., formula 2.1.1.4;
 * Shreve, Stochastic Calculus for Finance II, 7.2).
 */
public final class BrownianFirstPassage {

	private BrownianFirstPassage() {
	}

	/**
	 * Probability that the running minimum of {@code x0 + drift t + sigma W_t} reaches
	 * {@code barrier} by {@code timeYears}.
	 * @param driftPerYear drift m per year, finite
	 * @param sigma volatility per sqrt(year), finite and {@code >= 0}
	 * @param initialValue x0, finite
	 * @param barrier b, finite
	 * @param timeYears T, finite and {@code >= 0}
	 * @return the probability in [0, 1]: 1 when {@code x0 <= b}; 0 when {@code T = 0} and
	 * {@code x0 > b}; the deterministic answer when {@code sigma = 0}
	 */
	public static double probabilityOfHitting(double driftPerYear, double sigma, double initialValue, double barrier,
			double timeYears) {
		Arguments.finite("drift", driftPerYear);
		Arguments.nonNegative("sigma", sigma);
		Arguments.finite("initialValue", initialValue);
		Arguments.finite("barrier", barrier);
		Arguments.nonNegative("timeYears", timeYears);
		double distance = barrier - initialValue;
		if (distance >= 0) {
			return 1;
		}
		if (timeYears == 0) {
			return 0;
		}
		if (sigma == 0) {
			return (initialValue + driftPerYear * timeYears <= barrier) ? 1 : 0;
		}
		double scale = sigma * Math.sqrt(timeYears);
		double direct = StandardNormal.cdf((distance - driftPerYear * timeYears) / scale);
		// exp(2 m a / sigma^2) overflows for strong downward drift while N(.) underflows:
		// multiply in logs.
		double reflectedLog = 2 * driftPerYear * distance / (sigma * sigma)
				+ StandardNormal.logCdf((distance + driftPerYear * timeYears) / scale);
		double probability = direct + Math.exp(reflectedLog);
		return Math.min(1, Math.max(0, probability));
	}

}
