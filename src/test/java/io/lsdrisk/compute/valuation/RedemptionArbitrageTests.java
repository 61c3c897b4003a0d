package io.lsdrisk.compute.valuation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RedemptionArbitrageTests {

	@Test
	void carryOfTheWaitPlusFees() {
		// r = 3.65 %, y_q = 0, W = 10 days: (r - y_q) W = 0.0365 * 10 / 365 = 0.001;
		// 1 - exp(-0.001) = 0.001 - 0.0000005 + 0.000000000166667 = 0.000999500166625;
		// plus fees 0.0005.
		RedemptionArbitrage bound = RedemptionArbitrage.bound(0.0365, 0, 10 / 365.0, 0.0005);
		assertThat(bound.maxDiscount()).isCloseTo(0.001499500166625, within(1e-15));
		assertThat(bound.maxDiscountBps()).isCloseTo(14.99500166625, within(1e-10));
		assertThat(bound.pegFloor()).isCloseTo(1 - 0.001499500166625, within(1e-15));
	}

	@Test
	void aQueueEarningTheFundingRateCostsOnlyFees() {
		// y_q = r: no carry. y_q > r: carry would be negative, floored at 0.
		assertThat(RedemptionArbitrage.bound(0.04, 0.04, 0.1, 0.001).maxDiscount()).isCloseTo(0.001, within(1e-18));
		assertThat(RedemptionArbitrage.bound(0.03, 0.04, 0.1, 0).maxDiscount()).isZero();
		// No wait: only fees.
		assertThat(RedemptionArbitrage.bound(0.05, 0, 0, 0.002).maxDiscount()).isCloseTo(0.002, within(1e-18));
		// An endless wait at a positive net rate tolerates a total discount.
		assertThat(RedemptionArbitrage.bound(0.05, 0, 1e6, 0.5).maxDiscount()).isEqualTo(1.0);
		assertThat(RedemptionArbitrage.bound(0.05, 0, 1e6, 0.5).pegFloor()).isZero();
	}

	@Test
	void invalidInputNamesTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionArbitrage.bound(0.04, 0, -1, 0))
			.withMessageContaining("withdrawalWaitYears");
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionArbitrage.bound(Double.NaN, 0, 1, 0))
			.withMessageContaining("fundingRatePerYear");
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionArbitrage.bound(0.04, 0, 1, 1.5))
			.withMessageContaining("feesFraction");
	}

}
