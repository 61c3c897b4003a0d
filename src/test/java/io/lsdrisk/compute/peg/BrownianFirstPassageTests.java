package io.lsdrisk.compute.peg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BrownianFirstPassageTests {

	@Test
	void withoutDriftIsTwiceTheTerminalProbability() {
		// reflection principle: P(min <= b) = 2 P(X_T <= b) = 2 N(a / (sigma sqrt T))
		double a = Math.log(0.98);
		double expected = 2 * StandardNormal.cdf(a / (0.1 * Math.sqrt(0.25)));
		assertThat(BrownianFirstPassage.probabilityOfHitting(0, 0.1, 0, a, 0.25)).isCloseTo(expected, within(1e-15));
	}

	@ParameterizedTest
	@CsvSource({ "0.05, 0.1, -0.03, 0.5", "-0.2, 0.1, -0.05, 1", "0.3, 0.4, -0.2, 2", "-1, 0.05, -0.01, 0.1" })
	void agreesWithIntegratedFirstPassageDensity(double drift, double sigma, double distance, double years) {
		// Independent route: the first-passage time of |a| has the inverse Gaussian
		// density
		// f(t) = |a| / (sigma sqrt(2 pi t^3)) exp(-(a - m t)^2 / (2 sigma^2 t));
		// integrate it
		// by Simpson's rule on the substitution t = u^2, which removes the t^{-3/2}
		// behaviour.
		int intervals = 20_000;
		double upper = Math.sqrt(years);
		double h = upper / intervals;
		double integral = 0;
		for (int i = 0; i <= intervals; i++) {
			double u = i * h;
			double value = 0;
			if (u > 0) {
				double t = u * u;
				value = Math.abs(distance) / (sigma * Math.sqrt(2 * Math.PI * t * t * t))
						* Math.exp(-Math.pow(distance - drift * t, 2) / (2 * sigma * sigma * t)) * 2 * u;
			}
			integral += value * ((i == 0 || i == intervals) ? 1 : (i % 2 == 1) ? 4 : 2);
		}
		integral *= h / 3;
		assertThat(BrownianFirstPassage.probabilityOfHitting(drift, sigma, 0, distance, years)).isCloseTo(integral,
				within(1e-7));
	}

	@Test
	void longHorizonTendsToTheProbabilityOfEverHitting() {
		// upward drift: P(ever reach a < 0) = exp(2 m a / sigma^2); downward drift:
		// certain
		assertThat(BrownianFirstPassage.probabilityOfHitting(0.1, 0.2, 0, -0.05, 1e4))
			.isCloseTo(Math.exp(2 * 0.1 * -0.05 / 0.04), within(1e-12));
		assertThat(BrownianFirstPassage.probabilityOfHitting(-0.1, 0.2, 0, -0.05, 1e4)).isCloseTo(1, within(1e-12));
	}

	@Test
	void limitCases() {
		assertThat(BrownianFirstPassage.probabilityOfHitting(0.1, 0.2, -0.1, -0.05, 1)).isEqualTo(1);
		assertThat(BrownianFirstPassage.probabilityOfHitting(0.1, 0.2, 0, -0.05, 0)).isEqualTo(0);
		assertThat(BrownianFirstPassage.probabilityOfHitting(-0.1, 0, 0, -0.05, 0.6)).isEqualTo(1);
		assertThat(BrownianFirstPassage.probabilityOfHitting(-0.1, 0, 0, -0.05, 0.4)).isEqualTo(0);
		// strong downward drift: exp(.) overflows and N(.) underflows, the product is
		// finite
		double strong = BrownianFirstPassage.probabilityOfHitting(-500, 0.01, 0, -1, 0.001);
		assertThat(strong).isBetween(0.0, 1.0);
	}

	@Test
	void rejectsBadInputNamingTheParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BrownianFirstPassage.probabilityOfHitting(0, -1, 0, -0.1, 1))
			.withMessageContaining("sigma");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BrownianFirstPassage.probabilityOfHitting(0, 1, 0, -0.1, Double.NaN))
			.withMessageContaining("timeYears");
	}

}
