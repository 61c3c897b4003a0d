package io.lsdrisk.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.lsdrisk.web.ConflictException;

/**
 * Writes a validated batch into one series, all or nothing, inside the caller's
 * transaction: new rows are inserted, identical rows are left alone, differing rows are a
 * {@link ConflictException} unless {@code upsert}.
 */
public final class BatchIngestion {

	private BatchIngestion() {
	}

	public static <T extends Record> IngestionResult apply(List<T> rows, Function<T, Instant> key,
			SeriesWriter<T> writer, boolean upsert) {
		Map<Instant, T> distinct = BatchPlan.distinct(rows, key);
		writer.lock();
		BatchPlan<T> plan = BatchPlan.of(distinct, writer.findAt(List.copyOf(distinct.keySet())));
		if (!plan.conflicts().isEmpty() && !upsert) {
			throw new ConflictException(plan.conflicts().size()
					+ " row(s) differ from stored rows at the same observedAt; nothing was stored. "
					+ "Send ?upsert=true to replace them.", plan.conflicts());
		}
		writer.insert(plan.inserts());
		writer.update(plan.updates());
		int inserted = plan.inserts().size();
		int updated = plan.updates().size();
		return new IngestionResult(rows.size(), inserted, rows.size() - inserted - updated, updated);
	}

}
