/**
 * The comparative risk table: native staking against each LSD, with measured evidence and
 * the configured rule behind every level.
 */
package io.lsdrisk.comparison;
