/**
 * Live and historical pool states read from an Ethereum node over JSON-RPC: configured
 * feeds, scheduled snapshots, backfill jobs, their metrics and health.
 */
package io.lsdrisk.chain;
