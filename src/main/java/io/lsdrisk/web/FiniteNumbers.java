package io.lsdrisk.web;

/**
 * JSON numbers can still arrive as NaN or infinite ("NaN" as a string, 1e400): refused
 * here with the field's name.
 */
public final class FiniteNumbers {

	private FiniteNumbers() {
	}

	public static double require(String field, Double value) {
		if (value == null) {
			throw InvalidRequestException.of(field, "is required");
		}
		if (!Double.isFinite(value)) {
			throw InvalidRequestException.of(field, "must be a finite number, was " + value);
		}
		return value;
	}

}
