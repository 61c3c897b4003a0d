package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.PoolStateRequest;

/**
 * Builds the daily pool states of the six sample LSDs. The real/synthetic rule and every
 * model are described in {@code docs/sample-data.md}.
 */
final class PoolStateBuilder {

	static final String SYNTHETIC = "synthetic:v1";

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
			String source = synthetic(seed, "stETH peg ou-ln(post-withdrawal fit) from the last real round",
					"exchangeRate 1 definitional", ethUsd);
			rows.add(new PoolStateRequest(at, null, BigDecimal.ONE, peg.value(), value(ethUsd), pooled, pooled,
					Decimals.apr(this.market.lidoApr.at(day)), null, null, source));
		}
		return Collections.unmodifiableList(rows);
	}

	private List<PoolStateRequest> wstEth() {
		List<PoolStateRequest> rows = new ArrayList<>();
		long seed = DailyNoise.seedOf("wstETH");
		LocalDate first = this.market.firstWstEthDay();
		DailyPath size = SyntheticModels.size(DailyNoise.seedOf("wstETH size"), first, this.market.atLeast(first),
				Knots.of("2022-01-30", 0.35e6, "2022-12-31", 0.95e6, "2023-06-30", 2.3e6, "2024-01-31", 3.3e6,
						"2025-01-31", 4.0e6, "2025-12-31", 3.6e6));
		for (LocalDate day = first; !day.isAfter(this.market.today); day = day.plusDays(1)) {
			Instant at = midnight(day);
			double rate = this.market.lidoRate.at(day);
			Observed peg = this.market.stEthPegAt(at);
			if (peg == null) {
				continue;
			}
			Observed ethUsd = this.market.ethUsdAt(at, true);
			String model = "wstETH rate apr=0.90*gross anchored " + MarketContext.WSTETH_RATE_ANCHOR + "@"
					+ MarketContext.AAVE_SNAPSHOT_DAY + "; marketPriceEth=rate*" + peg.citation();
			rows.add(new PoolStateRequest(at, null, Decimals.ratio(rate),
					Decimals.ratio(rate * peg.value().doubleValue()), value(ethUsd), Decimals.amount(size.at(day)),
					Decimals.amount(size.at(day) / rate), Decimals.apr(this.market.lidoApr.at(day)), null, null,
					synthetic(seed, model, null, ethUsd)));
		}
		return Collections.unmodifiableList(rows);
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
		long seed = DailyNoise.seedOf("rETH");
		LocalDate last = this.market.lastRethDay;
		double lastTotal = this.market.real.lastRethPerDay().lastEntry().getValue().totalEth().doubleValue();
		DailyPath size = SyntheticModels.size(DailyNoise.seedOf("rETH size"), last, this.market.atLeast(last),
				Knots.of(last.toString(), lastTotal, "2025-06-30", 480e3, "2025-12-31", 430e3));
		for (LocalDate day = last.plusDays(1); !day.isAfter(this.market.today); day = day.plusDays(1)) {
			Instant at = midnight(day);
			double rate = this.market.rethRate.at(day);
			double peg = this.market.rethPeg.at(day);
			Observed ethUsd = this.market.ethUsdAt(at, true);
			rows.add(new PoolStateRequest(at, null, Decimals.ratio(rate), Decimals.ratio(rate * peg), value(ethUsd),
					Decimals.amount(size.at(day)), Decimals.amount(size.at(day) / rate),
					Decimals.apr(this.market.rethApr.at(day)), null, null,
					synthetic(seed, "rETH rate apr=0.86*gross from the last real event; peg ou-ln", null, ethUsd)));
		}
		return Collections.unmodifiableList(rows);
	}

	private List<PoolStateRequest> cbEth() {
		LocalDate launch = SampleAssets.CBETH_LAUNCH;
		DailyPath[] rate = SyntheticModels.exchangeRate(DailyNoise.seedOf("cbETH"), launch,
				this.market.atLeast(MarketContext.AAVE_SNAPSHOT_DAY), 1.0, 0.75);
		DailyPath anchored = SyntheticModels.anchored(rate[0], MarketContext.AAVE_SNAPSHOT_DAY,
				MarketContext.CBETH_RATE_ANCHOR);
		return fullySynthetic("cbETH", launch, anchored, rate[1], SampleAssets.SHAPELLA, 0.99, 0.998,
				Knots.of("2022-08-24", 20e3, "2022-12-31", 900e3, "2023-12-31", 1.1e6, "2024-06-30", 500e3,
						"2025-06-30", 200e3, "2025-12-31", 180e3),
				"cbETH rate apr=0.75*gross anchored " + MarketContext.CBETH_RATE_ANCHOR + "@"
						+ MarketContext.AAVE_SNAPSHOT_DAY + "; peg ou-ln");
	}

	private List<PoolStateRequest> sfrxEth() {
		LocalDate launch = SampleAssets.SFRXETH_LAUNCH;
		DailyPath[] rate = SyntheticModels.exchangeRate(DailyNoise.seedOf("sfrxETH"), launch,
				this.market.atLeast(launch), 1.0, 1.05);
		return fullySynthetic("sfrxETH", launch, rate[0], rate[1], SampleAssets.FRAX_REDEMPTION_QUEUE, 0.996, 0.998,
				Knots.of("2022-10-20", 2e3, "2023-06-30", 200e3, "2024-01-31", 250e3, "2025-01-31", 120e3, "2025-12-31",
						60e3),
				"sfrxETH rate 1@launch apr=1.05*gross; peg ou-ln");
	}

	private List<PoolStateRequest> weEth() {
		LocalDate launch = SampleAssets.ETHERFI_OPEN;
		DailyPath[] rate = SyntheticModels.exchangeRate(DailyNoise.seedOf("weETH"), launch, this.market.atLeast(launch),
				1.015, 0.90);
		return fullySynthetic(
				"weETH", launch, rate[0], rate[1], SampleAssets.ETHERFI_OPEN, 0.999, 0.999, Knots.of("2023-11-15", 48e3,
						"2024-03-31", 900e3, "2024-06-30", 1.8e6, "2025-06-30", 1.4e6, "2025-12-31", 1.1e6),
				"weETH rate 1.015@launch apr=0.90*gross; peg ou-ln");
	}

	private List<PoolStateRequest> fullySynthetic(String symbol, LocalDate launch, DailyPath rate, DailyPath apr,
			LocalDate withdrawals, double prePeg, double postPeg, Knots sizeKnots, String model) {
		long seed = DailyNoise.seedOf(symbol);
		LocalDate end = this.market.atLeast(launch);
		double startPeg = launch.isBefore(withdrawals) ? prePeg : postPeg;
		DailyPath peg = SyntheticModels.peg(DailyNoise.seedOf(symbol + " peg"), launch, end, startPeg, withdrawals,
				prePeg, postPeg);
		DailyPath size = SyntheticModels.size(DailyNoise.seedOf(symbol + " size"), launch, end, sizeKnots);
		List<PoolStateRequest> rows = new ArrayList<>();
		for (LocalDate day = launch; !day.isAfter(this.market.today); day = day.plusDays(1)) {
			Instant at = midnight(day);
			double r = rate.at(day);
			Observed ethUsd = this.market.ethUsdAt(at, true);
			rows.add(new PoolStateRequest(at, null, Decimals.ratio(r), Decimals.ratio(r * peg.at(day)), value(ethUsd),
					Decimals.amount(size.at(day)), Decimals.amount(size.at(day) / r), Decimals.apr(apr.at(day)), null,
					null, synthetic(seed, model, null, ethUsd)));
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
