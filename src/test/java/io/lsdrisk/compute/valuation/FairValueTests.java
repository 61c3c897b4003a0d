package io.lsdrisk.compute.valuation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FairValueTests {

	@Test
	void forwardGrowsAtTheContinuousYield() {
		// y = ln 1.05 for one year: 1.1 * 1.05 = 1.155.
		assertThat(FairValue.forward(1.1, Math.log(1.05), 1)).isCloseTo(1.155, within(1e-15));
		// y = ln 2 for two years: 2 * 4 = 8.
		assertThat(FairValue.forward(2, Math.log(2), 2)).isCloseTo(8, within(1e-14));
		// T = 0 is today's rate; y = 0 keeps it.
		assertThat(FairValue.forward(1.2, 0.03, 0)).isEqualTo(1.2);
		assertThat(FairValue.forward(1.2, 0, 5)).isEqualTo(1.2);
		// A rebasing token's unit (R = 1) at 3.5 % continuous for 90 days.
		assertThat(FairValue.forward(1, 0.035, 90 / 365.0)).isCloseTo(Math.exp(0.035 * 90 / 365), within(1e-15));
	}

	@Test
	void pegAndPremium() {
		// 1.188 / 1.2 = 0.99: a 100 bp discount.
		double peg = FairValue.pegRatio(1.188, 1.2);
		assertThat(peg).isCloseTo(0.99, within(1e-15));
		assertThat(FairValue.premiumBps(peg)).isCloseTo(-100, within(1e-10));
		assertThat(FairValue.premiumBps(1.0025)).isCloseTo(25, within(1e-10));
		assertThat(FairValue.premiumBps(1)).isZero();
	}

	@Test
	void invalidInputNamesTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> FairValue.pegRatio(-1, 1))
			.withMessageContaining("marketPriceEth");
		assertThatIllegalArgumentException().isThrownBy(() -> FairValue.pegRatio(1, 0))
			.withMessageContaining("fairValueEth");
		assertThatIllegalArgumentException().isThrownBy(() -> FairValue.forward(1, 0.03, -1))
			.withMessageContaining("horizonYears");
		assertThatIllegalArgumentException().isThrownBy(() -> FairValue.forward(1, 1e10, 1e10))
			.withMessageContaining("overflows");
	}

}
