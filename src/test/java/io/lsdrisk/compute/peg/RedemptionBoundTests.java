package io.lsdrisk.compute.peg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RedemptionBoundTests {

	@Test
	void carryOverTheWaitPlusFees() {
		// r = 5 %, y_q = 0, W = 5 days, fees 10 bp:
		// 1 - exp(-0.05 * 5/365) = 6.8470...e-4 (series: 6.849315e-4 - 2.3456e-7), plus
		// 1e-3
		double discount = RedemptionBound.maxDiscount(0.05, 0, 5 / 365.0, 0.001);
		assertThat(discount).isCloseTo(6.849315068e-4 - 0.5 * Math.pow(6.849315068e-4, 2) + 0.001, within(1e-10));
		assertThat(RedemptionBound.pegFloor(0.05, 0, 5 / 365.0, 0.001)).isCloseTo(1 - discount, within(1e-15));
	}

	@Test
	void queueYieldAboveFundingLeavesOnlyFees() {
		assertThat(RedemptionBound.maxDiscount(0.02, 0.04, 0.1, 0.0005)).isEqualTo(0.0005);
		assertThat(RedemptionBound.maxDiscount(0.05, 0, 0, 0)).isZero();
	}

	@Test
	void theQueueLengthensTheWaitByItsPayoutTime() {
		// 5 days plus 115,200 ETH at 57,600 ETH a day: 7 days
		assertThat(RedemptionBound.withdrawalWaitYears(5, 115_200, 57_600)).isCloseTo(7 / 365.0, within(1e-15));
		assertThat(RedemptionBound.withdrawalWaitYears(3, 0, 57_600)).isCloseTo(3 / 365.0, within(1e-15));
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionBound.withdrawalWaitYears(3, -1, 57_600))
			.withMessageContaining("queueEth");
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionBound.withdrawalWaitYears(3, 1, 0))
			.withMessageContaining("throughputEthPerDay");
	}

	@Test
	void rejectsBadInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionBound.maxDiscount(0.05, 0, -1, 0))
			.withMessageContaining("withdrawalWaitYears");
		assertThatIllegalArgumentException().isThrownBy(() -> RedemptionBound.maxDiscount(0.05, 0, 0.1, 2))
			.withMessageContaining("feesFraction");
	}

}
