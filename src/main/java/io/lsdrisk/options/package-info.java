/**
 * Option prices and Greeks over the API: generic contracts, implied volatility,
 * staking-yield caps and floors, options on stored LSDs and the seed's strategies.
 */
package io.lsdrisk.options;
