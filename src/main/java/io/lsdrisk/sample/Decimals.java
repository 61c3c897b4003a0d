package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Roundings of generated values: enough digits for the quantity, no false precision. */
final class Decimals {

	private Decimals() {
	}

	/** Exchange rates and prices in ETH: 12 decimals. */
	static BigDecimal ratio(double value) {
		return BigDecimal.valueOf(value).setScale(12, RoundingMode.HALF_EVEN);
	}

	/** USD prices: cents. */
	static BigDecimal usd(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
	}

	/** Token and ETH amounts: 6 decimals, as in the real files. */
	static BigDecimal amount(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
	}

	/** APRs: 6 decimals (0.01 bp). */
	static BigDecimal apr(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
	}

	/**
	 * A parameter such as A: up to 12 decimals, trailing zeros removed, never exponent
	 * form.
	 */
	static BigDecimal plain(double value) {
		BigDecimal stripped = ratio(value).stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
