package io.lsdrisk.compute.options;

/**
 * A strategy's outcome at expiry for one price of the underlying.
 *
 * @param priceAtExpiry the underlying's price at expiry
 * @param payoff value of all legs at expiry
 * @param profit payoff minus today's value carried to expiry at the risk-free rate
 */
public record PayoffPoint(double priceAtExpiry, double payoff, double profit) {

}
