package io.lsdrisk.compute;

/**
 * Argument checks shared by the compute packages. Each message names the parameter and
 * the rule, so that the web layer can hand it to an API user as is.
 */
public final class Arguments {

	private Arguments() {
	}

	public static double finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite, was " + value);
		}
		return value;
	}

	public static double nonNegative(String name, double value) {
		if (!(Double.isFinite(value) && value >= 0)) {
			throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
		}
		return value;
	}

	public static double positive(String name, double value) {
		if (!(Double.isFinite(value) && value > 0)) {
			throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
		}
		return value;
	}

	public static double fraction(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
		}
		return value;
	}

	public static double openFraction(String name, double value) {
		if (!(value > 0 && value < 1)) {
			throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
		}
		return value;
	}

	public static <T> T notNull(String name, T value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
