package io.lsdrisk.compute.valuation;

/**
 * Argument checks whose messages name the parameter and the rule, for an API user to
 * read.
 */
final class Checks {

	private Checks() {
	}

	static double finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite, was " + value);
		}
		return value;
	}

	static double nonNegative(String name, double value) {
		if (!(Double.isFinite(value) && value >= 0)) {
			throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
		}
		return value;
	}

	static double positive(String name, double value) {
		if (!(Double.isFinite(value) && value > 0)) {
			throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
		}
		return value;
	}

}
