package io.lsdrisk.compute.peg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StandardNormalTests {

	@Test
	void cdfMatchesTabulatedValues() {
		// Abramowitz and Stegun, table 26.1, and erfc values from the same source.
		assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
		assertThat(StandardNormal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-14));
		assertThat(StandardNormal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-14));
		assertThat(StandardNormal.cdf(-3)).isCloseTo(0.0013498980316300946, within(1e-15));
		// far tail: the approximation is accurate to about 1e-8 relative there
		assertThat(StandardNormal.cdf(-8)).isCloseTo(6.22096057427178e-16, within(1e-22));
		assertThat(StandardNormal.cdf(40)).isEqualTo(1);
		assertThat(StandardNormal.cdf(-40)).isEqualTo(0);
	}

	@Test
	void logCdfIsContinuousIntoTheFarTail() {
		// at the switch to the Mills-ratio series the two branches must agree
		assertThat(StandardNormal.logCdf(-30.0000001)).isCloseTo(Math.log(StandardNormal.cdf(-30)), within(1e-5));
		// ln N(-40) = -800 - ln 40 - ln sqrt(2 pi) + ln(1 - 1/1600 + ...)
		assertThat(StandardNormal.logCdf(-40)).isCloseTo(-800 - Math.log(40) - 0.5 * Math.log(2 * Math.PI) - 1.0 / 1600,
				within(1e-6));
	}

}
