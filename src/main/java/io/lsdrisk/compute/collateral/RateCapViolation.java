package io.lsdrisk.compute.collateral;

/**
 * A stored exchange-rate observation that a CAPO adapter would have flagged.
 *
 * @param kind what happened
 * @param referenceTimeDays time of the reference observation (the snapshot for
 * {@code GROWTH_ABOVE_CAP}, the previous observation for {@code RATE_FELL})
 * @param timeDays time of the flagged observation
 * @param referenceRate exchange rate at the reference
 * @param rate exchange rate observed
 * @param limitRate the cap at that time ({@code GROWTH_ABOVE_CAP}) or the previous rate
 * ({@code RATE_FELL})
 * @param annualisedGrowth {@code (rate / referenceRate - 1) * 365 / days}
 */
public record RateCapViolation(Kind kind, double referenceTimeDays, double timeDays, double referenceRate, double rate,
		double limitRate, double annualisedGrowth) {

	/** Kinds of flag. */
	public enum Kind {

		/** The rate grew faster than the cap allows since the snapshot. */
		GROWTH_ABOVE_CAP,

		/** The rate fell (slashing or a loss). */
		RATE_FELL

	}

}
