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

	/** Before every stored time: where a history without cursor starts (exclusive). */
	public static final Instant BEFORE_ALL = Instant.parse("1970-01-01T00:00:00Z").minusNanos(1);

	private static final Instant MIN_TIME = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant MAX_TIME = Instant.parse("9999-12-31T00:00:00Z");

	private PageLimits() {
	}

	/**
	 * One page request of a time series, checked: rows with
	 * {@code start <= observedAt < end} and {@code observedAt > after}, at most
	 * {@code pageSize} (ask the store for one more).
	 */
	public record Window(Instant start, Instant end, Instant after, int pageSize) {
	}

	/**
	 * @param from optional inclusive start
	 * @param to optional exclusive end
	 * @param limit optional page size
	 * @param cursor optional cursor from the previous page
	 */
	public static Window window(Instant from, Instant to, Integer limit, String cursor,
			LsdRiskProperties.Limits limits) {
		int pageSize = pageSize(limit, limits);
		Instant start = (from != null) ? from : MIN_TIME;
		Instant end = (to != null) ? to : MAX_TIME;
		checkRange(start, end);
		Instant after = KeysetCursor.decode(cursor);
		return new Window(start, end, (after != null) ? after : BEFORE_ALL, pageSize);
	}

	static int pageSize(Integer limit, LsdRiskProperties.Limits limits) {
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
