package io.lsdrisk.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.web.FieldViolation;
import io.lsdrisk.web.InvalidRequestException;

/**
 * Collects the rule violations of one batch, each named by its field path. Decimals are
 * normalised to the store's 18 decimal places (wei precision) and must fit its 20 integer
 * digits.
 */
public final class RowChecks {

	/** Clock skew tolerated before an observation counts as "in the future". */
	public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private static final BigDecimal LIMIT = new BigDecimal("1e20");

	private final List<FieldViolation> violations = new ArrayList<>();

	private final Instant now;

	public RowChecks(Instant now) {
		this.now = now;
	}

	/**
	 * Refuses an empty batch or one over the limit before any row is looked at.
	 */
	public static void checkBatchSize(List<?> rows, int maxBatchSize) {
		if (rows == null || rows.isEmpty()) {
			throw InvalidRequestException.of("body", "send at least one row");
		}
		if (rows.size() > maxBatchSize) {
			throw InvalidRequestException.of("body",
					"at most " + maxBatchSize + " rows per request, got " + rows.size());
		}
	}

	/**
	 * @throws InvalidRequestException naming every violation collected, if any
	 */
	public void throwIfAny() {
		if (this.violations.isEmpty()) {
			return;
		}
		FieldViolation first = this.violations.get(0);
		int more = this.violations.size() - 1;
		throw new InvalidRequestException(
				first.field() + ": " + first.message() + ((more > 0) ? " (and " + more + " more)" : ""),
				this.violations);
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

	public boolean isEmpty() {
		return this.violations.isEmpty();
	}

	public void fail(String field, String message) {
		this.violations.add(new FieldViolation(field, message));
	}

	public Instant observedAt(String field, Instant value) {
		if (value == null) {
			fail(field, "is required (an ISO-8601 UTC instant such as 2024-01-31T00:00:00Z)");
		}
		else if (value.isAfter(this.now.plus(CLOCK_SKEW))) {
			fail(field, "must not be in the future (now is " + this.now + ")");
		}
		return value;
	}

	/** A required decimal greater than zero. */
	public BigDecimal positive(String field, BigDecimal value) {
		if (value == null) {
			fail(field, "is required and must be greater than 0");
			return null;
		}
		return optionalPositive(field, value);
	}

	/** An optional decimal greater than zero. */
	public BigDecimal optionalPositive(String field, BigDecimal value) {
		BigDecimal normalised = normalise(field, value);
		if (normalised != null && normalised.signum() <= 0) {
			fail(field, "must be greater than 0, was " + value.toPlainString());
		}
		return normalised;
	}

	/** An optional decimal of at least zero. */
	public BigDecimal optionalNonNegative(String field, BigDecimal value) {
		BigDecimal normalised = normalise(field, value);
		if (normalised != null && normalised.signum() < 0) {
			fail(field, "must be at least 0, was " + value.toPlainString());
		}
		return normalised;
	}

	/** An optional decimal within [min, max], or [min, max) when {@code maxExclusive}. */
	public BigDecimal optionalWithin(String field, BigDecimal value, BigDecimal min, BigDecimal max,
			boolean maxExclusive) {
		BigDecimal normalised = normalise(field, value);
		if (normalised != null && (normalised.compareTo(min) < 0 || normalised.compareTo(max) > 0
				|| (maxExclusive && normalised.compareTo(max) == 0))) {
			fail(field, "must be within [" + min.toPlainString() + ", " + max.toPlainString()
					+ (maxExclusive ? ")" : "]") + ", was " + value.toPlainString());
		}
		return normalised;
	}

	public Long optionalNonNegative(String field, Long value) {
		if (value != null && value < 0) {
			fail(field, "must be at least 0, was " + value);
		}
		return value;
	}

	public Integer optionalNonNegative(String field, Integer value) {
		if (value != null && value < 0) {
			fail(field, "must be at least 0, was " + value);
		}
		return value;
	}

	public String source(String field, String value, String fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		if (value.length() > 500) {
			fail(field, "must be at most 500 characters");
		}
		return value.strip();
	}

	private BigDecimal normalise(String field, BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.abs().compareTo(LIMIT) >= 0) {
			fail(field, "must be below 1e20 in magnitude, was " + value.toEngineeringString());
			return null;
		}
		return Decimals.canonical(value.setScale(18, RoundingMode.HALF_EVEN));
	}

}
