package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.liquidity.LiquidityPoolStateRequest;

/**
 * Builds the daily states of the sample DEX pools: the real Curve stETH/ETH balances with
 * a synthetic continuation, and a synthetic rETH/ETH StableSwap stand-in.
 */
final class LiquidityBuilder {

	static final String STETH_VENUE = "curve-steth-eth";

	static final String RETH_VENUE = "curve-reth-eth";

	/**
	 * The stETH/ETH pool's A as the contract reports it: 50 from 2021-05-20, ramped to 30
	 * in February 2023 (ramp days approximate: linear over 2023-02-01..2023-02-08).
	 */
	static final Knots STETH_AMPLIFICATION = Knots.of("2023-02-01", 50, "2023-02-08", 30);

	/**
	 * Fee 0.04 % at deployment, 0.01 % from 2023 (change day approximate: 2023-01-01).
	 */
	static final LocalDate STETH_FEE_CUT = LocalDate.of(2023, 1, 1);

	static final BigDecimal STETH_FEE_BEFORE = new BigDecimal("0.0004");

	static final BigDecimal STETH_FEE_AFTER = new BigDecimal("0.0001");

	/**
	 * The rETH stand-in's A and fee (a typical StableSwap LSD pool, not a real pool's).
	 */
	static final BigDecimal RETH_AMPLIFICATION = new BigDecimal("50");

	static final BigDecimal RETH_FEE = new BigDecimal("0.0004");

	private final MarketContext market;

	LiquidityBuilder(MarketContext market) {
		this.market = market;
	}

	Map<String, Map<String, List<LiquidityPoolStateRequest>>> build() {
		Map<String, Map<String, List<LiquidityPoolStateRequest>>> venues = new LinkedHashMap<>();
		venues.put("stETH", Map.of(STETH_VENUE, stEthPool()));
		venues.put("rETH", Map.of(RETH_VENUE, rethPool()));
		return Collections.unmodifiableMap(venues);
	}

	private List<LiquidityPoolStateRequest> stEthPool() {
		List<LiquidityPoolStateRequest> rows = new ArrayList<>();
		List<CurveBalance> real = this.market.real.curve();
		for (CurveBalance balance : real) {
			if (balance.at().isAfter(this.market.cutoff)) {
				break;
			}
			String source = RealHistory.CURVE_POOL + " balances (" + RealHistory.CURVE_FILE
					+ "); amplification 50 and fee 0.0004 from the pool's documented history, not in the file";
			rows.add(new LiquidityPoolStateRequest(balance.at(), balance.ethBalance(), balance.stethBalance(),
					BigDecimal.valueOf(50), STETH_FEE_BEFORE, source));
		}
		CurveBalance last = real.get(real.size() - 1);
		LocalDate lastDay = MarketContext.dayOf(last.at());
		double lastTotal = last.ethBalance().doubleValue() + last.stethBalance().doubleValue();
		LocalDate end = this.market.atLeast(lastDay);
		DailyPath size = SyntheticModels.size(DailyNoise.seedOf(STETH_VENUE), lastDay, end,
				Knots.of(lastDay.toString(), lastTotal, "2022-12-31", 700e3, "2023-06-30", 450e3, "2023-12-31", 200e3,
						"2024-12-31", 100e3, "2025-12-31", 70e3));
		for (LocalDate day = lastDay.plusDays(1); !day.isAfter(this.market.today); day = day.plusDays(1)) {
			Instant at = PoolStateBuilder.midnight(day);
			Observed peg = this.market.stEthPegAt(at);
			if (peg == null) {
				continue;
			}
			double amplification = STETH_AMPLIFICATION.at(day);
			double share = StableSwapSpot.shareForPrice(peg.value().doubleValue(), amplification);
			double total = size.at(day);
			String source = PoolStateBuilder.SYNTHETIC + " seed=" + DailyNoise.seedOf(STETH_VENUE)
					+ " model=size knots; stETH share solved so the fee-less StableSwap price equals the "
					+ peg.citation() + "; A and fee from documented history";
			rows.add(new LiquidityPoolStateRequest(at, Decimals.amount(total * (1.0 - share)),
					Decimals.amount(total * share), Decimals.plain(amplification),
					day.isBefore(STETH_FEE_CUT) ? STETH_FEE_BEFORE : STETH_FEE_AFTER, source));
		}
		return Collections.unmodifiableList(rows);
	}

	/**
	 * A stand-in for an rETH/ETH StableSwap pool with a rate oracle (stableswap-ng
	 * style): the invariant holds on (balanceEth, balanceLsd * exchangeRate), so the
	 * pool's price of rETH is exchangeRate times the StableSwap price; the composition is
	 * solved so that this equals the day's rETH market price.
	 */
	private List<LiquidityPoolStateRequest> rethPool() {
		List<LiquidityPoolStateRequest> rows = new ArrayList<>();
		long seed = DailyNoise.seedOf(RETH_VENUE);
		LocalDate start = MarketContext.START;
		DailyPath size = SyntheticModels.size(seed, start, this.market.atLeast(start), Knots.of("2022-01-01", 15e3,
				"2022-12-31", 30e3, "2023-12-31", 25e3, "2024-12-31", 12e3, "2025-12-31", 8e3));
		double amplification = RETH_AMPLIFICATION.doubleValue();
		for (LocalDate day = start; !day.isAfter(this.market.today); day = day.plusDays(1)) {
			Instant at = PoolStateBuilder.midnight(day);
			double rate = this.market.rethRateAt(at);
			double share = StableSwapSpot.shareForPrice(this.market.rethPeg.path().at(day), amplification);
			double total = size.at(day);
			String source = PoolStateBuilder.SYNTHETIC + " seed=" + seed
					+ " model=rate-scaled StableSwap stand-in (invariant on balanceEth, balanceLsd*exchangeRate);"
					+ " size knots; composition solved for the synthetic rETH peg";
			rows.add(new LiquidityPoolStateRequest(at, Decimals.amount(total * (1.0 - share)),
					Decimals.amount(total * share / rate), RETH_AMPLIFICATION, RETH_FEE, source));
		}
		return Collections.unmodifiableList(rows);
	}

}
