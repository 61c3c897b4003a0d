package io.lsdrisk.options;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of an option on a stored LSD, each with the data it was taken from.
 */
final class MarketInputs {

	private MarketInputs() {
	}

	/**
	 * The underlying's value now.
	 *
	 * @param value spot, ETH per token (or the peg ratio, dimensionless)
	 * @param observedAt when the state used was observed
	 * @param field the stored field(s) it was read from
	 * @param source the state's {@code source}
	 */
	record StoredSpot(double value, Instant observedAt, String field, String source) {

	}

	/**
	 * A volatility and how it was obtained.
	 *
	 * @param value volatility per sqrt(year)
	 * @param method REALISED (from stored daily closes) or REQUEST (given)
	 * @param series the stored series of a realised volatility, null otherwise
	 * @param windowDays calendar days of history looked at, null when given
	 * @param from first daily close used, null when given
	 * @param to last daily close used, null when given
	 * @param dailyCloses daily closes used (the last observation of each UTC day), null
	 * when given
	 * @param returns daily log returns in the estimate, null when given
	 */
	record VolatilityInput(double value, String method, @Nullable String series, @Nullable Integer windowDays,
			@Nullable Instant from, @Nullable Instant to, @Nullable Integer dailyCloses, @Nullable Integer returns) {

		static VolatilityInput given(double value) {
			return new VolatilityInput(value, "REQUEST", null, null, null, null, null, null);
		}

	}

	/**
	 * A continuous carry yield and why it is what it is.
	 *
	 * @param value continuous carry yield per year
	 * @param method NON_REBASING_ZERO, PEG_RATIO_ZERO, REFERENCE_RATE_GROWTH,
	 * STAKING_APR, REQUEST or UNAVAILABLE
	 * @param referenceSymbol the non-rebasing token whose exchange-rate growth gave the
	 * yield, or null
	 * @param from start of the measurement (rate growth) or the state read (APR), or null
	 * @param to end of the rate-growth measurement, or null
	 * @param note the rule applied, in words
	 */
	record CarryInput(double value, String method, @Nullable String referenceSymbol, @Nullable Instant from,
			@Nullable Instant to, String note) {

	}

	/**
	 * A rate given by the request or taken from configuration.
	 *
	 * @param value continuous rate per year
	 * @param source REQUEST or CONFIGURATION (with the property)
	 */
	record RateInput(double value, String source) {

	}

}
