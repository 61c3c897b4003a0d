/**
 * Depeg risk of an LSD: probabilities from the peg model, calibration on the stored
 * history per redemption regime, and the backtest of its forecasts.
 */
package io.lsdrisk.depeg;
