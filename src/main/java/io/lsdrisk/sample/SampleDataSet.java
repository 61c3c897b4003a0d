package io.lsdrisk.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.lsdrisk.asset.AssetRequest;
import io.lsdrisk.asset.PoolStateRequest;
import io.lsdrisk.collateral.LendingMarketRequest;
import io.lsdrisk.liquidity.LiquidityPoolStateRequest;

/**
 * The sample data set of lsdrisk: six LSDs, their daily pool states from 2022 (or launch)
 * to {@code today}, two DEX pools and Aave-like lending parameters.
 * <p>
 * Rows loaded from {@code db/sample} are real and cite their file and feed in
 * {@code source}; generated rows have a {@code source} starting with {@code synthetic}.
 * Generation is deterministic, and the values up to any day do not depend on
 * {@code today}: building for a later day only appends rows. No row is observed after the
 * start of {@code today} (UTC). See {@code docs/sample-data.md} for every source and
 * model.
 *
 * @param today the day the data set is built for
 * @param assets the six LSDs
 * @param poolStates daily pool states by symbol, ordered by time
 * @param liquidityStates daily DEX pool states by symbol, then venue, ordered by time
 * @param lendingMarkets Aave-like collateral parameters
 */
public record SampleDataSet(LocalDate today, List<AssetRequest> assets, Map<String, List<PoolStateRequest>> poolStates,
		Map<String, Map<String, List<LiquidityPoolStateRequest>>> liquidityStates,
		List<LendingMarketRequest> lendingMarkets) {

	/** The earliest {@code today} accepted: the first day of the real stETH/ETH feed. */
	public static final LocalDate EARLIEST_TODAY = LocalDate.of(2022, 1, 30);

	/**
	 * Builds the data set as of the start of {@code today} (UTC).
	 * @param today the current day; every asset has at least 730 daily states from
	 * 2025-11-13 on (weETH opened on 2023-11-15)
	 * @return the immutable data set
	 * @throws IllegalArgumentException if {@code today} is null or before
	 * {@link #EARLIEST_TODAY}
	 */
	public static SampleDataSet build(LocalDate today) {
		if (today == null || today.isBefore(EARLIEST_TODAY)) {
			throw new IllegalArgumentException("today must be on or after " + EARLIEST_TODAY + ", was " + today);
		}
		MarketContext market = new MarketContext(RealHistory.load(), today);
		return new SampleDataSet(today, SampleAssets.assets(), new PoolStateBuilder(market).build(),
				new LiquidityBuilder(market).build(), SampleAssets.lendingMarkets());
	}

	public SampleDataSet {
		Objects.requireNonNull(today, "today");
		assets = List.copyOf(assets);
		poolStates = Collections.unmodifiableMap(new LinkedHashMap<>(poolStates));
		liquidityStates = Collections.unmodifiableMap(new LinkedHashMap<>(liquidityStates));
		lendingMarkets = List.copyOf(lendingMarkets);
	}

}
