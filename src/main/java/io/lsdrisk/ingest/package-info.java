/**
 * What every time-series ingestion shares: CSV reading, row checks, idempotent batch
 * writes with conflict reports, and keyset cursors.
 */
package io.lsdrisk.ingest;
