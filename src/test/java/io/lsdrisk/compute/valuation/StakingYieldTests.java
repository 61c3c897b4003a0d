package io.lsdrisk.compute.valuation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StakingYieldTests {

	@Test
	void aKnownSimpleYieldOverThirtyDays() {
		// R grows by 0.0365 * 30 / 365 = 0.003 in 30 days: APR = 0.003 * 365 / 30 =
		// 0.0365.
		StakingYield yield = StakingYield.between(1.0, 1.0 * (1 + 0.0365 * 30 / 365), 30);
		// 1.003 is not a binary fraction: agreement to a few ulps of the inputs.
		assertThat(yield.apr()).isCloseTo(0.0365, within(1e-14));
		// APY = 1.003^(365/30) - 1 and continuous = ln(1.003) * 365/30, with
		// ln(1.003) = 0.003 - 0.0000045 + 0.000000009 - 0.00000000002025 + ... =
		// 0.0029955089798
		assertThat(yield.continuous()).isCloseTo(0.0029955089798 * 365 / 30, within(1e-12));
		assertThat(yield.apy()).isCloseTo(Math.exp(0.0029955089798 * 365 / 30) - 1, within(1e-12));
		assertThat(yield.windowDays()).isEqualTo(30);
	}

	@Test
	void doublingInAYearAndQuadruplingInTwo() {
		// Ratio 2 over 365 days: APR = (2 - 1) * 1 = 1, APY = 2 - 1 = 1, continuous = ln
		// 2.
		StakingYield year = StakingYield.between(1, 2, 365);
		assertThat(year.apr()).isEqualTo(1.0);
		assertThat(year.apy()).isCloseTo(1.0, within(1e-15));
		assertThat(year.continuous()).isCloseTo(Math.log(2), within(1e-15));
		// Ratio 4 over 730 days: APR = 3 * 365 / 730 = 1.5, APY = 4^(1/2) - 1 = 1,
		// continuous = ln 4 / 2 = ln 2.
		StakingYield twoYears = StakingYield.between(1.5, 6, 730);
		assertThat(twoYears.apr()).isEqualTo(1.5);
		assertThat(twoYears.apy()).isCloseTo(1.0, within(1e-15));
		assertThat(twoYears.continuous()).isCloseTo(Math.log(2), within(1e-15));
	}

	@Test
	void conventionsAreConsistent() {
		StakingYield yield = StakingYield.between(1.1234, 1.1268, 7);
		// APY = exp(continuous) - 1; 1 + APR d/365 = exp(continuous d/365).
		assertThat(yield.apy()).isCloseTo(Math.expm1(yield.continuous()), within(1e-14));
		assertThat(1 + yield.apr() * 7 / 365).isCloseTo(Math.exp(yield.continuous() * 7 / 365), within(1e-15));
		// Positive growth: continuous < APR (d < 365 compounds less than yearly) < APY.
		assertThat(yield.continuous()).isLessThan(yield.apr());
		assertThat(yield.apr()).isLessThan(yield.apy());
	}

	@Test
	void aFallingRateGivesNegativeYieldsAndAFlatRateZero() {
		// A 1 % fall over 365 days: APR = APY = -0.01, continuous = ln 0.99.
		StakingYield slashed = StakingYield.between(1.0, 0.99, 365);
		assertThat(slashed.apr()).isCloseTo(-0.01, within(1e-15));
		assertThat(slashed.apy()).isCloseTo(-0.01, within(1e-15));
		assertThat(slashed.continuous()).isCloseTo(Math.log(0.99), within(1e-15));
		StakingYield flat = StakingYield.between(1.05, 1.05, 30);
		assertThat(flat.apr()).isZero();
		assertThat(flat.apy()).isZero();
		assertThat(flat.continuous()).isZero();
	}

	@Test
	void invalidInputNamesTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> StakingYield.between(0, 1, 30))
			.withMessageContaining("startRate");
		assertThatIllegalArgumentException().isThrownBy(() -> StakingYield.between(1, Double.NaN, 30))
			.withMessageContaining("endRate");
		assertThatIllegalArgumentException().isThrownBy(() -> StakingYield.between(1, 1.1, 0))
			.withMessageContaining("windowDays");
		// 1e6-fold growth in a millionth of a day cannot be annualised as APY.
		assertThatIllegalArgumentException().isThrownBy(() -> StakingYield.between(1, 1e6, 1e-6))
			.withMessageContaining("too large to annualise");
	}

}
