package io.lsdrisk.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.collateral.LendingMarketRequest;
import io.lsdrisk.collateral.LendingMarketService;
import io.lsdrisk.ingest.IngestionResult;
import io.lsdrisk.liquidity.LiquidityPoolStateService;
import io.lsdrisk.web.ConflictException;
import io.lsdrisk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the sample data set at start, through the same services as the API, so the same
 * validation and idempotency hold: a restart changes nothing, a start on a later day only
 * adds that day's generated rows, and rows or market parameters a user changed are left
 * alone. Switched off by {@code lsdrisk.sample-data.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "lsdrisk.sample-data.enabled", matchIfMissing = true)
class SampleDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	private final AssetService assets;

	private final PoolStateService poolStates;

	private final LiquidityPoolStateService liquidityStates;

	private final LendingMarketService markets;

	private final int batchSize;

	private final Clock clock;

	SampleDataLoader(AssetService assets, PoolStateService poolStates, LiquidityPoolStateService liquidityStates,
			LendingMarketService markets, LsdRiskProperties properties, Clock clock) {
		this.assets = assets;
		this.poolStates = poolStates;
		this.liquidityStates = liquidityStates;
		this.markets = markets;
		this.batchSize = properties.limits().maxBatchSize();
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		SampleDataSet data = SampleDataSet.build(today);
		int[] totals = new int[2];
		Consumer<IngestionResult> count = (result) -> {
			totals[0] += result.inserted();
			totals[1] += result.unchanged();
		};
		data.assets().forEach((asset) -> quietly("asset " + asset.symbol(), () -> this.assets.register(asset)));
		data.poolStates().forEach((symbol, rows) -> {
			for (var batch : batches(rows)) {
				quietly("states of " + symbol, () -> count.accept(this.poolStates.ingest(symbol, batch, false)));
			}
		});
		data.liquidityStates().forEach((symbol, venues) -> venues.forEach((venue, rows) -> {
			for (var batch : batches(rows)) {
				quietly(venue + " states of " + symbol,
						() -> count.accept(this.liquidityStates.ingest(symbol, venue, batch, false)));
			}
		}));
		int marketsAdded = 0;
		for (LendingMarketRequest market : data.lendingMarkets()) {
			marketsAdded += addIfAbsent(market) ? 1 : 0;
		}
		log.info(
				"Sample data for {}: {} rows added, {} already stored, {} lending-market rows added, in {} ms "
						+ "(set lsdrisk.sample-data.enabled=false to skip)",
				today, totals[0], totals[1], marketsAdded, (System.nanoTime() - started) / 1_000_000);
	}

	/** Parameters a user has set through the API are never overwritten. */
	private boolean addIfAbsent(LendingMarketRequest market) {
		try {
			this.markets.find(market.market(), market.symbol());
			return false;
		}
		catch (NotFoundException ex) {
			this.markets.put(market);
			return true;
		}
	}

	private <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += this.batchSize) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + this.batchSize)));
		}
		return batches;
	}

	private static void quietly(String what, Runnable load) {
		try {
			load.run();
		}
		catch (ConflictException ex) {
			log.warn("Sample {} left as stored: it differs from the sample data ({})", what, ex.getMessage());
		}
	}

}
