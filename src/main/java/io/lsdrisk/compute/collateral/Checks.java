package io.lsdrisk.compute.collateral;

/**
 * Argument checks whose messages name the parameter and the rule, for API users.
 */
final class Checks {

	private Checks() {
	}

	static double nonNegative(String name, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
		}
		return value;
	}

	static double positive(String name, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
		}
		return value;
	}

	static double fraction(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
		}
		return value;
	}

	static double openFraction(String name, double value) {
		if (!(value > 0 && value < 1)) {
			throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
		}
		return value;
	}

	static <T> T notNull(String name, T value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
