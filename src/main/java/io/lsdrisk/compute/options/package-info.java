/**
 * European option formulas (Black-Scholes-Merton with carry, Merton jump-diffusion,
 * Bachelier on the staking yield), implied volatility and option strategies, with every
 * Greek in one pass.
 */
package io.lsdrisk.compute.options;
