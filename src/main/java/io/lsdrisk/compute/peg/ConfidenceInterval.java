package io.lsdrisk.compute.peg;

/**
 * A two-sided confidence interval {@code [lower, upper]} in the unit of the quantity it
 * bounds. An end the data do not bound is infinite ({@code upper} of a half-life when a
 * random walk cannot be excluded); both ends are NaN when the interval was not computed.
 *
 * @param lower the lower end, {@code <= upper}
 * @param upper the upper end
 */
public record ConfidenceInterval(double lower, double upper) {

	/** No interval was computed. */
	public static final ConfidenceInterval NOT_COMPUTED = new ConfidenceInterval(Double.NaN, Double.NaN);

	public ConfidenceInterval {
		if (lower > upper) {
			throw new IllegalArgumentException("lower must be <= upper, was " + lower + " > " + upper);
		}
		if (Double.isNaN(lower) != Double.isNaN(upper)) {
			throw new IllegalArgumentException("lower and upper must both be numbers or both NaN");
		}
	}

	/** Whether {@code value} lies in the closed interval (false when not computed). */
	public boolean contains(double value) {
		return this.lower <= value && value <= this.upper;
	}

	/** Whether the interval was computed. */
	public boolean isComputed() {
		return !Double.isNaN(this.lower);
	}

}
