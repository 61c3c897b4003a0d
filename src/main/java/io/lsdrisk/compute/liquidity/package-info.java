/**
 * Curve StableSwap liquidity math for a two-coin ETH/LSD pool: the contract's exact
 * integer arithmetic, a fast floating-point twin, spot prices, price impact and depth.
 */
package io.lsdrisk.compute.liquidity;
