package io.lsdrisk.compute.options;

/**
 * Density and distribution function of the standard normal law, to about 1e-15 relative
 * error in both tails.
 * <p>
 * The distribution function is W. J. Cody's rational Chebyshev approximation (W. J. Cody,
 * "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969)
 * 631-637; the double-precision coefficients of his SPECFUN routine ANORM, ACM TOMS
 * Algorithm 715, 1993), in three ranges: |x| &lt;= 0.67448975, up to sqrt(32), and
 * beyond. In the two outer ranges the result is a rational function times
 * {@code exp(-x^2/2)}; callers that already hold the density pass it in
 * ({@link #cumulative(double, double)}) so that one exponential serves both.
 */
public final class StandardNormal {

	/** 1 / sqrt(2 pi). */
	static final double INV_SQRT_TWO_PI = 0.398942280401432677939946059934;

	/** sqrt(2 pi). */
	static final double SQRT_TWO_PI = 2.50662827463100050241576528481;

	private static final double CENTRAL_LIMIT = 0.67448975;

	private static final double SQRT_32 = 5.656854249492380195206754896838;

	/** Below this the lower tail underflows to zero (Cody's XLOW). */
	private static final double LOWER_CUTOFF = -37.5193;

	/** Above this the lower tail is 1 to double precision. */
	private static final double UPPER_CUTOFF = 8.2924;

	private StandardNormal() {
	}

	/**
	 * Standard normal density {@code exp(-x^2/2) / sqrt(2 pi)}.
	 * <p>
	 * Beyond |x| = sqrt(32) the square is split as in Cody's ANORM so that the rounding
	 * of {@code x*x} does not cost relative accuracy in the far tail.
	 * @param x any finite or infinite value
	 * @return the density, 0 for infinite or very large |x|
	 */
	public static double density(double x) {
		double y = Math.abs(x);
		if (y <= SQRT_32) {
			return INV_SQRT_TWO_PI * Math.exp(-0.5 * y * y);
		}
		if (y > 40.0) {
			return 0.0;
		}
		double ySixteenths = Math.floor(y * 16.0) / 16.0;
		double remainder = (y - ySixteenths) * (y + ySixteenths);
		return INV_SQRT_TWO_PI * Math.exp(-0.5 * ySixteenths * ySixteenths) * Math.exp(-0.5 * remainder);
	}

	/**
	 * Standard normal distribution function {@code N(x) = P(Z <= x)}.
	 * @param x any value; NaN gives NaN
	 * @return {@code N(x)} in [0, 1]
	 */
	public static double cumulative(double x) {
		double y = Math.abs(x);
		if (y <= CENTRAL_LIMIT || Double.isNaN(x)) {
			return cumulative(x, 0.0);
		}
		return cumulative(x, density(x));
	}

	/**
	 * {@code N(x)} given {@code densityAtX = density(x)}, computed by the caller. Saves
	 * the exponential when the caller needs the density too (the option formulas always
	 * do).
	 * @param x the point
	 * @param densityAtX {@link #density(double)} at {@code x}
	 * @return {@code N(x)}
	 */
	static double cumulative(double x, double densityAtX) {
		double y = Math.abs(x);
		if (y <= CENTRAL_LIMIT) {
			double xSquared = x * x;
			double numerator = 0.065682337918207449113 * xSquared;
			double denominator = xSquared;
			numerator = (numerator + 2.2352520354606839287) * xSquared;
			denominator = (denominator + 47.20258190468824187) * xSquared;
			numerator = (numerator + 161.02823106855587881) * xSquared;
			denominator = (denominator + 976.09855173777669322) * xSquared;
			numerator = (numerator + 1067.6894854603709582) * xSquared;
			denominator = (denominator + 10260.932208618978205) * xSquared;
			return 0.5 + x * (numerator + 18154.981253343561249) / (denominator + 45507.789335026729956);
		}
		double tail;
		if (y <= SQRT_32) {
			double numerator = 1.0765576773720192317e-8 * y;
			double denominator = y;
			numerator = (numerator + 0.39894151208813466764) * y;
			denominator = (denominator + 22.266688044328115691) * y;
			numerator = (numerator + 8.8831497943883759412) * y;
			denominator = (denominator + 235.38790178262499861) * y;
			numerator = (numerator + 93.506656132177855979) * y;
			denominator = (denominator + 1519.377599407554805) * y;
			numerator = (numerator + 597.27027639480026226) * y;
			denominator = (denominator + 6485.558298266760755) * y;
			numerator = (numerator + 2494.5375852903726711) * y;
			denominator = (denominator + 18615.571640885098091) * y;
			numerator = (numerator + 6848.1904505362823326) * y;
			denominator = (denominator + 34900.952721145977266) * y;
			numerator = (numerator + 11602.651437647350124) * y;
			denominator = (denominator + 38912.003286093271411) * y;
			tail = SQRT_TWO_PI * densityAtX * (numerator + 9842.7148383839780218)
					/ (denominator + 19685.429676859990727);
		}
		else if (x > UPPER_CUTOFF) {
			return 1.0;
		}
		else if (x < LOWER_CUTOFF) {
			return 0.0;
		}
		else {
			double inverseSquare = 1.0 / (x * x);
			double numerator = 0.02307344176494017303 * inverseSquare;
			double denominator = inverseSquare;
			numerator = (numerator + 0.21589853405795699) * inverseSquare;
			denominator = (denominator + 1.28426009614491121) * inverseSquare;
			numerator = (numerator + 0.1274011611602473639) * inverseSquare;
			denominator = (denominator + 0.468238212480865118) * inverseSquare;
			numerator = (numerator + 0.022235277870649807) * inverseSquare;
			denominator = (denominator + 0.0659881378689285515) * inverseSquare;
			numerator = (numerator + 0.001421619193227893466) * inverseSquare;
			denominator = (denominator + 0.00378239633202758244) * inverseSquare;
			double rational = inverseSquare * (numerator + 2.9112874951168792e-5)
					/ (denominator + 7.29751555083966205e-5);
			tail = SQRT_TWO_PI * densityAtX * (INV_SQRT_TWO_PI - rational) / y;
		}
		return (x > 0.0) ? 1.0 - tail : tail;
	}

	/**
	 * Inverse of the distribution function, to about 1e-9 relative error in x (P. J.
	 * Acklam's rational approximation). Used only for starting values of iterations,
	 * never as a result.
	 * @param probability in (0, 1)
	 * @return x with {@code N(x)} close to {@code probability}; infinite at 0 and 1
	 */
	static double inverseCumulativeApproximation(double probability) {
		if (probability <= 0.0) {
			return Double.NEGATIVE_INFINITY;
		}
		if (probability >= 1.0) {
			return Double.POSITIVE_INFINITY;
		}
		double lowBreak = 0.02425;
		if (probability < lowBreak) {
			return lowerTailInverse(probability);
		}
		if (probability > 1.0 - lowBreak) {
			return -lowerTailInverse(1.0 - probability);
		}
		double q = probability - 0.5;
		double r = q * q;
		return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
				+ 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
				/ (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
						+ 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1.0);
	}

	private static double lowerTailInverse(double probability) {
		double q = Math.sqrt(-2.0 * Math.log(probability));
		return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
				- 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
				/ ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
						+ 3.754408661907416e+00) * q + 1.0);
	}

}
