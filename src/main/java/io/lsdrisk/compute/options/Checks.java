package io.lsdrisk.compute.options;

/**
 * Argument checks shared by the option formulas. Each message names the parameter and the
 * rule, so that it can be shown to an API user as it is.
 */
final class Checks {

	/**
	 * Largest spot or strike accepted; keeps every Greek finite (see the formula
	 * classes).
	 */
	static final double MAX_PRICE = 1e12;

	/** Smallest spot or strike accepted. */
	static final double MIN_PRICE = 1e-12;

	/** Longest expiry accepted, in years. */
	static final double MAX_EXPIRY_YEARS = 100.0;

	/** Largest volatility accepted (1000 % a year). */
	static final double MAX_VOLATILITY = 10.0;

	/** Largest absolute continuous rate or carry yield accepted (100 % a year). */
	static final double MAX_ABS_RATE = 1.0;

	private Checks() {
	}

	static void optionType(OptionType type) {
		if (type == null) {
			throw new IllegalArgumentException("type must be CALL or PUT, was null");
		}
	}

	static void price(String name, double value) {
		inRange(name, value, MIN_PRICE, MAX_PRICE);
	}

	static void expiry(String name, double value) {
		inRange(name, value, 0.0, MAX_EXPIRY_YEARS);
	}

	static void volatility(String name, double value) {
		inRange(name, value, 0.0, MAX_VOLATILITY);
	}

	static void rate(String name, double value) {
		inRange(name, value, -MAX_ABS_RATE, MAX_ABS_RATE);
	}

	static void inRange(String name, double value, double lowest, double highest) {
		if (!(value >= lowest && value <= highest)) {
			throw new IllegalArgumentException(
					name + " must be finite and within [" + lowest + ", " + highest + "], was " + value);
		}
	}

	static void positive(String name, double value, double highest) {
		if (!(value > 0.0 && value <= highest)) {
			throw new IllegalArgumentException(name + " must be finite, > 0 and <= " + highest + ", was " + value);
		}
	}

	static void finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite, was " + value);
		}
	}

}
