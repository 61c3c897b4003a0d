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
import java.util.List;
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
 */
record RealHistory(Feed stEthEth, Feed ethUsd, NavigableMap<Instant, RethBalance> reth, List<CurveBalance> curve) {

	static final String STETH_FILE = "steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv";

	static final String ETH_USD_FILE = "eth_usd_chainlink_feed_rounds_2023-04_2024-01.csv";

	static final String RETH_FILE = "reth_protocol_exchange_rate_rocketpool_2021-10_2024-09.csv";

	static final String CURVE_FILE = "curve_steth_pool_balances_daily_2021-09_2022-06.csv";

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
		return new RealHistory(stEthEth, ethUsd, Collections.unmodifiableNavigableMap(reth),
				Collections.unmodifiableList(curve));
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
