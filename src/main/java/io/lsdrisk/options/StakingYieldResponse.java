package io.lsdrisk.options;

import java.util.List;

/**
 * Prices and Greeks of caps and floors on the staking APR, in request order.
 *
 * @param results one per contract
 */
record StakingYieldResponse(List<StakingYieldResult> results) {

	/**
	 * @param price present value, in the unit of the notional
	 * @param delta dV/dF per 1.00 of forward APR
	 * @param gamma d2V/dF2
	 * @param vega dV/dsigmaN per 1.00 of normal volatility
	 * @param theta dV/dt per year of calendar time, averaging window fixed
	 * @param rho dV/dr per 1.00 of the discount rate
	 * @param effectiveStandardDeviation standard deviation of the average APR at expiry,
	 * APR units: sigmaN sqrt(T - 2A/3)
	 * @param deltaPerBasisPoint delta / 10,000: value change for a 1 bp forward move
	 * @param vegaPerBasisPoint vega / 10,000: value change for 1 bp more normal
	 * volatility
	 */
	record StakingYieldResult(double price, double delta, double gamma, double vega, double theta, double rho,
			double effectiveStandardDeviation, double deltaPerBasisPoint, double vegaPerBasisPoint) {

	}

}
