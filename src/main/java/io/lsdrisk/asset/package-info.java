/**
 * LSD assets and their pool-state time series: registration, ingestion and history.
 */
package io.lsdrisk.asset;
