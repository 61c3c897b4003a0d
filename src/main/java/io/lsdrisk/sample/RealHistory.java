package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The real series of {@code db/sample} that the pool and liquidity states use, loaded as
 * written (see {@code db/sample/SOURCES.md}).
 *
 * @param stEthEth Chainlink stETH/ETH rounds
 * @param ethUsd Chainlink ETH/USD rounds
 * @param reth Rocket Pool balance updates by block time
 * @param curve Curve stETH/ETH pool daily balances
 * @param ethUsdDaily Chainlink ETH/USD as read by the Aave v3 oracle at 00:00 UTC each
 * day (2024-01-01..2025-09-29)
 * @param ethUsdCex Binance ETHUSDT daily closes (2024-01-01..2026-07-25), in USDT
 * @param rates real protocol exchange rates by symbol and day, other than Rocket Pool's
 * events: wstETH and weETH (Aave v3 oracle, daily), weETH before that and rETH and cbETH
 * (Aave CAPO reports)
 */
record RealHistory(Feed stEthEth, Feed ethUsd, NavigableMap<Instant, RethBalance> reth, List<CurveBalance> curve,
		Feed ethUsdDaily, Feed ethUsdCex, Map<String, NavigableMap<LocalDate, RatePoint>> rates) {

	static final String STETH_FILE = "steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv";

	static final String ETH_USD_FILE = "eth_usd_chainlink_feed_rounds_2023-04_2024-01.csv";

	static final String RETH_FILE = "reth_protocol_exchange_rate_rocketpool_2021-10_2024-09.csv";

	static final String CURVE_FILE = "curve_steth_pool_balances_daily_2021-09_2022-06.csv";

	static final String ETH_USD_DAILY_FILE = "eth_usd_daily_aave_v3_oracle_2024-01_2025-09.csv";

	static final String ETH_USD_CEX_FILE = "eth_usdt_daily_binance_2024-01_2026-07.csv";

	static final String WSTETH_FILE = "wsteth_steth_per_token_daily_aave_v3_oracle_2024-05_2025-09.csv";

	static final String WEETH_FILE = "weeth_eth_rate_daily_aave_v3_oracle_2024-05_2025-09.csv";

	static final String CAPO_FILE = "lst_lrt_exchange_rates_aave_capo_reports_2024-01_2025-06.csv";

	static final String ETH_USD_DAILY_FEED = "Chainlink ETH/USD read by the Aave v3 oracle";

	static final String ETH_USD_CEX_FEED = "Binance ETHUSDT (USDT, CEX) daily";

	/**
	 * The assets of the CAPO reports that are lsdrisk assets (the others are ignored).
	 */
	static final List<String> CAPO_ASSETS = List.of("weETH", "rETH", "cbETH");

	static final String STETH_FEED = "Chainlink stETH/ETH 0x86392dC19c0b719886221c78AB11eb8Cf5c52812";

	static final String ETH_USD_FEED = "Chainlink ETH/USD 0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419";

	static final String CURVE_POOL = "Curve stETH/ETH pool 0xDC24316b9AE028F1497c275EB9192a3Ea0f67022";

	/**
	 * Oldest feed answer still taken as current. Both feeds update at least once per
	 * heartbeat (ETH/USD 1 h, stETH/ETH 24 h); a day bounds the staleness of either.
	 */
	static final Duration MAX_AGE = Duration.ofDays(1);

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static RealHistory load() {
		Feed stEthEth = Feed.load(STETH_FILE, STETH_FEED, "round_id", "updated_at_unix", "steth_eth");
		Feed ethUsd = Feed.load(ETH_USD_FILE, ETH_USD_FEED, "round_id", "updated_at_unix", "eth_usd");
		TreeMap<Instant, RethBalance> reth = new TreeMap<>();
		for (String[] row : SampleCsv.read(RETH_FILE, "block", "balances_block_time_utc", "total_eth", "reth_supply",
				"reth_eth_rate")) {
			Instant at = LocalDateTime.parse(row[1], UTC_TIME).toInstant(ZoneOffset.UTC);
			reth.put(at, new RethBalance(at, Long.parseLong(row[0]), new BigDecimal(row[2]), new BigDecimal(row[3]),
					new BigDecimal(row[4])));
		}
		List<CurveBalance> curve = new ArrayList<>();
		for (String[] row : SampleCsv.read(CURVE_FILE, "unix_ts", "eth_balance", "steth_balance",
				"implied_spot_steth_eth_A50")) {
			curve.add(new CurveBalance(Instant.ofEpochSecond(Long.parseLong(row[0])), new BigDecimal(row[1]),
					new BigDecimal(row[2]), new BigDecimal(row[3])));
		}
		Feed ethUsdDaily = Feed.load(ETH_USD_DAILY_FILE, ETH_USD_DAILY_FEED, "block", "block", "unix_ts", "eth_usd");
		Feed ethUsdCex = Feed.dailyCloses(ETH_USD_CEX_FILE, ETH_USD_CEX_FEED);
		Map<String, NavigableMap<LocalDate, RatePoint>> rates = new LinkedHashMap<>();
		NavigableMap<LocalDate, RatePoint> wstEth = aaveDaily(WSTETH_FILE, "wsteth_usd", "steth_per_wsteth",
				"Lido share rate stEthPerToken");
		NavigableMap<LocalDate, RatePoint> weEth = aaveDaily(WEETH_FILE, "weeth_usd", "eeth_per_weeth",
				"ether.fi weETH getRate");
		Map<String, TreeMap<LocalDate, RatePoint>> capo = capoReports();
		// The Aave daily file is complete and on-chain at a known block: it is preferred
		// where it overlaps a report day.
		TreeMap<LocalDate, RatePoint> weEthAll = new TreeMap<>(capo.get("weETH").headMap(weEth.firstKey()));
		weEthAll.putAll(weEth);
		rates.put("wstETH", wstEth);
		rates.put("weETH", Collections.unmodifiableNavigableMap(weEthAll));
		rates.put("rETH", Collections.unmodifiableNavigableMap(capo.get("rETH")));
		rates.put("cbETH", Collections.unmodifiableNavigableMap(capo.get("cbETH")));
		return new RealHistory(stEthEth, ethUsd, Collections.unmodifiableNavigableMap(reth),
				Collections.unmodifiableList(curve), ethUsdDaily, ethUsdCex, Collections.unmodifiableMap(rates));
	}

	/**
	 * A daily Aave v3 oracle file: the rate is the file's ratio of two USD prices of the
	 * same block; ETH/USD is that block's Chainlink ETH/USD.
	 */
	private static NavigableMap<LocalDate, RatePoint> aaveDaily(String file, String usdColumn, String rateColumn,
			String what) {
		TreeMap<LocalDate, RatePoint> points = new TreeMap<>();
		for (String[] row : SampleCsv.read(file, "date", "unix_ts", "block", rateColumn, "eth_usd")) {
			String citation = what + " via Aave v3 oracle (CAPO adapter) " + rateColumn + " = " + usdColumn
					+ " / eth_usd, block " + row[2] + " (" + file + ")";
			points.put(LocalDate.parse(row[0]),
					new RatePoint(LocalDate.parse(row[0]), Instant.ofEpochSecond(Long.parseLong(row[1])),
							Long.parseLong(row[2]), new BigDecimal(row[3]), new BigDecimal(row[4]), citation,
							"ethUsd real: Chainlink ETH/USD via Aave v3 oracle, same block"));
		}
		return Collections.unmodifiableNavigableMap(points);
	}

	/**
	 * The CAPO report rows of {@link #CAPO_ASSETS}. A report gives a day, not a time: the
	 * point is dated 23:59:59 UTC of that day, the latest moment its snapshot can have
	 * been taken (on 20 of the 24 days both files cover, a report's wstETH rate of day D
	 * equals the Aave 00:00 snapshot of day D+1, so the snapshot is late in day D). Where
	 * report versions disagree on a day, the latest version (by commit date) is kept.
	 */
	private static Map<String, TreeMap<LocalDate, RatePoint>> capoReports() {
		Map<String, TreeMap<LocalDate, RatePoint>> byAsset = new LinkedHashMap<>();
		Map<String, String> commitDates = new HashMap<>();
		CAPO_ASSETS.forEach((asset) -> byAsset.put(asset, new TreeMap<>()));
		for (String[] row : SampleCsv.read(CAPO_FILE, "asset", "date", "asset_eth_rate", "eth_usd", "report_path",
				"commit_full", "commit_date")) {
			TreeMap<LocalDate, RatePoint> points = byAsset.get(row[0]);
			if (points == null) {
				continue;
			}
			LocalDate day = LocalDate.parse(row[1]);
			String key = row[0] + " " + day;
			String previous = commitDates.get(key);
			if (previous != null && previous.compareTo(row[6]) >= 0) {
				continue;
			}
			commitDates.put(key, row[6]);
			String citation = "Aave CAPO report " + row[4] + " commit " + row[5].substring(0, 8) + ": capped " + row[0]
					+ "/ETH rate of " + day + " (day only, dated its end) (" + CAPO_FILE + ")";
			Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
			points.put(day, new RatePoint(day, endOfDay, null, new BigDecimal(row[2]), new BigDecimal(row[3]), citation,
					"ethUsd real: the same report row's ETH/USD"));
		}
		return byAsset;
	}

	/** The last Rocket Pool balance update of each UTC day. */
	NavigableMap<LocalDate, RethBalance> lastRethPerDay() {
		TreeMap<LocalDate, RethBalance> days = new TreeMap<>();
		for (RethBalance balance : this.reth.values()) {
			days.put(LocalDate.ofInstant(balance.at(), ZoneOffset.UTC), balance);
		}
		return days;
	}

	/**
	 * The Rocket Pool exchange rate current at an instant, null before the first event.
	 */
	RethBalance rethAt(Instant instant) {
		var entry = this.reth.floorEntry(instant);
		return (entry != null) ? entry.getValue() : null;
	}

}
