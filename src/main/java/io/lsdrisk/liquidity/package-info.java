/**
 * DEX liquidity: Curve-style pool states per LSD and venue, and the analytics over them.
 */
package io.lsdrisk.liquidity;
