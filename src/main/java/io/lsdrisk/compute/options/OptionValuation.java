package io.lsdrisk.compute.options;

/**
 * Price and Greeks of a European option (or a quantity-weighted sum of them), all raw
 * partial derivatives in the conventions of the project.
 *
 * @param price present value, in the unit of spot and strike
 * @param delta dV/dS
 * @param gamma d2V/dS2
 * @param vega dV/dsigma per 1.00 of volatility
 * @param theta dV/dt per year as calendar time passes, i.e. -dV/dT
 * @param rho dV/dr per 1.00 of the continuous risk-free rate
 * @param carryRho dV/dq per 1.00 of the continuous carry yield
 * @param vanna d2V/dS dsigma
 * @param volga d2V/dsigma2
 * @param charm dDelta/dt per year in calendar time, i.e. -dDelta/dT
 */
public record OptionValuation(double price, double delta, double gamma, double vega, double theta, double rho,
		double carryRho, double vanna, double volga, double charm) {

	/** The valuation of no position at all. */
	public static final OptionValuation ZERO = new OptionValuation(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/**
	 * This valuation scaled by a position size.
	 * @param quantity number of contracts, positive long, negative short
	 * @return every figure multiplied by {@code quantity}
	 */
	public OptionValuation times(double quantity) {
		return new OptionValuation(this.price * quantity, this.delta * quantity, this.gamma * quantity,
				this.vega * quantity, this.theta * quantity, this.rho * quantity, this.carryRho * quantity,
				this.vanna * quantity, this.volga * quantity, this.charm * quantity);
	}

	/**
	 * Sum of two valuations on the same underlying.
	 * @param other the other valuation
	 * @return the figure-by-figure sum
	 */
	public OptionValuation plus(OptionValuation other) {
		return new OptionValuation(this.price + other.price, this.delta + other.delta, this.gamma + other.gamma,
				this.vega + other.vega, this.theta + other.theta, this.rho + other.rho, this.carryRho + other.carryRho,
				this.vanna + other.vanna, this.volga + other.volga, this.charm + other.charm);
	}

}
