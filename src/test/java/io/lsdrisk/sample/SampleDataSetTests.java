package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.lsdrisk.asset.AssetRequest;
import io.lsdrisk.asset.PoolStateRequest;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.collateral.LendingMarketRequest;
import io.lsdrisk.collateral.OracleMode;
import io.lsdrisk.liquidity.LiquidityPoolStateRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Realism and provenance of the sample data, checked against the real files (read
 * independently), published parameters and the bounds the issue sets.
 */
class SampleDataSetTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final Instant CUTOFF = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();

	private static final SampleDataSet DATA = SampleDataSet.build(TODAY);

	private static final List<String> SYMBOLS = List.of("stETH", "wstETH", "rETH", "cbETH", "sfrxETH", "weETH");

	@Test
	void assetsCarryTheMainnetContractsAndTokenModels() {
		Map<String, String> contracts = Map.of("stETH", "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84", "wstETH",
				"0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0", "rETH", "0xae78736Cd615f374D3085123A210448E74Fc6393",
				"cbETH", "0xBe9895146f7AF43049ca1c1AE358B0541Ea49704", "sfrxETH",
				"0xac3E018457B222d93114458476f3E3416Abbe38F", "weETH", "0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee");
		assertThat(DATA.assets()).extracting(AssetRequest::symbol).containsExactlyElementsOf(SYMBOLS);
		for (AssetRequest asset : DATA.assets()) {
			assertThat(asset.metadata().get("contractAddress")).as(asset.symbol())
				.isEqualTo(contracts.get(asset.symbol()));
			assertThat(asset.tokenModel()).as(asset.symbol())
				.isEqualTo(asset.symbol().equals("stETH") ? TokenModel.REBASING : TokenModel.NON_REBASING);
			assertThat(asset.underlying()).isEqualTo("ETH");
			assertThat(asset.withdrawalsEnabledAt()).as(asset.symbol()).isAfterOrEqualTo(asset.launchDate());
			assertThat(asset.metadata().get("note").toString()).contains("approximate");
		}
		AssetRequest steth = DATA.assets().get(0);
		assertThat(steth.launchDate()).isEqualTo(LocalDate.of(2020, 12, 18));
		assertThat(DATA.assets().get(2).launchDate()).isEqualTo(LocalDate.of(2021, 11, 9));
		assertThat(DATA.assets().get(3).launchDate()).isEqualTo(LocalDate.of(2022, 8, 24));
	}

	/**
	 * Regimes are dated from each protocol's own redemption opening: Lido V2's withdrawal
	 * queue 2023-05-15 (stETH and wstETH), Rocket Pool's Atlas upgrade 2023-04-18 (docs:
	 * deployed 2023-04-18 00:00 UTC), Coinbase's unstaking about 24 h after the fork,
	 * 2023-04-13, Frax's redemption queue about 2024-01-01, ether.fi's liquidity pool
	 * from the open launch 2023-11-15. None is before Shapella (2023-04-12), which the
	 * metadata names separately.
	 */
	@Test
	void withdrawalDatesAreEachProtocolsOwnOpening() {
		Map<String, LocalDate> expected = Map.of("stETH", LocalDate.of(2023, 5, 15), "wstETH",
				LocalDate.of(2023, 5, 15), "rETH", LocalDate.of(2023, 4, 18), "cbETH", LocalDate.of(2023, 4, 13),
				"sfrxETH", LocalDate.of(2024, 1, 1), "weETH", LocalDate.of(2023, 11, 15));
		for (AssetRequest asset : DATA.assets()) {
			assertThat(asset.withdrawalsEnabledAt()).as(asset.symbol()).isEqualTo(expected.get(asset.symbol()));
			assertThat(asset.withdrawalsEnabledAt()).isAfterOrEqualTo(LocalDate.of(2023, 4, 12));
			assertThat(asset.metadata()).containsEntry("shapella", "2023-04-12");
		}
		assertThat(DATA.assets().get(0).metadata().get("remark").toString()).contains("2023-05-15")
			.contains("Shapella")
			.contains("2023-04-12");
	}

	@Test
	void everyAssetHasTwoYearsOfDailyStatesNoneInTheFuture() {
		assertThat(DATA.poolStates().keySet()).containsExactlyElementsOf(SYMBOLS);
		DATA.poolStates().forEach((symbol, rows) -> {
			assertThat(rows.size()).as(symbol).isGreaterThanOrEqualTo(730);
			Set<LocalDate> days = new HashSet<>();
			for (int i = 0; i < rows.size(); i++) {
				Instant at = rows.get(i).observedAt();
				assertThat(at).as(symbol).isBeforeOrEqualTo(CUTOFF);
				if (i > 0) {
					assertThat(at).as(symbol).isAfter(rows.get(i - 1).observedAt());
				}
				assertThat(days.add(LocalDate.ofInstant(at, ZoneOffset.UTC))).as(symbol + " one row per day " + at)
					.isTrue();
			}
			assertThat(rows.get(rows.size() - 1).observedAt()).as(symbol).isEqualTo(CUTOFF);
		});
	}

	/**
	 * The days each asset has a real row, read from the files independently: the real
	 * series' ranges (SOURCES.md) and, for weETH before the Aave daily file starts, the
	 * days of the CAPO reports.
	 */
	private static boolean realDay(String symbol, LocalDate day, Set<LocalDate> weEthReportDays) {
		return switch (symbol) {
			case "stETH" -> !day.isAfter(LocalDate.of(2024, 1, 28));
			case "wstETH" -> between(day, "2024-05-12", "2025-09-29");
			case "rETH" -> !day.isAfter(LocalDate.of(2024, 9, 5)) || between(day, "2025-04-15", "2025-05-08");
			case "cbETH" -> between(day, "2025-04-15", "2025-05-08");
			case "weETH" -> between(day, "2024-05-12", "2025-09-29")
					|| (day.isBefore(LocalDate.of(2024, 5, 12)) && weEthReportDays.contains(day));
			default -> false;
		};
	}

	private static boolean between(LocalDate day, String first, String last) {
		return !day.isBefore(LocalDate.parse(first)) && !day.isAfter(LocalDate.parse(last));
	}

	private static Set<LocalDate> reportDays(String asset) {
		return SampleFiles.rows(CAPO)
			.stream()
			.filter((row) -> row[0].equals(asset))
			.map((row) -> LocalDate.parse(row[1]))
			.collect(Collectors.toSet());
	}

	private static final String CAPO = "lst_lrt_exchange_rates_aave_capo_reports_2024-01_2025-06.csv";

	@Test
	void sourcesSeparateRealFromSyntheticRows() {
		Set<LocalDate> weEthReportDays = reportDays("weETH");
		Map<String, Integer> realRows = new HashMap<>();
		DATA.poolStates().forEach((symbol, rows) -> {
			for (PoolStateRequest row : rows) {
				LocalDate day = LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC);
				boolean expectReal = realDay(symbol, day, weEthReportDays);
				assertThat(row.source()).as(symbol + " " + day).isNotBlank().hasSizeLessThanOrEqualTo(500);
				assertThat(row.source().startsWith("synthetic")).as(symbol + " " + day + " " + row.source())
					.isEqualTo(!expectReal);
				if (!expectReal) {
					assertThat(row.source()).startsWith("synthetic:v2 seed=").contains(" model=");
					assertThat(row.observedAt()).isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
				}
				else {
					assertThat(row.source()).containsPattern("\\.csv\\)");
					realRows.merge(symbol, 1, Integer::sum);
				}
				if (expectReal && row.ethUsd() != null) {
					assertThat(row.source()).contains("ethUsd real: ");
				}
			}
		});
		// Real days: stETH 730 (all days 2022-01-29..2024-01-28); wstETH 506 (the Aave
		// file's days); rETH 974 Rocket Pool days + 24 report days; cbETH 24; weETH the
		// report days before 2024-05-12 plus the Aave file's 506.
		long weEthEarly = weEthReportDays.stream().filter((day) -> day.isBefore(LocalDate.of(2024, 5, 12))).count();
		assertThat(realRows).containsEntry("stETH", 730)
			.containsEntry("wstETH", 506)
			.containsEntry("rETH", 974 + 24)
			.containsEntry("cbETH", 24)
			.containsEntry("weETH", (int) (506 + weEthEarly))
			.doesNotContainKey("sfrxETH");
		DATA.liquidityStates().forEach((symbol, venues) -> venues.forEach((venue, rows) -> {
			for (LiquidityPoolStateRequest row : rows) {
				boolean expectReal = venue.equals("curve-steth-eth")
						&& row.observedAt().isBefore(Instant.parse("2022-06-23T00:00:00Z"));
				assertThat(row.source()).isNotBlank().hasSizeLessThanOrEqualTo(500);
				assertThat(row.source().startsWith("synthetic")).as(venue + " " + row.observedAt())
					.isEqualTo(!expectReal);
			}
		}));
	}

	/**
	 * Rows of the newer real files, checked against values read by hand from the CSVs.
	 */
	@Test
	void newerRealRatesAreLoadedAsWritten() {
		// wsteth_steth_per_token_daily...: 2025-01-15,...,1736899200,21626161,...,
		// 3233.666747,1.1906495548
		PoolStateRequest wsteth = row("wstETH", "2025-01-15T00:00:00Z");
		assertThat(wsteth.exchangeRate()).isEqualTo(new BigDecimal("1.1906495548"));
		assertThat(wsteth.blockNumber()).isEqualTo(21626161L);
		assertThat(wsteth.ethUsd()).isEqualTo(new BigDecimal("3233.666747"));
		assertThat(wsteth.marketPriceEth()).as("no real stETH/ETH market price after 2024-01-28").isNull();
		assertThat(wsteth.source()).contains("wsteth_steth_per_token_daily_aave_v3_oracle_2024-05_2025-09.csv")
			.contains("block 21626161");
		// weeth_eth_rate_daily...: 2025-09-29, block 23464929, eth_usd 4140.2404,
		// 1.0778675664 (its last row)
		PoolStateRequest weeth = row("weETH", "2025-09-29T00:00:00Z");
		assertThat(weeth.exchangeRate()).isEqualTo(new BigDecimal("1.0778675664"));
		assertThat(weeth.ethUsd()).isEqualTo(new BigDecimal("4140.2404"));
		// CAPO reports: rETH 2025-04-15 1.1338896305 with ETH/USD 1629.85496155;
		// cbETH 2025-05-08 1.0999425314; weETH 2024-01-02 1.0279040595. A report gives
		// only the day: the row is dated at its end.
		PoolStateRequest reth = row("rETH", "2025-04-15T23:59:59Z");
		assertThat(reth.exchangeRate()).isEqualTo(new BigDecimal("1.1338896305"));
		assertThat(reth.ethUsd()).isEqualTo(new BigDecimal("1629.85496155"));
		assertThat(reth.source()).contains("reports/rETH_Ethereum.md").contains("commit 745947b7");
		assertThat(row("cbETH", "2025-05-08T23:59:59Z").exchangeRate()).isEqualTo(new BigDecimal("1.0999425314"));
		assertThat(row("weETH", "2024-01-02T23:59:59Z").exchangeRate()).isEqualTo(new BigDecimal("1.0279040595"));
		// weETH 2024-03-13 has two report versions (1.0336849977 committed 2024-05-02,
		// 1.0337610779 committed 2024-06-07): the later one is kept.
		assertThat(row("weETH", "2024-03-13T23:59:59Z").exchangeRate()).isEqualTo(new BigDecimal("1.0337610779"));
	}

	/**
	 * ETH/USD in rows at 00:00 UTC after the Chainlink rounds end: the Aave daily value
	 * (on-chain) where it exists, then the Binance close of the day before (CEX), then
	 * generated; values read by hand from the CSVs.
	 */
	@Test
	void ethUsdPrefersOnChainThenCexThenGenerated() {
		// eth_usd_daily_aave_v3_oracle...: 2024-06-01,...,19993249,3762.17
		PoolStateRequest onChain = row("sfrxETH", "2024-06-01T00:00:00Z");
		assertThat(onChain.ethUsd()).isEqualTo(new BigDecimal("3762.17"));
		assertThat(onChain.source())
			.contains("ethUsd real: Chainlink ETH/USD read by the Aave v3 oracle block 19993249");
		// eth_usdt_daily_binance...: 2026-01-09 close 3088.4
		PoolStateRequest cex = row("sfrxETH", "2026-01-10T00:00:00Z");
		assertThat(cex.ethUsd()).isEqualTo(new BigDecimal("3088.4"));
		assertThat(cex.source()).contains("ethUsd real: Binance ETHUSDT (USDT, CEX) daily close of 2026-01-09");
		for (PoolStateRequest row : DATA.poolStates().get("sfrxETH")) {
			LocalDate day = LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC);
			boolean realEthUsd = between(day, "2023-04-06", "2026-07-26");
			assertThat(row.source().contains("ethUsd real: ")).as(day.toString()).isEqualTo(realEthUsd);
			assertThat(row.ethUsd()).isNotNull();
		}
	}

	private static PoolStateRequest row(String symbol, String observedAt) {
		return DATA.poolStates()
			.get(symbol)
			.stream()
			.filter((row) -> row.observedAt().equals(Instant.parse(observedAt)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + symbol + " row at " + observedAt));
	}

	@Test
	void realStethRowsAreTheLastChainlinkRoundOfEachDayAsIs() {
		TreeMap<LocalDate, String[]> lastPerDay = new TreeMap<>();
		for (String[] row : SampleFiles.rows("steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv")) {
			lastPerDay.put(LocalDate.parse(row[2].substring(0, 10)), row);
		}
		List<PoolStateRequest> real = DATA.poolStates()
			.get("stETH")
			.stream()
			.filter((row) -> !row.source().startsWith("synthetic"))
			.toList();
		assertThat(real).hasSize(lastPerDay.size()).hasSize(730);
		int i = 0;
		for (String[] round : lastPerDay.values()) {
			PoolStateRequest row = real.get(i++);
			assertThat(row.observedAt()).isEqualTo(Instant.ofEpochSecond(Long.parseLong(round[1])));
			assertThat(row.marketPriceEth()).isEqualTo(new BigDecimal(round[3]));
			assertThat(row.exchangeRate()).isEqualTo(BigDecimal.ONE);
			assertThat(row.source()).contains("round " + round[0])
				.contains("0x86392dC19c0b719886221c78AB11eb8Cf5c52812");
			assertThat(row.totalPooledEth()).isNull();
			assertThat(row.stakingApr()).isNull();
		}
	}

	@Test
	void realRethRowsCopyTheRocketPoolEventsAsIs() {
		Map<LocalDate, String[]> lastPerDay = new HashMap<>();
		for (String[] row : SampleFiles.rows("reth_protocol_exchange_rate_rocketpool_2021-10_2024-09.csv")) {
			lastPerDay.put(LocalDate.parse(row[1].substring(0, 10)), row);
		}
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		List<PoolStateRequest> real = DATA.poolStates()
			.get("rETH")
			.stream()
			.filter((row) -> row.source().startsWith("Rocket Pool BalancesUpdated"))
			.toList();
		// 2022-01-01..2024-09-05 is 979 days; the file has no event on 5 of them.
		assertThat(real).hasSize(974);
		for (PoolStateRequest row : real) {
			String[] event = lastPerDay.get(LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC));
			assertThat(row.observedAt()).isEqualTo(LocalDateTime.parse(event[1], format).toInstant(ZoneOffset.UTC));
			assertThat(row.blockNumber()).isEqualTo(Long.parseLong(event[0]));
			assertThat(row.exchangeRate()).isEqualTo(new BigDecimal(event[5]));
			assertThat(row.totalPooledEth()).isEqualTo(new BigDecimal(event[2]));
			assertThat(row.tokenSupply()).isEqualTo(new BigDecimal(event[4]));
			assertThat(row.marketPriceEth()).as("no real rETH market price exists").isNull();
		}
	}

	@Test
	void realEthUsdIsTheChainlinkAnswerCurrentAtTheObservation() {
		TreeMap<Instant, BigDecimal> feed = new TreeMap<>();
		for (String[] row : SampleFiles.rows("eth_usd_chainlink_feed_rounds_2023-04_2024-01.csv")) {
			feed.put(Instant.ofEpochSecond(Long.parseLong(row[1])), new BigDecimal(row[3]));
		}
		int checked = 0;
		for (List<PoolStateRequest> rows : DATA.poolStates().values()) {
			for (PoolStateRequest row : rows) {
				if (row.source().contains("ethUsd real: Chainlink ETH/USD 0x5f4e")) {
					var entry = feed.floorEntry(row.observedAt());
					assertThat(row.ethUsd()).isEqualTo(entry.getValue());
					assertThat(entry.getKey()).isAfter(row.observedAt().minusSeconds(7200));
					checked++;
				}
			}
		}
		// Every series has rows between 2023-04-06 and 2024-01-29 except weETH (from
		// 2023-11-15).
		assertThat(checked).isGreaterThan(5 * 290);
	}

	@Test
	void june2022StethDiscountComesFromTheRealFeed() {
		double minimum = DATA.poolStates()
			.get("stETH")
			.stream()
			.filter((row) -> row.observedAt().toString().startsWith("2022-06"))
			.mapToDouble((row) -> row.marketPriceEth().doubleValue())
			.min()
			.orElseThrow();
		// SOURCES.md: the lowest round is 0.93502 on 2022-06-18; daily last rounds stay
		// near it.
		assertThat(minimum).isBetween(0.935, 0.95);
	}

	@Test
	void ratesArePositiveAndSyntheticRatesNeverFall() {
		DATA.poolStates().forEach((symbol, rows) -> {
			BigDecimal previous = null;
			for (PoolStateRequest row : rows) {
				assertThat(row.exchangeRate().signum()).isPositive();
				if (row.marketPriceEth() != null) {
					assertThat(row.marketPriceEth().signum()).isPositive();
				}
				if (row.ethUsd() != null) {
					assertThat(row.ethUsd().doubleValue()).as(symbol + " " + row.observedAt())
						.isBetween(500.0, 10_000.0);
				}
				if (row.source().startsWith("synthetic") && previous != null) {
					assertThat(row.exchangeRate()).as(symbol + " " + row.observedAt()).isGreaterThanOrEqualTo(previous);
				}
				previous = row.exchangeRate();
			}
		});
	}

	@Test
	void yearOnYearExchangeRateGrowthIsAStakingApr() {
		for (String symbol : SYMBOLS.subList(1, SYMBOLS.size())) {
			Map<LocalDate, Double> rates = DATA.poolStates()
				.get(symbol)
				.stream()
				.collect(Collectors.toMap((row) -> LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC),
						(row) -> row.exchangeRate().doubleValue()));
			int windows = 0;
			for (Map.Entry<LocalDate, Double> entry : rates.entrySet()) {
				Double yearBefore = rates.get(entry.getKey().minusDays(365));
				if (yearBefore != null) {
					// DOMAIN.md: APR over d days = (R_t / R_{t-d} - 1) * 365 / d.
					double apr = entry.getValue() / yearBefore - 1.0;
					assertThat(apr).as(symbol + " " + entry.getKey()).isBetween(0.02, 0.06);
					windows++;
				}
			}
			assertThat(windows).as(symbol).isGreaterThan(300);
		}
	}

	@Test
	void syntheticPegsStayNearParAndMeanRevert() {
		for (String symbol : SYMBOLS) {
			List<Double> logPegs = DATA.poolStates()
				.get(symbol)
				.stream()
				.filter((row) -> row.marketPriceEth() != null)
				.filter((row) -> row.source().startsWith("synthetic") && !row.source().contains("stETH peg real"))
				.map((row) -> Math.log(row.marketPriceEth().doubleValue() / row.exchangeRate().doubleValue()))
				.toList();
			assertThat(logPegs.size()).as(symbol).isGreaterThan(400);
			double mean = logPegs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			for (double logPeg : logPegs) {
				assertThat(Math.exp(logPeg)).as(symbol).isBetween(0.90 - 1e-9, 1.01 + 1e-9);
			}
			// AR(1) slope of x_{t+1} on x_t: below 1 for a mean-reverting series.
			double numerator = 0;
			double denominator = 0;
			for (int i = 1; i < logPegs.size(); i++) {
				numerator += (logPegs.get(i - 1) - mean) * (logPegs.get(i) - mean);
				denominator += (logPegs.get(i - 1) - mean) * (logPegs.get(i - 1) - mean);
			}
			assertThat(numerator / denominator).as(symbol).isLessThan(0.99);
			assertThat(Math.exp(mean)).as(symbol).isCloseTo(1.0, within(0.01));
		}
	}

	@Test
	void wstethPriceIsItsRateTimesTheStethPeg() {
		Map<Instant, PoolStateRequest> steth = DATA.poolStates()
			.get("stETH")
			.stream()
			.collect(Collectors.toMap(PoolStateRequest::observedAt, (row) -> row));
		int checked = 0;
		for (PoolStateRequest row : DATA.poolStates().get("wstETH")) {
			PoolStateRequest stethRow = steth.get(row.observedAt());
			if (stethRow != null && row.marketPriceEth() != null) {
				double peg = row.marketPriceEth().doubleValue() / row.exchangeRate().doubleValue();
				assertThat(peg).isCloseTo(stethRow.marketPriceEth().doubleValue(), within(1e-11));
				checked++;
			}
		}
		// The days both have at 00:00: stETH's synthetic days (2024-01-29 on) less
		// wstETH's real days (2024-05-12..2025-09-29, which have no market price).
		assertThat(checked).isGreaterThan(500);
	}

	@Test
	void aaveV2StethParametersMatchTheSnapshotsSingleAssetAccounts() {
		Map<String, Long> counts = SampleFiles.rows("aave_v2_steth_collateral_positions_snapshot_2023-06.csv")
			.stream()
			.collect(Collectors.groupingBy((row) -> row[5] + "/" + row[6], Collectors.counting()));
		String mostCommon = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		LendingMarketRequest v2 = market("aave-v2", "stETH");
		assertThat(mostCommon).isEqualTo(
				v2.liquidationThreshold().movePointRight(4).intValue() + "/" + v2.ltv().movePointRight(4).intValue());
		assertThat(v2.oracleMode()).isEqualTo(OracleMode.MARKET);
		assertThat(v2.supplyCap()).isNull();
	}

	@Test
	void lendingMarketsAreAaveLike() {
		for (String symbol : SYMBOLS) {
			LendingMarketRequest normal = market("aave-v3", symbol);
			LendingMarketRequest emode = market("aave-v3-emode", symbol);
			assertThat(normal.emode()).isFalse();
			assertThat(normal.oracleMode()).isEqualTo(OracleMode.EXCHANGE_RATE);
			assertThat(normal.liquidationThreshold()).isGreaterThan(normal.ltv());
			assertThat(normal.supplyCap().signum()).isPositive();
			assertThat(emode.emode()).isTrue();
			assertThat(emode.ltv()).isEqualByComparingTo("0.93");
			assertThat(emode.liquidationThreshold()).isEqualByComparingTo("0.95");
			assertThat(emode.liquidationBonus()).isEqualByComparingTo("0.01");
		}
		assertThat(market("aave-v3", "wstETH").ltv()).isEqualByComparingTo("0.785");
		assertThat(market("aave-v3", "weETH").liquidationThreshold()).isEqualByComparingTo("0.75");
	}

	@Test
	void realCurveBalancesAreKeptAndContinuedByDocumentedParameters() {
		List<LiquidityPoolStateRequest> pool = DATA.liquidityStates().get("stETH").get("curve-steth-eth");
		List<String[]> file = SampleFiles.rows("curve_steth_pool_balances_daily_2021-09_2022-06.csv");
		for (int i = 0; i < file.size(); i++) {
			LiquidityPoolStateRequest row = pool.get(i);
			assertThat(row.observedAt()).isEqualTo(Instant.ofEpochSecond(Long.parseLong(file.get(i)[0])));
			assertThat(row.balanceLsd()).isEqualTo(new BigDecimal(file.get(i)[3]));
			assertThat(row.balanceEth()).isEqualTo(new BigDecimal(file.get(i)[4]));
			assertThat(row.amplification()).isEqualByComparingTo("50");
			assertThat(row.fee()).isEqualByComparingTo("0.0004");
		}
		for (LiquidityPoolStateRequest row : pool) {
			assertThat(row.balanceEth().signum()).isPositive();
			assertThat(row.balanceLsd().signum()).isPositive();
			if (row.observedAt().isAfter(Instant.parse("2023-02-08T00:00:00Z"))) {
				assertThat(row.amplification()).isEqualByComparingTo("30");
				assertThat(row.fee()).isEqualByComparingTo("0.0001");
			}
		}
		assertThat(pool.get(pool.size() - 1).observedAt()).isEqualTo(CUTOFF);
		assertThat(DATA.liquidityStates().get("rETH").get("curve-reth-eth").get(0).observedAt())
			.isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
	}

	@Test
	void syntheticStethPoolPricesAtTheDaysPeg() {
		// The peg current at 00:00: in wstETH's synthetic rows (price over rate), and
		// after 2024-01-28 in stETH's rows, all at 00:00.
		Map<LocalDate, Double> pegAtMidnight = new HashMap<>();
		DATA.poolStates()
			.get("wstETH")
			.stream()
			.filter((row) -> row.marketPriceEth() != null)
			.forEach((row) -> pegAtMidnight.put(LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC),
					row.marketPriceEth().doubleValue() / row.exchangeRate().doubleValue()));
		DATA.poolStates()
			.get("stETH")
			.stream()
			.filter((row) -> row.source().startsWith("synthetic"))
			.forEach((row) -> pegAtMidnight.put(LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC),
					row.marketPriceEth().doubleValue()));
		int checked = 0;
		for (LiquidityPoolStateRequest row : DATA.liquidityStates().get("stETH").get("curve-steth-eth")) {
			Double peg = pegAtMidnight.get(LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC));
			if (row.source().startsWith("synthetic") && peg != null) {
				double price = StableSwapSpot.price(row.balanceEth().doubleValue(), row.balanceLsd().doubleValue(),
						row.amplification().doubleValue());
				assertThat(price).isCloseTo(peg, within(1e-6));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	private static LendingMarketRequest market(String market, String symbol) {
		return DATA.lendingMarkets()
			.stream()
			.filter((m) -> m.market().equals(market) && m.symbol().equals(symbol))
			.findFirst()
			.orElseThrow();
	}

}
