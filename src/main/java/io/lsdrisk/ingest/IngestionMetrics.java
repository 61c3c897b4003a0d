package io.lsdrisk.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts ingested rows per series and outcome as {@code lsdrisk_ingested_rows_total}.
 */
@Component
public class IngestionMetrics {

	private final MeterRegistry registry;

	IngestionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void record(String series, IngestionResult result) {
		count(series, "inserted", result.inserted());
		count(series, "unchanged", result.unchanged());
		count(series, "updated", result.updated());
	}

	private void count(String series, String outcome, int n) {
		Counter.builder("lsdrisk.ingested.rows")
			.description("Time-series rows received by ingestion, by outcome")
			.tag("series", series)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment(n);
	}

}
