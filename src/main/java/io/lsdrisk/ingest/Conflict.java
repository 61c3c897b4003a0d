package io.lsdrisk.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A received row that differs from the row stored at the same time.
 *
 * @param observedAt the row's key
 * @param differences each field that differs
 */
public record Conflict(Instant observedAt, List<FieldDifference> differences) {

	/**
	 * @param field JSON field name
	 * @param stored the stored value
	 * @param received the value in the request
	 */
	public record FieldDifference(String field, Object stored, Object received) {
	}

}
