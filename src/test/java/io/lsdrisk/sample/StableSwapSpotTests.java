package io.lsdrisk.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The floating-point StableSwap price against the data file's own derived column and
 * against symmetries.
 */
class StableSwapSpotTests {

	@Test
	void matchesTheFilesImpliedSpotAtA50() {
		List<String[]> rows = SampleFiles.rows("curve_steth_pool_balances_daily_2021-09_2022-06.csv");
		for (String[] row : rows) {
			double steth = Double.parseDouble(row[3]);
			double eth = Double.parseDouble(row[4]);
			// The file rounds to 6 decimals.
			assertThat(StableSwapSpot.price(eth, steth, 50)).as(row[1])
				.isCloseTo(Double.parseDouble(row[6]), within(1e-6));
		}
	}

	@Test
	void balancedPoolPricesAtParAndSwappingCoinsInvertsThePrice() {
		assertThat(StableSwapSpot.price(1000, 1000, 50)).isCloseTo(1.0, within(1e-14));
		double price = StableSwapSpot.price(200, 800, 50);
		assertThat(price).isLessThan(1.0);
		assertThat(StableSwapSpot.price(800, 200, 50)).isCloseTo(1.0 / price, within(1e-12));
	}

	@Test
	void highAmplificationApproachesTheFirstOrderLimit() {
		// For large A, D -> S = x + y, so Dr -> S^3 / (4 x y) and
		// p = x (Ann y + Dr) / (y (Ann x + Dr)) ~ 1 + Dr (x - y) / (Ann x y)
		// = 1 + (x - y) S^3 / (8 A x^2 y^2). For x = 0.3, y = 0.7: 1 - 1.133787 / A.
		double slope = 0.4 / (8 * 0.09 * 0.49);
		assertThat(StableSwapSpot.price(0.3, 0.7, 5000)).isCloseTo(1 - slope / 5000, within(1e-6));
		assertThat(StableSwapSpot.price(0.3, 0.7, 50_000)).isCloseTo(1 - slope / 50_000, within(1e-8));
		assertThat(StableSwapSpot.price(0.3, 0.7, 5000)).isGreaterThan(StableSwapSpot.price(0.3, 0.7, 50));
	}

	@Test
	void shareForPriceInvertsPrice() {
		for (double target : new double[] { 0.94, 0.99, 0.999, 1.0, 1.004 }) {
			double share = StableSwapSpot.shareForPrice(target, 50);
			assertThat(StableSwapSpot.price(1 - share, share, 50)).isCloseTo(target, within(1e-12));
		}
		assertThat(StableSwapSpot.shareForPrice(1.0, 50)).isCloseTo(0.5, within(1e-12));
	}

}
