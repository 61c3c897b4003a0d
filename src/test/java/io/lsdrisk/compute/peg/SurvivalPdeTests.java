package io.lsdrisk.compute.peg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SurvivalPdeTests {

	@ParameterizedTest
	@CsvSource({ "0.05, 0.99, 30", "0.02, 0.98, 365", "0.3, 0.90, 90", "0.6, 0.95, 1", "0.1, 0.999, 7" })
	void withoutMeanReversionMatchesTheClosedForm(double sigma, double threshold, double horizonDays) {
		double expected = BrownianFirstPassage.probabilityOfHitting(0, sigma, 0, Math.log(threshold),
				horizonDays / 365);
		double pde = SurvivalPde.depegProbability(PegModel.withoutJumps(0, 0, sigma), 1.0, threshold, horizonDays);
		assertThat(pde).isCloseTo(expected, within(1e-3));
	}

	@ParameterizedTest
	@CsvSource({ "15, 0.995, 0.06, 30", "100, 0.999, 0.1, 10", "5, 0.99, 0.05, 365" })
	void barrierAtTheMeanMatchesTheTimeChangedClosedForm(double kappa, double meanPeg, double sigma,
			double horizonDays) {
		// Y_t = e^{kappa t}(x_t - mu) is a Brownian motion on the clock
		// tau = sigma^2 (e^{2 kappa T} - 1) / (2 kappa); a barrier at mu is Y = 0, so by
		// reflection P = 2 N(-(x0 - mu) / sqrt(tau)).
		double mu = Math.log(meanPeg);
		double initial = 0.0;
		double years = horizonDays / 365;
		double tau = sigma * sigma * Math.expm1(2 * kappa * years) / (2 * kappa);
		double expected = 2 * StandardNormal.cdf(-(initial - mu) / Math.sqrt(tau));
		double pde = SurvivalPde.depegProbability(PegModel.withoutJumps(kappa, mu, sigma), 1.0, meanPeg, horizonDays);
		assertThat(pde).isCloseTo(expected, within(1e-3));
	}

	@Test
	void longHorizonOfARecurrentProcessIsCertainAndShortIsNearZero() {
		PegModel model = PegModel.withoutJumps(20, Math.log(0.995), 0.05);
		assertThat(SurvivalPde.depegProbability(model, 1.0, 0.98, 3650)).isCloseTo(1, within(1e-6));
		assertThat(SurvivalPde.depegProbability(model, 1.0, 0.98, 0.01)).isCloseTo(0, within(1e-9));
		assertThat(SurvivalPde.depegProbability(model, 0.97, 0.98, 10)).isEqualTo(1);
	}

	@Test
	void rejectsJumpsAndZeroVolatility() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SurvivalPde.depegProbability(new PegModel(1, 0, 0.1, 1, -0.1, 0), 1, 0.98, 30))
			.withMessageContaining("jumpIntensity");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SurvivalPde.depegProbability(PegModel.withoutJumps(1, 0, 0), 1, 0.98, 30))
			.withMessageContaining("sigma");
	}

}
