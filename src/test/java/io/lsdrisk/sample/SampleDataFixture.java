package io.lsdrisk.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.collateral.LendingMarketService;
import io.lsdrisk.liquidity.LiquidityPoolStateService;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/**
 * Loads the sample data into an integration test's database as a start on a given day
 * would (idempotent, so tests sharing the database may each call it).
 */
public final class SampleDataFixture {

	/**
	 * The day the sample data is loaded up to; {@link SampleDataLoaderIntegrationTests}
	 * loads the same day first, so the two agree in any order.
	 */
	public static final String DAY = "2026-11-20";

	private SampleDataFixture() {
	}

	public static void load(ApplicationContext context) {
		Clock clock = Clock.fixed(Instant.parse(DAY + "T12:00:00Z"), ZoneOffset.UTC);
		new SampleDataLoader(context.getBean(AssetService.class), context.getBean(PoolStateService.class),
				context.getBean(LiquidityPoolStateService.class), context.getBean(LendingMarketService.class),
				context.getBean(LsdRiskProperties.class), clock)
			.run(new DefaultApplicationArguments());
	}

}
