package io.lsdrisk.ingest;

import java.math.BigDecimal;

/**
 * One canonical form for stored decimals: no trailing zeros, never a negative scale (so
 * JSON shows {@code 100}, not {@code 1E+2}).
 */
public final class Decimals {

	private Decimals() {
	}

	public static BigDecimal canonical(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
