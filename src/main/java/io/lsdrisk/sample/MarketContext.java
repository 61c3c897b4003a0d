package io.lsdrisk.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Market-wide values that several series share (ETH/USD, the stETH/ETH peg, Lido's and
 * Rocket Pool's rates), real where the data files have them and synthetic elsewhere. All
 * synthetic paths start on fixed days and are generated at least to {@code today}.
 */
final class MarketContext {

	/** First day of the sample pool states. */
	static final LocalDate START = LocalDate.of(2022, 1, 1);

	/** Approximate ETH/USD close of 2021-12-31, start of the synthetic ETH/USD bridge. */
	static final double ETH_USD_2022_START = 3680.0;

	/** Chainlink ETH/USD heartbeat is one hour; older answers count as missing. */
	static final Duration ETH_USD_MAX_AGE = Duration.ofHours(2);

	/** Chainlink stETH/ETH heartbeat is a day; allow for drift of the update time. */
	static final Duration STETH_MAX_AGE = Duration.ofDays(2);

	/**
	 * Day of the Aave v3 snapshot whose oracle prices anchor the wstETH and cbETH rates.
	 */
	static final LocalDate AAVE_SNAPSHOT_DAY = LocalDate.of(2023, 6, 21);

	/**
	 * wstETH stETH-per-token on {@link #AAVE_SNAPSHOT_DAY}: the snapshot's wstETH oracle
	 * price over its ETH price, 1941.42439258 / 1719.89763743.
	 */
	static final double WSTETH_RATE_ANCHOR = 1.12880;

	/** cbETH rate on {@link #AAVE_SNAPSHOT_DAY}: 1786.5052977 / 1719.89763743. */
	static final double CBETH_RATE_ANCHOR = 1.03873;

	/** Lido's 10 % fee on rewards. */
	static final double LIDO_NET = 0.90;

	/**
	 * Rocket Pool: node-operator commission and deposit-pool drag; fits rETH 2022-2024.
	 */
	static final double ROCKET_POOL_NET = 0.86;

	/** Long-run stETH/ETH peg after withdrawals: exp(mu) of the 2023-04..2024-01 fit. */
	static final double STETH_POST_PEG = 0.99937;

	/** rETH traded at a small premium while its deposit pool was often full. */
	static final double RETH_PRE_PEG = 1.003;

	static final double RETH_POST_PEG = 1.0;

	final RealHistory real;

	final LocalDate today;

	/** Start of {@code today}, UTC: no row is observed after it. */
	final Instant cutoff;

	final LocalDate lastStEthDay;

	final LocalDate lastRethDay;

	private final DailyPath ethUsdBridge;

	private final DailyPath ethUsdContinuation;

	final DailyPath stEthPeg;

	/** Lido share rate (wstETH stETH-per-token), from the first wstETH row on. */
	final DailyPath lidoRate;

	final DailyPath lidoApr;

	/** rETH continuation after the real Rocket Pool events, from the last real day on. */
	final DailyPath rethRate;

	final DailyPath rethApr;

	/** rETH peg over the whole sample, used by the rETH pool and the continuation. */
	final DailyPath rethPeg;

	MarketContext(RealHistory real, LocalDate today) {
		this.real = real;
		this.today = today;
		this.cutoff = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		this.lastStEthDay = real.stEthEth().lastDay();
		this.lastRethDay = real.lastRethPerDay().lastKey();
		Feed ethUsd = real.ethUsd();
		this.ethUsdBridge = SyntheticModels.ethUsdBridge(DailyNoise.seedOf("ETH/USD"), START, ETH_USD_2022_START,
				ethUsd.firstDay(), ethUsd.rounds().firstEntry().getValue().value().doubleValue());
		this.ethUsdContinuation = SyntheticModels.ethUsdContinuation(DailyNoise.seedOf("ETH/USD"), ethUsd.lastDay(),
				ethUsd.rounds().lastEntry().getValue().value().doubleValue(), atLeast(ethUsd.lastDay()));
		this.stEthPeg = SyntheticModels.peg(DailyNoise.seedOf("stETH"), this.lastStEthDay, atLeast(this.lastStEthDay),
				real.stEthEth().rounds().lastEntry().getValue().value().doubleValue(), SampleAssets.LIDO_WITHDRAWALS,
				STETH_POST_PEG, STETH_POST_PEG);
		LocalDate lidoStart = firstWstEthDay();
		DailyPath[] lido = SyntheticModels.exchangeRate(DailyNoise.seedOf("wstETH"), lidoStart,
				atLeast(AAVE_SNAPSHOT_DAY), 1.0, LIDO_NET);
		this.lidoRate = SyntheticModels.anchored(lido[0], AAVE_SNAPSHOT_DAY, WSTETH_RATE_ANCHOR);
		this.lidoApr = lido[1];
		DailyPath[] reth = SyntheticModels.exchangeRate(DailyNoise.seedOf("rETH"), this.lastRethDay,
				atLeast(this.lastRethDay), real.lastRethPerDay().lastEntry().getValue().rate().doubleValue(),
				ROCKET_POOL_NET);
		this.rethRate = reth[0];
		this.rethApr = reth[1];
		this.rethPeg = SyntheticModels.peg(DailyNoise.seedOf("rETH peg"), START, atLeast(START), RETH_PRE_PEG,
				SampleAssets.SHAPELLA, RETH_PRE_PEG, RETH_POST_PEG);
	}

	/** The later of {@code today} and {@code day}: paths always reach their anchors. */
	LocalDate atLeast(LocalDate day) {
		return this.today.isAfter(day) ? this.today : day;
	}

	/** The first day whose 00:00 UTC has a current real stETH/ETH answer. */
	LocalDate firstWstEthDay() {
		return this.real.stEthEth().firstDay().plusDays(1);
	}

	static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * ETH/USD at an instant: the real Chainlink answer current then if there is one;
	 * otherwise, when {@code allowSynthetic}, the synthetic bridge (before the real feed)
	 * or continuation (after it); otherwise null.
	 */
	Observed ethUsdAt(Instant instant, boolean allowSynthetic) {
		FeedRound round = this.real.ethUsd().currentAt(instant, ETH_USD_MAX_AGE);
		if (round != null) {
			return new Observed(round.value(), true, "ethUsd real: " + this.real.ethUsd().cite(round));
		}
		if (!allowSynthetic) {
			return null;
		}
		LocalDate day = dayOf(instant);
		if (this.ethUsdBridge.covers(day)) {
			return new Observed(Decimals.usd(this.ethUsdBridge.at(day)), false,
					"ethUsd synthetic (log bridge to the first real Chainlink answer)");
		}
		if (day.isAfter(this.ethUsdContinuation.start()) && this.ethUsdContinuation.covers(day)) {
			return new Observed(Decimals.usd(this.ethUsdContinuation.at(day)), false,
					"ethUsd synthetic (continued from the last real Chainlink answer)");
		}
		return null;
	}

	/**
	 * stETH/ETH peg at an instant: on days up to the last real round, the real answer
	 * current then (null if none); after it, the synthetic continuation.
	 */
	Observed stEthPegAt(Instant instant) {
		LocalDate day = dayOf(instant);
		if (day.isAfter(this.lastStEthDay)) {
			return new Observed(Decimals.ratio(this.stEthPeg.at(day)), false, "stETH peg synthetic");
		}
		FeedRound round = this.real.stEthEth().currentAt(instant, STETH_MAX_AGE);
		if (round == null) {
			return null;
		}
		return new Observed(round.value(), true, "stETH peg real: " + this.real.stEthEth().cite(round));
	}

	/**
	 * rETH exchange rate at an instant: the real event current then, or the continuation.
	 */
	double rethRateAt(Instant instant) {
		LocalDate day = dayOf(instant);
		if (day.isAfter(this.lastRethDay)) {
			return this.rethRate.at(day);
		}
		RethBalance balance = this.real.rethAt(instant);
		return (balance != null) ? balance.rate().doubleValue() : 1.0;
	}

}
