package io.lsdrisk.options;

import org.jspecify.annotations.Nullable;

/**
 * Price and Greeks of one option (per contract) or of a book (quantity-weighted sums), in
 * the project's conventions: raw partial derivatives, vega per 1.00 of volatility, theta
 * per year of calendar time.
 *
 * @param price present value, in the unit of spot
 * @param delta dV/dS
 * @param gamma d2V/dS2
 * @param vega dV/dsigma per 1.00 of volatility
 * @param theta dV/dt per year as calendar time passes (-dV/dT)
 * @param rho dV/dr per 1.00 of the risk-free rate
 * @param carryRho dV/dq per 1.00 of the carry yield
 * @param vanna d2V/dS dsigma
 * @param volga d2V/dsigma2
 * @param charm dDelta/dt per year of calendar time
 * @param jumpIntensitySensitivity dV/dlambda per 1.00 jump a year; null under BSM
 * @param vegaPerPoint vega / 100: value change for one volatility point (0.01)
 * @param thetaPerDay theta / 365: value change over one calendar day
 * @param seriesTerms MERTON_JUMP only: Poisson terms summed (for a book, the most of any
 * contract); null under BSM
 * @param truncationErrorBound MERTON_JUMP only: proven bound on the price error of the
 * truncated series (for a book, the |quantity|-weighted sum); null under BSM
 */
record OptionGreeks(double price, double delta, double gamma, double vega, double theta, double rho, double carryRho,
		double vanna, double volga, double charm, @Nullable Double jumpIntensitySensitivity, double vegaPerPoint,
		double thetaPerDay, @Nullable Integer seriesTerms, @Nullable Double truncationErrorBound) {

	static final double DAYS_PER_YEAR = 365.0;

}
