package io.lsdrisk.compute.collateral;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Scenario: the Aave v2 stETH book of June 2023 meets the Curve stETH/ETH pool of
 * 2022-06-14 (82 % stETH, A = 50, marginal price 0.934502 ETH from
 * db/sample/curve_steth_pool_balances_daily_2021-09_2022-06.csv).
 *
 * <p>
 * The pool here is a constant-product stand-in, not the StableSwap pool: it holds the
 * real ETH balance (109,891.95 ETH) and starts at the snapshot's stETH oracle price; the
 * shock is the peg drop to 0.934502. A StableSwap pool at A = 50 and 82 % imbalance is in
 * its steep region too, but its depth differs, so the volumes here are indicative only.
 * Once the StableSwap model implements {@link LiquidationMarket}, this scenario should
 * run on it with balances (109,891.95 ETH, 498,670.80 stETH), A = 50, fee 0.04 %.
 *
 * <p>
 * Rules: Aave v2 (close factor 50 % at any HF), stETH liquidation bonus 7.5 %, stETH
 * priced by the Chainlink stETH/ETH market feed (market oracle).
 */
class June2022ScenarioTests {

	private static final double POOL_ETH = 109_891.950756;

	private static final double SPOT_2022_06_14 = 0.934502;

	@Test
	void marketOracleCascadeStaysConservedAndEnds() throws IOException {
		List<AaveSnapshotRow> rows = AaveSnapshotTests.rows(AaveSnapshotTests.V2);
		double oraclePrice = rows.get(2).lsdPriceEth();
		List<CascadePosition> book = rows.stream().map(AaveSnapshotRow::toCascadePosition).toList();
		ConstantProductMarket pool = ConstantProductMarket.withPrice(oraclePrice, POOL_ETH / oraclePrice, 0.0004);
		CascadeShock shock = CascadeShock.pegDrop(1 - SPOT_2022_06_14 / oraclePrice);
		CascadeResult result = CascadeSimulator.run(book, pool, LiquidationRules.aaveV2(0.075, OracleMode.MARKET, 1.0),
				shock);
		assertThat(result.shockedMarketPriceEth()).isCloseTo(SPOT_2022_06_14, within(1e-9));
		assertThat(result.converged()).isTrue();
		CascadeSimulatorTests.assertConserved(result);
		assertThat(result.badDebtEth()).isGreaterThanOrEqualTo(0);
		assertThat(result.positionsLiquidated()).isGreaterThan(4);
		assertThat(result.finalMarketPriceEth()).isLessThan(SPOT_2022_06_14);
	}

	@Test
	void exchangeRateOracleLiquidatesOnlyTheAccountsAlreadyBelowOne() throws IOException {
		List<AaveSnapshotRow> rows = AaveSnapshotTests.rows(AaveSnapshotTests.V2);
		// SOURCES snapshot: 4 accounts have healthf < 1. With the oracle frozen at the
		// snapshot's price, the depeg adds none.
		long below = rows.stream().filter((row) -> row.reportedHealthFactor() < 1).count();
		assertThat(below).isEqualTo(4);
		double oraclePrice = rows.get(2).lsdPriceEth();
		List<CascadePosition> book = rows.stream().map(AaveSnapshotRow::toCascadePosition).toList();
		ConstantProductMarket pool = ConstantProductMarket.withPrice(oraclePrice, POOL_ETH / oraclePrice, 0.0004);
		CascadeResult result = CascadeSimulator.run(book, pool,
				LiquidationRules.aaveV2(0.075, OracleMode.EXCHANGE_RATE, oraclePrice),
				CascadeShock.pegDrop(1 - SPOT_2022_06_14 / oraclePrice));
		assertThat(result.positionsLiquidated()).isEqualTo(below);
		CascadeSimulatorTests.assertConserved(result);
	}

}
