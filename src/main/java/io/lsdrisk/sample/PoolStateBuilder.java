package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

import io.lsdrisk.asset.PoolStateRequest;

/**
 * Builds the daily pool states of the six sample LSDs. The real/synthetic rule and every
 * model are described in {@code docs/sample-data.md}.
 */
final class PoolStateBuilder {

	static final String SYNTHETIC = "synthetic:v2";

	private final MarketContext market;

	PoolStateBuilder(MarketContext market) {
		this.market = market;
	}

	Map<String, List<PoolStateRequest>> build() {
		Map<String, List<PoolStateRequest>> states = new LinkedHashMap<>();
		states.put("stETH", stEth());
		states.put("wstETH", wstEth());
		states.put("rETH", reth());
		states.put("cbETH", cbEth());
		states.put("sfrxETH", sfrxEth());
		states.put("weETH", weEth());
		return Collections.unmodifiableMap(states);
	}

	private List<PoolStateRequest> stEth() {
		List<PoolStateRequest> rows = new ArrayList<>();
		Feed feed = this.market.real.stEthEth();
		for (FeedRound round : feed.lastRoundPerDay().values()) {
			if (round.at().isAfter(this.market.cutoff)) {
				break;
			}
			Observed ethUsd = this.market.ethUsdAt(round.at(), false);
			String source = feed.cite(round) + "; exchangeRate 1 definitional (rebasing)"
					+ ((ethUsd != null) ? "; " + ethUsd.citation() : "");
			rows.add(new PoolStateRequest(round.at(), null, BigDecimal.ONE, round.value(), value(ethUsd), null, null,
					null, null, null, source));
		}
		long seed = DailyNoise.seedOf("stETH");
		DailyPath size = SyntheticModels.size(DailyNoise.seedOf("stETH size"), this.market.lastStEthDay,
				this.market.atLeast(this.market.lastStEthDay),
				Knots.of("2024-01-28", 9.2e6, "2024-12-31", 9.6e6, "2025-06-30", 8.9e6, "2025-12-31", 8.6e6));
		for (LocalDate day = this.market.lastStEthDay.plusDays(1); !day.isAfter(this.market.today); day = day
			.plusDays(1)) {
			Instant at = midnight(day);
			Observed peg = this.market.stEthPegAt(at);
			Observed ethUsd = this.market.ethUsdAt(at, true);
			BigDecimal pooled = Decimals.amount(size.at(day));
			String source = synthetic(seed,
					"stETH peg OU+jumps+stress (open-regime robust fit) from the last real round 2024-01-28; no real"
							+ " stETH/ETH price exists after it",
					"exchangeRate 1 definitional", ethUsd);
			rows.add(new PoolStateRequest(at, null, BigDecimal.ONE, peg.value(), value(ethUsd), pooled, pooled,
					Decimals.apr(this.market.lido.apr(day)), null, null, source));
		}
		return Collections.unmodifiableList(rows);
	}

	private List<PoolStateRequest> wstEth() {
		LocalDate first = this.market.firstWstEthDay();
		Knots size = Knots.of("2022-01-30", 0.35e6, "2022-12-31", 0.95e6, "2023-06-30", 2.3e6, "2024-01-31", 3.3e6,
				"2025-01-31", 4.0e6, "2025-12-31", 3.6e6);
		return rateAsset("wstETH", first, this.market.lido, size, (day) -> this.market.stEthPegAt(midnight(day)),
				"wstETH rate apr=0.90*gross bridged through " + MarketContext.WSTETH_RATE_ANCHOR + "@"
						+ MarketContext.AAVE_SNAPSHOT_DAY + " and the real Aave daily rates");
	}

	private List<PoolStateRequest> reth() {
		List<PoolStateRequest> rows = new ArrayList<>();
		for (RethBalance balance : this.market.real.lastRethPerDay().values()) {
			if (balance.at().isBefore(midnight(MarketContext.START))) {
				continue;
			}
			if (balance.at().isAfter(this.market.cutoff)) {
				break;
			}
			Observed ethUsd = this.market.ethUsdAt(balance.at(), false);
			String source = "Rocket Pool BalancesUpdated block " + balance.block() + " (" + RealHistory.RETH_FILE + ")"
					+ ((ethUsd != null) ? "; " + ethUsd.citation() : "");
			rows.add(new PoolStateRequest(balance.at(), balance.block(), balance.rate(), null, value(ethUsd),
					balance.totalEth(), balance.rethSupply(), null, null, null, source));
		}
		LocalDate last = this.market.lastRethDay;
		double lastTotal = this.market.real.lastRethPerDay().lastEntry().getValue().totalEth().doubleValue();
		Knots size = Knots.of(last.toString(), lastTotal, "2025-06-30", 480e3, "2025-12-31", 430e3);
		if (this.market.today.isAfter(last)) {
			rows.addAll(rateAsset("rETH", last.plusDays(1), this.market.reth, size,
					(day) -> pegObserved(this.market.rethPeg, "rETH peg", day),
					"rETH rate apr=0.86*gross bridged from the last real event through the real CAPO rates"));
		}
		return Collections.unmodifiableList(rows);
	}

	private List<PoolStateRequest> cbEth() {
		LocalDate launch = SampleAssets.CBETH_LAUNCH;
		PegPath peg = assetPeg("cbETH", launch, SampleAssets.COINBASE_UNSTAKING, 0.99, 0.998);
		return rateAsset("cbETH", launch, this.market.cbEth,
				Knots.of("2022-08-24", 20e3, "2022-12-31", 900e3, "2023-12-31", 1.1e6, "2024-06-30", 500e3,
						"2025-06-30", 200e3, "2025-12-31", 180e3),
				(day) -> pegObserved(peg, "cbETH peg", day),
				"cbETH rate apr=0.75*gross bridged through " + MarketContext.CBETH_RATE_ANCHOR + "@"
						+ MarketContext.AAVE_SNAPSHOT_DAY + " and the real CAPO rates");
	}

