package io.lsdrisk.options;

import io.lsdrisk.web.InvalidRequestException;

/**
 * Checks of one batch item's numbers, naming the field as
 * {@code contracts[3].volatility}. The path is built only when a check fails, so that a
 * batch of 10,000 items checks without allocating. NaN and infinities (which JSON strings
 * such as {@code "NaN"} can carry) fail every range.
 */
final class ItemChecks {

	/** Largest spot, strike, notional or quantity accepted. */
	static final double MAX_AMOUNT = 1e12;

	/** Smallest spot or strike accepted. */
	static final double MIN_PRICE = 1e-12;

	private ItemChecks() {
	}

	static double within(String list, int index, String field, Double value, double lowest, double highest) {
		if (value == null) {
			throw InvalidRequestException.of(path(list, index, field), "is required");
		}
		double number = value;
		if (!(number >= lowest && number <= highest)) {
			throw InvalidRequestException.of(path(list, index, field),
					"must be finite and within [" + lowest + ", " + highest + "], was " + number);
		}
		return number;
	}

	static double withinOrDefault(String list, int index, String field, Double value, double lowest, double highest,
			double fallback) {
		return (value != null) ? within(list, index, field, value, lowest, highest) : fallback;
	}

	static double positive(String list, int index, String field, Double value, double highest) {
		if (value == null) {
			throw InvalidRequestException.of(path(list, index, field), "is required");
		}
		double number = value;
		if (!(number > 0.0 && number <= highest)) {
			throw InvalidRequestException.of(path(list, index, field),
					"must be finite, > 0 and <= " + highest + ", was " + number);
		}
		return number;
	}

	static <T> T required(String list, int index, String field, T value) {
		if (value == null) {
			throw InvalidRequestException.of(path(list, index, field), "is required");
		}
		return value;
	}

	static void absent(String list, int index, String field, Object value, String reason) {
		if (value != null) {
			throw InvalidRequestException.of(path(list, index, field), "must be absent " + reason);
		}
	}

	static String path(String list, int index, String field) {
		String item = (index >= 0) ? list + "[" + index + "]" : list;
		if (field == null) {
			return item;
		}
		return item.isEmpty() ? field : item + "." + field;
	}

}
