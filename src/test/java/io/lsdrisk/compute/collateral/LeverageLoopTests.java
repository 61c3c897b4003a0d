package io.lsdrisk.compute.collateral;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class LeverageLoopTests {

	@Test
	void emodeLoopAtTheLimit() {
		// LTV 0.93: L = 1 / 0.07 = 14.2857...; HF = L * 0.95 / (L - 1) = 0.95 / 0.93 =
		// 1.021505...
		// liquidation peg at entry peg 1: (L - 1) / (L LT) = 0.93 / 0.95 = 0.978947...
		double leverage = LeverageLoop.maxLeverage(0.93);
		assertThat(leverage).isCloseTo(1 / 0.07, within(1e-12));
		assertThat(LeverageLoop.healthFactor(leverage, 0.95)).isCloseTo(0.95 / 0.93, within(1e-12));
		assertThat(LeverageLoop.liquidationPeg(leverage, 0.95, 1.0, 0.03, 0.02, 0)).isCloseTo(0.93 / 0.95,
				within(1e-12));
	}

	@Test
	void netApyOfALoop() {
		// L = 5, staking 4 %, borrow 3 %: 5 * 0.04 - 4 * 0.03 = 0.08.
		assertThat(LeverageLoop.netApy(5, 0.04, 0.03)).isCloseTo(0.08, within(1e-15));
		// Borrow above staking yield: 5 * 0.03 - 4 * 0.05 = -0.05.
		assertThat(LeverageLoop.netApy(5, 0.03, 0.05)).isCloseTo(-0.05, within(1e-15));
		// L = 1 is plain staking.
		assertThat(LeverageLoop.netApy(1, 0.035, 0.5)).isEqualTo(0.035);
		// Continuous: 5 e^0.04 - 4 e^0.03 - 1.
		assertThat(LeverageLoop.netReturnContinuous(5, 0.04, 0.03))
			.isCloseTo(5 * Math.exp(0.04) - 4 * Math.exp(0.03) - 1, within(1e-15));
	}

	@Test
	void finiteLoopsApproachTheLimit() {
		// Geometric series: 1 + 0.8 + 0.64 = 2.44 after two loops.
		assertThat(LeverageLoop.leverageAfterLoops(0.8, 2)).isCloseTo(2.44, within(1e-12));
		assertThat(LeverageLoop.leverageAfterLoops(0.8, 0)).isCloseTo(1, within(1e-15));
		assertThat(LeverageLoop.leverageAfterLoops(0.8, 500)).isCloseTo(LeverageLoop.maxLeverage(0.8), within(1e-9));
	}

	@Test
	void carryMovesTheLiquidationPegAndEventuallyLiquidates() {
		// L = 10, LT 0.95: HF0 = 10 * 0.95 / 9 = 1.05555...; borrow 5 %, staking 3 %
		// continuous:
		// HF(t) = HF0 e^(-0.02 t) = 1 at t = ln(1.05555...) / 0.02 = 2.7031...
		double years = LeverageLoop.yearsUntilCarryLiquidation(10, 0.95, 0.03, 0.05);
		assertThat(years).isCloseTo(Math.log(9.5 / 9) / 0.02, within(1e-12));
		// At that time the liquidation peg has climbed to the entry peg.
		assertThat(LeverageLoop.liquidationPeg(10, 0.95, 1.0, 0.03, 0.05, years)).isCloseTo(1.0, within(1e-12));
		assertThat(LeverageLoop.yearsUntilCarryLiquidation(10, 0.95, 0.05, 0.03)).isInfinite();
		assertThat(LeverageLoop.yearsUntilCarryLiquidation(1, 0.95, 0.0, 0.03)).isInfinite();
	}

	@Test
	void rejectsImpossibleInputs() {
		assertThatIllegalArgumentException().isThrownBy(() -> LeverageLoop.maxLeverage(1))
			.withMessageContaining("loanToValue");
		assertThatIllegalArgumentException().isThrownBy(() -> LeverageLoop.netApy(0.5, 0.03, 0.02))
			.withMessageContaining("leverage");
		assertThatIllegalArgumentException().isThrownBy(() -> LeverageLoop.healthFactor(2, 0))
			.withMessageContaining("liquidationThreshold");
	}

}
