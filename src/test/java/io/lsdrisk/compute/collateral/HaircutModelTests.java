package io.lsdrisk.compute.collateral;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HaircutModelTests {

	/** Normal quantile at 99 %, from tables. */
	private static final double Z99 = 2.3263478740408408;

	private final ConstantProductMarket pool = new ConstantProductMarket(10_000, 10_000, 0);

	@Test
	void componentsByHand() {
		// sigma 0.20, one day, 99 %: move = 1 - exp(-2.32635 * 0.2 / sqrt(365)) =
		// 0.024058...
		// worst drop 5 % -> jump = 0.05 - move.
		// Sell 500 into 10000/10000 (no fee): slippage = 1 - 10000/10500 = 0.047619...,
		// price after = (10000/10500)^2 -> impact = 1 - (1/1.05)^2 = 0.092970...
		// bonus = 0.047619 + 0.005; LT = (1 - 0.05 - 0.092970) / (1 + bonus); LTV = LT (1
		// - move).
		HaircutRequest request = new HaircutRequest(0.20, 0.80, true, 1 / 365.0, 0.99, 0.05, 500, 0.005,
				OracleMode.MARKET, 0.90, 0.93, 0.01);
		HaircutRecommendation recommendation = HaircutModel.recommend(request, this.pool);
		double move = 1 - Math.exp(-Z99 * 0.2 * Math.sqrt(1 / 365.0));
		double slippage = 1 - 1 / 1.05;
		double impact = 1 - 1 / (1.05 * 1.05);
		double bonus = slippage + 0.005;
		double threshold = (1 - 0.05 - impact) / (1 + bonus);
		assertThat(recommendation.volatilityUsed()).isEqualTo(0.20);
		assertThat(recommendation.priceMove()).isCloseTo(move, within(1e-9));
		assertThat(recommendation.jumpAddOn()).isCloseTo(0.05 - move, within(1e-9));
		assertThat(recommendation.slippage()).isCloseTo(slippage, within(1e-12));
		assertThat(recommendation.liquidationPriceImpact()).isCloseTo(impact, within(1e-12));
		assertThat(recommendation.recommendedLiquidationBonus()).isCloseTo(bonus, within(1e-12));
		assertThat(recommendation.recommendedLiquidationThreshold()).isCloseTo(threshold, within(1e-9));
		assertThat(recommendation.recommendedLoanToValue()).isCloseTo(threshold * (1 - move), within(1e-9));
		assertThat(recommendation.haircut()).isCloseTo(1 - threshold, within(1e-9));
		assertThat(recommendation.looserThanRecommended()).containsExactly("loanToValue", "liquidationThreshold",
				"liquidationBonus");
		assertThat(recommendation.reference()).contains("lsdrisk");
	}

	@Test
	void usdDebtAddsEthVolatilityAndExchangeRateOracleDropsTheOwnImpact() {
		HaircutRequest request = new HaircutRequest(0.20, 0.80, false, 1 / 365.0, 0.99, 0.0, 500, 0.005,
				OracleMode.EXCHANGE_RATE, 0.5, 0.6, 0.10);
		HaircutRecommendation recommendation = HaircutModel.recommend(request, this.pool);
		// sigma = sqrt(0.04 + 0.64) = 0.824621...
		assertThat(recommendation.volatilityUsed()).isCloseTo(Math.sqrt(0.68), within(1e-15));
		assertThat(recommendation.liquidationPriceImpact()).isZero();
		assertThat(recommendation.jumpAddOn()).isZero();
		double move = 1 - Math.exp(-Z99 * Math.sqrt(0.68) * Math.sqrt(1 / 365.0));
		double bonus = 1 - 1 / 1.05 + 0.005;
		assertThat(recommendation.recommendedLiquidationThreshold()).isCloseTo((1 - move) / (1 + bonus), within(1e-9));
		assertThat(recommendation.looserThanRecommended()).isEmpty();
	}

	@Test
	void aHugeSaleDrivesTheThresholdToZeroNotBelow() {
		HaircutRequest request = new HaircutRequest(0.5, 0, true, 7 / 365.0, 0.999, 0.5, 1e7, 0, OracleMode.MARKET, 0.9,
				0.93, 0.05);
		HaircutRecommendation recommendation = HaircutModel.recommend(request, this.pool);
		assertThat(recommendation.recommendedLiquidationThreshold()).isZero();
		assertThat(recommendation.recommendedLoanToValue()).isZero();
		assertThat(recommendation.haircut()).isEqualTo(1);
	}

	@Test
	void normalQuantileMatchesTables() {
		assertThat(NormalQuantile.of(0.99)).isCloseTo(Z99, within(1e-8));
		assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963984540054, within(1e-8));
		assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-15));
		assertThat(NormalQuantile.of(0.001)).isCloseTo(-3.090232306167813, within(1e-8));
		assertThat(NormalQuantile.of(0.999999)).isCloseTo(4.753424308822899, within(1e-7));
	}

	@Test
	void rejectsBadRequests() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new HaircutRequest(0.2, 0.8, true, 1 / 365.0, 1.0, 0, 1, 0, OracleMode.MARKET, 0.8, 0.85, 0.05))
			.withMessageContaining("confidenceLevel");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new HaircutRequest(-0.2, 0.8, true, 1 / 365.0, 0.99, 0, 1, 0, OracleMode.MARKET, 0.8, 0.85, 0.05))
			.withMessageContaining("pegVolatility");
	}

}
