package io.lsdrisk.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The storage one time series (one asset, or one asset's venue) offers to batch
 * ingestion.
 */
public interface SeriesWriter<T> {

	/** Serialises writers of this series until the transaction ends. */
	void lock();

	Map<Instant, T> findAt(List<Instant> times);

	void insert(List<T> rows);

	void update(List<T> rows);

}
