package io.lsdrisk.ingest;

/**
 * What an ingestion did. Re-sending stored rows changes nothing and counts them as
 * unchanged.
 *
 * @param received rows in the request (duplicates within it counted once each)
 * @param inserted new rows stored
 * @param unchanged rows identical to the stored ones
 * @param updated stored rows replaced ({@code upsert=true} only)
 */
public record IngestionResult(int received, int inserted, int unchanged, int updated) {

}
