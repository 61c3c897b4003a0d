package io.lsdrisk.compute.peg;

/**
 * Standard normal distribution function to double precision, after W. J. Cody's rational
 * approximation as given by G. West, "Better approximations to cumulative normal
 * functions", Wilmott Magazine (2005), algorithm 26 (Hart 1968, absolute error below
 * 1e-14).
 */
final class StandardNormal {

	private static final double SQRT_TWO_PI = 2.506628274631000502;

	private StandardNormal() {
	}

	/** N(x); 0 below -37 and 1 above 37. */
	static double cdf(double x) {
		double tail = upperTailOfAbs(Math.abs(x));
		return (x > 0) ? 1 - tail : tail;
	}

	/** ln N(x), accurate also far in the lower tail where N(x) underflows. */
	static double logCdf(double x) {
		if (x > -30) {
			return Math.log(cdf(x));
		}
		// Mills ratio: N(x) = phi(x)/|x| * (1 - 1/x^2 + 3/x^4 - ...), x -> -infinity.
		double inverseSquare = 1 / (x * x);
		return -0.5 * x * x - Math.log(-x) - Math.log(SQRT_TWO_PI)
				+ Math.log1p(-inverseSquare + 3 * inverseSquare * inverseSquare);
	}

	/** N(-a) for a >= 0. */
	private static double upperTailOfAbs(double a) {
		if (a > 37) {
			return 0;
		}
		double exponential = Math.exp(-a * a / 2);
		if (a < 7.07106781186547) {
			double numerator = 3.52624965998911E-02 * a + 0.700383064443688;
			numerator = numerator * a + 6.37396220353165;
			numerator = numerator * a + 33.912866078383;
			numerator = numerator * a + 112.079291497871;
			numerator = numerator * a + 221.213596169931;
			numerator = numerator * a + 220.206867912376;
			double denominator = 8.83883476483184E-02 * a + 1.75566716318264;
			denominator = denominator * a + 16.064177579207;
			denominator = denominator * a + 86.7807322029461;
			denominator = denominator * a + 296.564248779674;
			denominator = denominator * a + 637.333633378831;
			denominator = denominator * a + 793.826512519948;
			denominator = denominator * a + 440.413735824752;
			return exponential * numerator / denominator;
		}
		double fraction = a + 0.65;
		fraction = a + 4 / fraction;
		fraction = a + 3 / fraction;
		fraction = a + 2 / fraction;
		fraction = a + 1 / fraction;
		return exponential / fraction / 2.506628274631;
	}

}
