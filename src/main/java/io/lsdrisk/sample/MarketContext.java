package io.lsdrisk.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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

	/** Coinbase's 25 % fee on rewards. */
	static final double CBETH_NET = 0.75;

	/** ether.fi's 10 % fee on rewards. */
	static final double ETHERFI_NET = 0.90;

	/**
	 * Rocket Pool: node-operator commission and deposit-pool drag; fits rETH 2022-2024.
	 */
	static final double ROCKET_POOL_NET = 0.86;

	/** rETH traded at a small premium while its deposit pool was often full. */
	static final double RETH_PRE_PEG = 1.003;

	static final double RETH_POST_PEG = 1.0;

	/** The ETH/USD continuation's volatility is fitted on this many last real days. */
	static final int ETH_USD_VOLATILITY_DAYS = 365;

	final RealHistory real;

	final LocalDate today;

	/** Start of {@code today}, UTC: no row is observed after it. */
	final Instant cutoff;

	final LocalDate lastStEthDay;

	final LocalDate lastRethDay;

	/** The robust fit of the closed-regime peg model (see {@link PegFit}). */
	final PegFit closedFit;

	/** The robust fit of the open-regime peg model. */
	final PegFit openFit;

	final PegModel closedPeg;

	final PegModel openPeg;

	private final DailyPath ethUsdBridge;

	/**
	 * ETH/USD after the last real value: starts on the last day that value is current.
	 */
	private final DailyPath ethUsdContinuation;

	/** Volatility of the ETH/USD continuation, fitted on the last real daily closes. */
	final double ethUsdVolatility;

	/** The stETH/ETH peg continuation, from the last real round's day on. */
	final PegPath stEthPeg;

	/** Lido share rate (wstETH stETH-per-token), from the first wstETH row on. */
	final RateHistory lido;

	/** rETH rate after the real Rocket Pool events, from the last event's day on. */
	final RateHistory reth;

	final RateHistory cbEth;

	final RateHistory weEth;

	/** rETH peg over the whole sample, used by the rETH pool and the rETH rows. */
	final PegPath rethPeg;

	MarketContext(RealHistory real, LocalDate today) {
		this.real = real;
		this.today = today;
		this.cutoff = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		this.lastStEthDay = real.stEthEth().lastDay();
		this.lastRethDay = real.lastRethPerDay().lastKey();
		this.closedFit = PegFit.fit(SyntheticModels.CLOSED_FIT_FROM,
				dailyPegs(SyntheticModels.CLOSED_FIT_FROM, SyntheticModels.CLOSED_FIT_TO));
		this.openFit = PegFit.fit(SyntheticModels.OPEN_FIT_FROM,
				dailyPegs(SyntheticModels.OPEN_FIT_FROM, this.lastStEthDay));
		this.closedPeg = PegModel.of(this.closedFit, SyntheticModels.CLOSED_STRESS);
		this.openPeg = PegModel.of(this.openFit, SyntheticModels.OPEN_STRESS);
		Feed ethUsd = real.ethUsd();
		this.ethUsdBridge = SyntheticModels.ethUsdBridge(DailyNoise.seedOf("ETH/USD"), START, ETH_USD_2022_START,
				ethUsd.firstDay(), ethUsd.rounds().firstEntry().getValue().value().doubleValue());
		Feed cex = real.ethUsdCex();
		double[] closes = cex.rounds()
			.values()
			.stream()
			.skip(Math.max(0, cex.rounds().size() - ETH_USD_VOLATILITY_DAYS - 1))
			.mapToDouble((round) -> round.value().doubleValue())
			.toArray();
		this.ethUsdVolatility = SyntheticModels.annualVolatility(closes);
		LocalDate continuationStart = cex.lastDay().plusDays(1);
		this.ethUsdContinuation = SyntheticModels.ethUsdContinuation(DailyNoise.seedOf("ETH/USD"), continuationStart,
				cex.rounds().lastEntry().getValue().value().doubleValue(), atLeast(continuationStart),
				this.ethUsdVolatility);
		this.stEthPeg = SyntheticModels.peg(DailyNoise.seedOf("stETH"), this.lastStEthDay, atLeast(this.lastStEthDay),
				real.stEthEth().rounds().lastEntry().getValue().value().doubleValue(), SampleAssets.LIDO_WITHDRAWALS,
				stEthLongRunPeg(), stEthLongRunPeg(), this.closedPeg, this.openPeg);
		NavigableMap<LocalDate, Double> lidoReal = rates(real.rates().get("wstETH"));
		this.lido = RateHistory.of("wstETH", firstWstEthDay(), 1.0, LIDO_NET,
				RateHistory.anchors(lidoReal, Map.of(AAVE_SNAPSHOT_DAY, WSTETH_RATE_ANCHOR)), lidoReal, today);
		TreeMap<LocalDate, Double> rethReal = new TreeMap<>();
		real.lastRethPerDay().forEach((day, balance) -> rethReal.put(day, balance.rate().doubleValue()));
		NavigableMap<LocalDate, Double> rethCapo = rates(real.rates().get("rETH"));
		rethReal.putAll(rethCapo);
		double lastRethRate = real.lastRethPerDay().lastEntry().getValue().rate().doubleValue();
		this.reth = RateHistory.of("rETH", this.lastRethDay, lastRethRate, ROCKET_POOL_NET,
				RateHistory.anchors(rethCapo, Map.of(this.lastRethDay, lastRethRate)), rethReal, today);
		NavigableMap<LocalDate, Double> cbEthReal = rates(real.rates().get("cbETH"));
		this.cbEth = RateHistory.of("cbETH", SampleAssets.CBETH_LAUNCH, 1.0, CBETH_NET,
				RateHistory.anchors(cbEthReal, Map.of(AAVE_SNAPSHOT_DAY, CBETH_RATE_ANCHOR)), cbEthReal, today);
		NavigableMap<LocalDate, Double> weEthReal = rates(real.rates().get("weETH"));
		this.weEth = RateHistory.of("weETH", SampleAssets.ETHERFI_OPEN, 1.0, ETHERFI_NET,
				RateHistory.anchors(weEthReal, Map.of()), weEthReal, today);
		this.rethPeg = SyntheticModels.peg(DailyNoise.seedOf("rETH peg"), START, atLeast(START), RETH_PRE_PEG,
				SampleAssets.ROCKET_POOL_ATLAS, RETH_PRE_PEG, RETH_POST_PEG, this.closedPeg, this.openPeg);
	}

	/** Long-run stETH/ETH peg once Lido's queue is open: exp(mu) of the open fit. */
	double stEthLongRunPeg() {
		return Math.exp(this.openFit.mu());
	}

	/** The last real stETH/ETH round of each day from {@code from} to {@code to}. */
	private double[] dailyPegs(LocalDate from, LocalDate to) {
		var perDay = this.real.stEthEth().lastRoundPerDay();
		int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
		double[] pegs = new double[days];
		for (int i = 0; i < days; i++) {
			FeedRound round = perDay.get(from.plusDays(i));
			if (round == null) {
				throw new IllegalStateException("no real stETH/ETH round on " + from.plusDays(i));
			}
			pegs[i] = round.value().doubleValue();
		}
		return pegs;
	}

	private static NavigableMap<LocalDate, Double> rates(NavigableMap<LocalDate, RatePoint> points) {
		TreeMap<LocalDate, Double> rates = new TreeMap<>();
		points.forEach((day, point) -> rates.put(day, point.rate().doubleValue()));
		return rates;
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
	 * ETH/USD at an instant: the real value current then (at most two hours old) from the
	 * first real series that has one, in order of preference: Chainlink ETH/USD rounds,
	 * Chainlink ETH/USD as read by the Aave v3 oracle at 00:00 each day (both on-chain),
	 * the Binance ETHUSDT daily close (CEX, USDT). Otherwise, when
	 * {@code allowSynthetic}, the synthetic bridge (before the real feed) or continuation
	 * (after the last real close); otherwise null.
	 */
	Observed ethUsdAt(Instant instant, boolean allowSynthetic) {
		for (Feed feed : List.of(this.real.ethUsd(), this.real.ethUsdDaily(), this.real.ethUsdCex())) {
			FeedRound round = feed.currentAt(instant, ETH_USD_MAX_AGE);
			if (round != null) {
				return new Observed(round.value(), true, "ethUsd real: " + feed.cite(round));
			}
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
					"ethUsd synthetic (OU continued from the last real Binance close, vol fitted)");
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
			return new Observed(Decimals.ratio(this.stEthPeg.path().at(day)), false, "stETH peg synthetic");
		}
		FeedRound round = this.real.stEthEth().currentAt(instant, STETH_MAX_AGE);
		if (round == null) {
			return null;
		}
		return new Observed(round.value(), true, "stETH peg real: " + this.real.stEthEth().cite(round));
	}

	/**
	 * rETH exchange rate at an instant: the real event current then, or the rate history
	 * after the last event.
	 */
	double rethRateAt(Instant instant) {
		LocalDate day = dayOf(instant);
		if (day.isAfter(this.lastRethDay)) {
			return this.reth.rate(day);
		}
		RethBalance balance = this.real.rethAt(instant);
		return (balance != null) ? balance.rate().doubleValue() : 1.0;
	}

}
