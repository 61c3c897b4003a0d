package io.lsdrisk.ingest;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.web.InvalidRequestException;

/**
 * The paging rules every time-series history shares.
 */
public final class PageLimits {

	private PageLimits() {
	}

	public static int pageSize(Integer limit, LsdRiskProperties.Limits limits) {
		if (limit == null) {
			return Math.min(limits.defaultPageSize(), limits.maxPageSize());
		}
		if (limit < 1 || limit > limits.maxPageSize()) {
			throw InvalidRequestException.of("limit", "must be within [1, " + limits.maxPageSize() + "], was " + limit);
		}
		return limit;
	}

	public static void checkRange(Instant from, Instant to) {
		if (!from.isBefore(to)) {
			throw InvalidRequestException.of("to", "must be after from (" + from + "), was " + to);
		}
	}

	/**
	 * @param rows up to {@code pageSize + 1} rows; one more than a page means there is a
	 * next
	 */
	public static <T> CursorPage<T> page(List<T> rows, int pageSize, Function<T, Instant> key) {
		if (rows.size() <= pageSize) {
			return new CursorPage<>(rows, null);
		}
		List<T> items = rows.subList(0, pageSize);
		return new CursorPage<>(List.copyOf(items), KeysetCursor.encode(key.apply(items.get(pageSize - 1))));
	}

}
