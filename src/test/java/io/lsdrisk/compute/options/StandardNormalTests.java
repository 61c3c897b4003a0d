package io.lsdrisk.compute.options;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StandardNormalTests {

	// N(x) to 80 significant digits with Python's decimal module: the power series
	// N(x) = 1/2 + n(x) sum x^(2k+1) / (1*3*...*(2k+1)) for |x| <= 6, and Laplace's
	// continued
	// fraction Q(x) = n(x) / (x + 1/(x + 2/(x + ...))) (3000 levels) beyond; both agreed
	// to 30
	// digits on 3 <= |x| <= 6. Rounded to the nearest double.
	private static final double[][] REFERENCE = { { -38, 2.88542835100396451e-316 },
			{ -37.5, 4.60535300958195519e-308 }, { -30, 4.90671392714818718e-198 }, { -20, 2.75362411860623374e-89 },
			{ -12, 1.77648211207767904e-33 }, { -8.5, 9.47953482220331765e-18 }, { -6, 9.86587645037698091e-10 },
			{ -5.657, 7.70208817217760150e-09 }, { -5, 2.86651571879193912e-07 }, { -3, 1.34989803163009458e-03 },
			{ -2, 2.27501319481792086e-02 }, { -1.5, 6.68072012688580713e-02 }, { -1, 1.58655253931457046e-01 },
			{ -0.6744, 2.50028521372940626e-01 }, { -0.5, 3.08537538725986882e-01 }, { -0.1, 4.60172162722971012e-01 },
			{ -1e-10, 4.99999999960105745e-01 }, { 0, 0.5 }, { 0.3, 6.17911422188952675e-01 },
			{ 0.6745, 7.50003257136300783e-01 }, { 1, 8.41344746068542926e-01 }, { 2.5, 9.93790334674223841e-01 },
			{ 5, 9.99999713348428076e-01 }, { 6, 9.99999999013412300e-01 }, { 8, 9.99999999999999334e-01 },
			{ 8.3, 1.0 } };

	@Test
	void cumulativeMatchesHighPrecisionValuesToAboutOneUlpRelative() {
		for (double[] point : REFERENCE) {
			double x = point[0];
			double expected = point[1];
			double tolerance = (expected < 1e-300) ? 1e-310 : 4e-15 * expected;
			assertThat(StandardNormal.cumulative(x)).as("N(%s)", x).isCloseTo(expected, within(tolerance));
		}
	}

	@Test
	void upperTailFromSymmetryIsAccurateRelativeToTheSmallTail() {
		// 1 - N(x) = N(-x): check the relative accuracy of the complement where it is
		// small.
		for (double x : new double[] { 0.7, 1.3, 2.9, 4.4, 5.6 }) {
			assertThat(StandardNormal.cumulative(x) + StandardNormal.cumulative(-x)).isCloseTo(1.0, within(2e-16));
		}
		assertThat(StandardNormal.cumulative(-40)).isZero();
		assertThat(StandardNormal.cumulative(40)).isEqualTo(1.0);
		assertThat(StandardNormal.cumulative(Double.NEGATIVE_INFINITY)).isZero();
		assertThat(StandardNormal.cumulative(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
	}

	@Test
	void densityMatchesClosedFormAndIsTheDerivativeOfTheCumulative() {
		// n(1) = e^{-1/2} / sqrt(2 pi) = 0.24197072451914337 (to 17 digits).
		assertThat(StandardNormal.density(1.0)).isCloseTo(0.24197072451914337, within(1e-17));
		// n(10) = e^{-50} / sqrt(2 pi) = 7.69459862670642e-23.
		assertThat(StandardNormal.density(-10.0)).isCloseTo(7.694598626706421e-23, within(1e-36));
		for (double x = -7.0; x <= 7.0; x += 0.37) {
			double h = 1e-5;
			double derivative = (StandardNormal.cumulative(x + h) - StandardNormal.cumulative(x - h)) / (2 * h);
			assertThat(derivative).as("x=%s", x)
				.isCloseTo(StandardNormal.density(x), within(1e-9 * StandardNormal.density(x) + 1e-11));
		}
	}

	@Test
	void cumulativeGivenDensityAgreesWithTheSelfContainedForm() {
		for (double x = -30.0; x <= 9.0; x += 0.173) {
			assertThat(StandardNormal.cumulative(x, StandardNormal.density(x))).isEqualTo(StandardNormal.cumulative(x));
		}
	}

	@Test
	void cumulativeIsMonotone() {
		double previous = 0.0;
		for (double x = -38.0; x <= 9.0; x += 0.001) {
			double value = StandardNormal.cumulative(x);
			assertThat(value).isGreaterThanOrEqualTo(previous);
			previous = value;
		}
	}

	@Test
	void inverseApproximationIsAGoodStartingValue() {
		// Acklam's approximation is good to about 1e-9 relative in x; in p that is |x|
		// times more.
		for (double p : new double[] { 1e-300, 1e-12, 1e-4, 0.02, 0.2, 0.5, 0.77, 0.98, 1 - 1e-9 }) {
			double x = StandardNormal.inverseCumulativeApproximation(p);
			double relative = Math.abs(StandardNormal.cumulative(x) - p) / Math.min(p, 1 - p);
			assertThat(relative).as("p=%s", p).isLessThan(1e-6);
		}
	}

}
