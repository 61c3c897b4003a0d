package io.lsdrisk.compute.peg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FiniteSampleAutoregressionTests {

	@Test
	void whiteNoiseSlopesAreNearlyNormalWithTheKendallMean() {
		// b = 0, m = 364: the OLS slope is close to Normal(-1/m, 1/m) (Kendall's mean
		// -(1 + 3b)/m); with 399 paths a quantile is within about 0.007 at the tails
		int m = 364;
		FiniteSampleAutoregression simulation = new FiniteSampleAutoregression(m, 399, 0.95, 42);
		assertThat(simulation.lowerRank()).isEqualTo(10);
		assertThat(simulation.upperRank()).isEqualTo(390);
		double sd = Math.sqrt(1.0 / m);
		assertThat(simulation.quantile(0, 200)).isCloseTo(-1.0 / m, within(0.008));
		assertThat(simulation.quantile(0, 10)).isCloseTo(-1.0 / m - 1.96 * sd, within(0.02));
		assertThat(simulation.quantile(0, 390)).isCloseTo(-1.0 / m + 1.96 * sd, within(0.02));
	}

	@Test
	void theIntervalEndsAreWhereTheQuantilesMeetTheObservation() {
		FiniteSampleAutoregression simulation = new FiniteSampleAutoregression(120, 399, 0.95, 7);
		double observed = 0.8;
		ConfidenceInterval interval = simulation.coefficientInterval(observed);
		assertThat(interval.lower()).isLessThan(observed);
		assertThat(interval.upper()).isGreaterThan(observed);
		// at the lower end the 97.5 % point equals the observation, at the upper end the
		// 2.5 % point
		assertThat(simulation.quantile(interval.lower(), 390)).isCloseTo(observed, within(1e-5));
		assertThat(simulation.quantile(interval.upper(), 10)).isCloseTo(observed, within(1e-5));
		// an observation above what b = 1 gives at its 2.5 % point leaves the upper end
		// open; one below what b = 0 gives at its 97.5 % point opens the lower end
		assertThat(simulation.coefficientInterval(0.99).upper()).isInfinite();
		assertThat(simulation.coefficientInterval(-0.5).lower()).isEqualTo(Double.NEGATIVE_INFINITY);
	}

}
