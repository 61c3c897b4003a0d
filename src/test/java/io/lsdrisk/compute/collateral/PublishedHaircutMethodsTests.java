package io.lsdrisk.compute.collateral;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PublishedHaircutMethodsTests {

	private final ConstantProductMarket pool = new ConstantProductMarket(10_000, 10_000, 0);

	@Test
	void smartLtvByHand() {
		// l = y s / (1 - s) = 10000 * 0.05 / 0.95 = 526.3157...; d = 1000, c = 1, sigma =
		// 0.1:
		// LTV = exp(-0.1 sqrt(1000 / 526.3157)) - 0.05 = exp(-0.137840...) - 0.05 =
		// 0.821241...
		PublishedHaircutMethods.SmartLtv result = PublishedHaircutMethods.smartLtv(0.1, 1000, 1, 0.05, this.pool);
		double liquidity = 10_000 * 0.05 / 0.95;
		assertThat(result.liquidityWithinBonusLsd()).isCloseTo(liquidity, within(1e-9));
		assertThat(result.loanToValue()).isCloseTo(Math.exp(-0.1 * Math.sqrt(1000 / liquidity)) - 0.05, within(1e-12));
		assertThat(result.reference()).contains("Risk DAO");
		// A cap far beyond the liquidity gives a negative formula value, floored at 0.
		PublishedHaircutMethods.SmartLtv tiny = PublishedHaircutMethods.smartLtv(1, 1e9, 2, 0.05, this.pool);
		assertThat(tiny.formulaValue()).isNegative();
		assertThat(tiny.loanToValue()).isZero();
	}

	@Test
	void gauntletConditionsByHand() {
		// Divergence 6.5 % < 1 - 0.93 = 7 %: holds. 10 % of a 10000 cap = 1000 sold:
		// slippage 1 - 10000/11000 = 9.09 % > 5 % bonus: fails.
		PublishedHaircutMethods.GauntletEmodeCheck check = PublishedHaircutMethods.gauntletEmode(0.065, 0.93, 0.05,
				10_000, this.pool);
		assertThat(check.divergenceLimit()).isCloseTo(0.07, within(1e-15));
		assertThat(check.divergenceCondition()).isTrue();
		assertThat(check.saleLsd()).isEqualTo(1000);
		assertThat(check.saleSlippage()).isCloseTo(1 - 1 / 1.1, within(1e-12));
		assertThat(check.slippageCondition()).isFalse();
		assertThat(check.passes()).isFalse();
		// A cap of 1000 sells 100: slippage 1 - 1/1.01 = 0.99 % < 5 %.
		assertThat(PublishedHaircutMethods.gauntletEmode(0.065, 0.93, 0.05, 1000, this.pool).passes()).isTrue();
	}

	@Test
	void chaosLabsCapByHand() {
		// Price to 0.95 on a fee-less pool: y = sqrt(10^8 / 0.95) = 10259.78...; l =
		// 259.78..., cap 2 l.
		PublishedHaircutMethods.ChaosLabsSupplyCap cap = PublishedHaircutMethods.chaosLabsSupplyCap(0.05, 1000,
				this.pool);
		double liquidity = Math.sqrt(1e8 / 0.95) - 10_000;
		assertThat(cap.liquidityWithinBonusLsd()).isCloseTo(liquidity, within(1e-8));
		assertThat(cap.recommendedSupplyCapLsd()).isCloseTo(2 * liquidity, within(1e-8));
		assertThat(cap.currentCapExceedsRecommended()).isTrue();
	}

}
