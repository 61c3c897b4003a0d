package io.lsdrisk.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.lsdrisk.web.FieldViolation;
import io.lsdrisk.web.InvalidRequestException;

/**
 * Sorts a validated batch against the stored rows with the same keys: new rows to insert,
 * identical rows to leave, differing rows to report or replace.
 *
 * @param inserts rows with no stored row at their time
 * @param updates differing rows, to store only when the caller asked to upsert
 * @param unchanged rows identical to the stored ones (or repeated in the batch)
 * @param conflicts how each differing row differs
 */
public record BatchPlan<T extends Record>(List<T> inserts, List<T> updates, int unchanged, List<Conflict> conflicts) {

	/**
	 * Components not compared: the key, and {@code provenance}, which a row's
	 * {@code source} determines (a differing source is already a difference).
	 */
	private static final Set<String> KEY = Set.of("observedAt", "provenance");

	/**
	 * Keys of a batch with repeated rows collapsed; a repeated time with other values is
	 * a 400.
	 */
	public static <T extends Record> Map<Instant, T> distinct(List<T> rows, Function<T, Instant> key) {
		Map<Instant, T> distinct = new LinkedHashMap<>();
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			T row = rows.get(i);
			T first = distinct.putIfAbsent(key.apply(row), row);
			if (first != null && !RecordDifferences.between(first, row, KEY).isEmpty()) {
				violations.add(new FieldViolation("[" + i + "].observedAt",
						"repeats an earlier row's observedAt with different values"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations.get(0).field() + ": " + violations.get(0).message(),
					violations);
		}
		return distinct;
	}

	public static <T extends Record> BatchPlan<T> of(Map<Instant, T> distinct, Map<Instant, T> stored) {
		List<T> inserts = new ArrayList<>();
		List<T> updates = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		int unchanged = 0;
		for (Map.Entry<Instant, T> entry : distinct.entrySet()) {
			T existing = stored.get(entry.getKey());
			if (existing == null) {
				inserts.add(entry.getValue());
				continue;
			}
			List<Conflict.FieldDifference> differences = RecordDifferences.between(existing, entry.getValue(), KEY);
			if (differences.isEmpty()) {
				unchanged++;
			}
			else {
				updates.add(entry.getValue());
				conflicts.add(new Conflict(entry.getKey(), differences));
			}
		}
		return new BatchPlan<>(inserts, updates, unchanged, conflicts);
	}

}
