/**
 * Fair value, peg, staking yields, forward values and the redemption bound of every LSD,
 * from stored states or caller-supplied inputs, cached for dashboards.
 */
package io.lsdrisk.valuation;
