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

	@Test
	void sourcesSeparateRealFromSyntheticRows() {
		LocalDate lastRealSteth = LocalDate.of(2024, 1, 28);
		LocalDate lastRealReth = LocalDate.of(2024, 9, 5);
		DATA.poolStates().forEach((symbol, rows) -> {
			for (PoolStateRequest row : rows) {
				LocalDate day = LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC);
				boolean expectReal = switch (symbol) {
					case "stETH" -> !day.isAfter(lastRealSteth);
					case "rETH" -> !day.isAfter(lastRealReth);
					default -> false;
				};
				assertThat(row.source()).as(symbol + " " + day).isNotBlank().hasSizeLessThanOrEqualTo(500);
				assertThat(row.source().startsWith("synthetic")).as(symbol + " " + day + " " + row.source())
					.isEqualTo(!expectReal);
				if (!expectReal) {
					assertThat(row.observedAt()).isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
				}
				if (expectReal && row.ethUsd() != null) {
					assertThat(row.source()).contains("ethUsd real: Chainlink ETH/USD");
				}
			}
		});
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
			.filter((row) -> !row.source().startsWith("synthetic"))
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
				if (row.source().contains("ethUsd real")) {
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
				assertThat(Math.exp(logPeg)).as(symbol).isBetween(0.97 - 1e-9, 1.01 + 1e-9);
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
			if (stethRow != null) {
				double peg = row.marketPriceEth().doubleValue() / row.exchangeRate().doubleValue();
				assertThat(peg).isCloseTo(stethRow.marketPriceEth().doubleValue(), within(1e-11));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(1000);
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
		Map<LocalDate, Double> pegAtMidnight = new HashMap<>();
		DATA.poolStates()
			.get("wstETH")
			.forEach((row) -> pegAtMidnight.put(LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC),
					row.marketPriceEth().doubleValue() / row.exchangeRate().doubleValue()));
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
