package io.lsdrisk.compute.collateral;

/**
 * Health factor after a depeg shock.
 *
 * @param depegFraction the fall of every LSD's market price against ETH (0.05 for 5 %)
 * @param healthFactor the health factor the protocol then sees (unchanged under an
 * {@link OracleMode#EXCHANGE_RATE} oracle)
 */
public record ShockedHealth(double depegFraction, double healthFactor) {

}
