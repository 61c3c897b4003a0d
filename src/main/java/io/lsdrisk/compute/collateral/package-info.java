/**
 * Lending-position health, liquidation cascades, collateral haircuts and exchange-rate
 * growth caps for liquid staking derivatives used as collateral.
 */
package io.lsdrisk.compute.collateral;