	private List<PoolStateRequest> sfrxEth() {
		LocalDate launch = SampleAssets.SFRXETH_LAUNCH;
		PegPath peg = assetPeg("sfrxETH", launch, SampleAssets.FRAX_REDEMPTION_QUEUE, 0.996, 0.998);
		RateHistory rate = RateHistory.of("sfrxETH", launch, 1.0, 1.05, new TreeMap<>(), new TreeMap<>(),
				this.market.today);
		return rateAsset(
				"sfrxETH", launch, rate, Knots.of("2022-10-20", 2e3, "2023-06-30", 200e3, "2024-01-31", 250e3,
						"2025-01-31", 120e3, "2025-12-31", 60e3),
				(day) -> pegObserved(peg, "sfrxETH peg", day), "sfrxETH rate 1@launch apr=1.05*gross");
	}

	private List<PoolStateRequest> weEth() {
		LocalDate launch = SampleAssets.ETHERFI_OPEN;
		PegPath peg = assetPeg("weETH", launch, SampleAssets.ETHERFI_WITHDRAWALS, 0.999, 0.999);
		return rateAsset("weETH", launch, this.market.weEth,
				Knots.of("2023-11-15", 48e3, "2024-03-31", 900e3, "2024-06-30", 1.8e6, "2025-06-30", 1.4e6,
						"2025-12-31", 1.1e6),
				(day) -> pegObserved(peg, "weETH peg", day),
				"weETH rate apr=0.90*gross bridged through the real CAPO and Aave daily rates");
	}

	/** A synthetic peg of an asset with no real market price, from its first day on. */
	private PegPath assetPeg(String symbol, LocalDate first, LocalDate withdrawals, double prePeg, double postPeg) {
		double startPeg = first.isBefore(withdrawals) ? prePeg : postPeg;
		return SyntheticModels.peg(DailyNoise.seedOf(symbol + " peg"), first, this.market.atLeast(first), startPeg,
				withdrawals, prePeg, postPeg, this.market.closedPeg, this.market.openPeg);
	}

	private static Observed pegObserved(PegPath peg, String name, LocalDate day) {
		return new Observed(BigDecimal.valueOf(peg.path().at(day)), false,
				name + " synthetic seed=" + DailyNoise.seedOf(name));
	}

	/**
	 * The daily rows of an asset with an exchange rate from {@code first} to today: on a
	 * day with a real rate, the real row (rate, block and ETH/USD as in the file, no
	 * market price, since none is real); on every other day a synthetic row whose market
	 * price is the rate times the day's peg. Days without a peg are skipped, and so is
	 * today when its real value is observed later in the day.
	 */
	private List<PoolStateRequest> rateAsset(String symbol, LocalDate first, RateHistory rates, Knots sizeKnots,
			Function<LocalDate, Observed> pegOfDay, String model) {
		NavigableMap<LocalDate, RatePoint> real = this.market.real.rates().getOrDefault(symbol, new TreeMap<>());
		DailyPath size = SyntheticModels.size(DailyNoise.seedOf(symbol + " size"), first, this.market.atLeast(first),
				sizeKnots);
		String continued = (rates.lastReal() == null) ? null
				: String.format(Locale.ROOT, "%s rate continued from the last real rate (%s) at the fitted apr=%.5f",
						symbol, rates.lastReal(), rates.fittedApr());
		List<PoolStateRequest> rows = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(this.market.today); day = day.plusDays(1)) {
			RatePoint point = real.get(day);
			if (point != null) {
				if (point.at().isAfter(this.market.cutoff)) {
					// observed later today: the day has no row yet, and a later build
					// adds
					// the real one (a generated stand-in would contradict it)
					continue;
				}
				rows.add(new PoolStateRequest(point.at(), point.block(), point.rate(), null, point.ethUsd(), null, null,
						null, null, null, point.citation() + "; " + point.ethUsdCitation()));
				continue;
			}
			Instant at = midnight(day);
			Observed peg = pegOfDay.apply(day);
			if (peg == null) {
				continue;
			}
			double rate = rates.rate(day);
			boolean continues = rates.lastReal() != null && day.isAfter(rates.lastReal());
			long seed = DailyNoise.seedOf(continues ? symbol + " continuation" : symbol);
			Observed ethUsd = this.market.ethUsdAt(at, true);
			String text = (continues ? continued : model) + "; marketPriceEth=rate*" + peg.citation();
			rows.add(new PoolStateRequest(at, null, Decimals.ratio(rate),
					Decimals.ratio(rate * peg.value().doubleValue()), value(ethUsd), Decimals.amount(size.at(day)),
					Decimals.amount(size.at(day) / rate), Decimals.apr(rates.apr(day)), null, null,
					synthetic(seed, text, null, ethUsd)));
		}
		return Collections.unmodifiableList(rows);
	}

	static Instant midnight(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static BigDecimal value(Observed observed) {
		return (observed != null) ? observed.value() : null;
	}

	/**
	 * The source of a generated row: {@code synthetic:v1 seed=... model=...}, then what
	 * is definitional, then where ETH/USD came from (real or synthetic).
	 */
	private static String synthetic(long seed, String model, String definitional, Observed ethUsd) {
		StringBuilder source = new StringBuilder(SYNTHETIC).append(" seed=")
			.append(seed)
			.append(" model=")
			.append(model);
		if (definitional != null) {
			source.append("; ").append(definitional);
		}
		if (ethUsd != null) {
			source.append("; ").append(ethUsd.citation());
		}
		return source.toString();
	}

}
