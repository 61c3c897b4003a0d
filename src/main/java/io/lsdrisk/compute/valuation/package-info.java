/**
 * Valuation of a liquid staking token from its exchange rate: staking yields from rate
 * growth, forward fair value, peg and premium, and the redemption arbitrage bound.
 */
package io.lsdrisk.compute.valuation;
