package io.lsdrisk.compute.options;

/**
 * Price and Greeks of a European option under Merton's jump-diffusion, with the
 * sensitivity to the jump intensity and the facts of the series truncation.
 *
 * @param price present value, in the unit of spot and strike
 * @param delta dV/dS
 * @param gamma d2V/dS2
 * @param vega dV/dsigma per 1.00 of the diffusion volatility
 * @param theta dV/dt per year as calendar time passes, i.e. -dV/dT
 * @param rho dV/dr per 1.00 of the continuous risk-free rate
 * @param carryRho dV/dq per 1.00 of the continuous carry yield
 * @param vanna d2V/dS dsigma
 * @param volga d2V/dsigma2
 * @param charm dDelta/dt per year in calendar time, i.e. -dDelta/dT
 * @param jumpIntensitySensitivity dV/dlambda per 1.00 jump a year
 * @param seriesTerms number of Poisson terms summed (0 to seriesTerms - 1 jumps)
 * @param truncationErrorBound proven bound on the price error from the omitted terms, at
 * most the requested tolerance
 */
public record JumpValuation(double price, double delta, double gamma, double vega, double theta, double rho,
		double carryRho, double vanna, double volga, double charm, double jumpIntensitySensitivity, int seriesTerms,
		double truncationErrorBound) {

	/**
	 * The Greeks shared with Black-Scholes-Merton, for aggregation with other options.
	 * @return price and Greeks without the jump sensitivity
	 */
	public OptionValuation greeks() {
		return new OptionValuation(this.price, this.delta, this.gamma, this.vega, this.theta, this.rho, this.carryRho,
				this.vanna, this.volga, this.charm);
	}

}
