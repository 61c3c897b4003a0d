/**
 * Collateral health: lending-market parameters, health factors, haircuts and liquidation
 * cascades.
 */
package io.lsdrisk.collateral;
