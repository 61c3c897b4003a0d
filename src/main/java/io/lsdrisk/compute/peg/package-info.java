/**
 * Peg dynamics of a liquid staking token: the Ornstein-Uhlenbeck-with-jumps model of
 * ln(peg), its calibration per redemption regime, depeg (first-passage) probabilities and
 * their backtest.
 */
package io.lsdrisk.compute.peg;
