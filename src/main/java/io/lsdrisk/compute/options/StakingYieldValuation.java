package io.lsdrisk.compute.options;

/**
 * Price and Greeks of a cap or floor on the average staking APR.
 *
 * @param price present value, in the unit of the notional
 * @param delta dV/dF per 1.00 of forward APR (a 1 bp move changes the value by delta *
 * 1e-4)
 * @param gamma d2V/dF2
 * @param vega dV/dsigmaN per 1.00 of normal volatility (absolute APR per sqrt(year))
 * @param theta dV/dt per year as calendar time passes, i.e. -dV/dT, averaging period held
 * fixed
 * @param rho dV/dr per 1.00 of the continuous discount rate, forward APR held fixed
 * @param effectiveStandardDeviation standard deviation of the average APR at expiry, in
 * APR units: {@code sigmaN sqrt(T - 2A/3)}
 */
public record StakingYieldValuation(double price, double delta, double gamma, double vega, double theta, double rho,
		double effectiveStandardDeviation) {

}
