package io.lsdrisk.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.ToDoubleFunction;

/**
 * The generators of the synthetic series. Every generator walks forward day by day from a
 * fixed start with {@link DailyNoise}, so values up to a day never depend on the end day.
 * Parameters and their provenance are listed in {@code docs/sample-data.md}.
 */
final class SyntheticModels {

	/** One day in years (365-day year, as everywhere in lsdrisk). */
	static final double DAY_YEARS = 1.0 / 365.0;

	/**
	 * Approximate gross Ethereum staking APR (consensus plus execution rewards) before
	 * any protocol fee. The step at the Merge (2022-09-15) is the start of
	 * execution-layer rewards; the decline after 2023 follows the growth of staked ETH.
	 */
	static final Knots GROSS_STAKING_APR = Knots.of("2022-01-01", 0.045, "2022-09-14", 0.046, "2022-09-15", 0.052,
			"2023-06-30", 0.046, "2023-12-31", 0.039, "2024-12-31", 0.032, "2025-12-31", 0.029);

	/**
	 * Relative daily noise on the APR: reward days vary (proposals, MEV, sync
	 * committees).
	 */
	static final double APR_NOISE = 0.10;

	/**
	 * Window of the fit of the open-regime peg model: the real Chainlink stETH/ETH rounds
	 * from Lido's own withdrawal queue opening (2023-05-15) to the last real round.
	 */
	static final LocalDate OPEN_FIT_FROM = LocalDate.of(2023, 5, 15);

	/**
	 * Window of the fit of the closed-regime peg model: after the 2022 stress (which the
	 * stress episodes stand for) and before Shapella (2023-04-12), when no LSD could be
	 * redeemed.
	 */
	static final LocalDate CLOSED_FIT_FROM = LocalDate.of(2022, 9, 15);

	static final LocalDate CLOSED_FIT_TO = LocalDate.of(2023, 4, 11);

	/**
	 * Stress episodes before redemptions open, shaped on stETH's June 2022 episode (from
	 * 0.979 on 2022-06-07 to 0.935 on 2022-06-18, back above 0.99 on 2022-09-17): falls
	 * of 2 % to 7 % in ln(peg) over 3 to 14 days, recoveries over 30 to 100 days, 0.3 a
	 * year.
	 */
	static final StressShape CLOSED_STRESS = new StressShape(0.3, 0.02, 0.07, 3, 14, 30, 100);

	/**
	 * Stress episodes once redemptions are open, the same shape but shallower and
	 * shorter, because redeeming through the queue caps a discount (an assumption: the
	 * real open-regime history has no episode): falls of 0.5 % to 2 % over 1 to 7 days,
	 * recoveries over 5 to 30 days, 0.3 a year.
	 */
	static final StressShape OPEN_STRESS = new StressShape(0.3, 0.005, 0.02, 1, 7, 5, 30);

	/**
	 * Hard bounds of a synthetic peg ratio, wide enough for the deepest stress episode on
	 * top of the diffusion.
	 */
	static final double PEG_FLOOR = 0.90;

	static final double PEG_CEILING = 1.01;

	/**
	 * ETH/USD volatility per sqrt(year) for the synthetic 2022 bridge (no real ETH/USD
	 * exists between 2021-08-25 and 2023-04-05).
	 */
	static final double ETH_USD_VOLATILITY = 0.65;

	/**
	 * Pull of the synthetic ETH/USD continuation's log price back to the last real level,
	 * per year (half-life about two months): it wanders like ETH without drifting away.
	 */
	static final double ETH_USD_KAPPA = 4.0;

	private SyntheticModels() {
	}

	/**
	 * Exchange rate growing at the protocol's net APR with daily noise: the rate of day
	 * i+1 is the rate of day i times {@code 1 + apr_i / 365}, {@code apr_i >= 0}, so the
	 * rate never decreases.
	 * @param seed series seed
	 * @param start first day, whose rate is {@code startRate}
	 * @param end last day (inclusive)
	 * @param startRate rate on {@code start}
	 * @param feeMultiplier net APR as a fraction of the gross APR
	 * @return rates (index 0) and the APR applied on each day (index 1)
	 */
	static DailyPath[] exchangeRate(long seed, LocalDate start, LocalDate end, double startRate, double feeMultiplier) {
		return exchangeRate(seed, start, end, startRate, (day) -> GROSS_STAKING_APR.at(day) * feeMultiplier);
	}

	/**
	 * Exchange rate growing at a given APR with the same daily noise:
	 * {@code apr_i = max(0, apr(day_i) (1 + APR_NOISE z))}.
	 * @param apr the APR around which each day's APR is drawn
	 * @return rates (index 0) and the APR applied on each day (index 1)
	 */
	static DailyPath[] exchangeRate(long seed, LocalDate start, LocalDate end, double startRate,
			ToDoubleFunction<LocalDate> apr) {
		int days = dayCount(start, end);
		double[] rates = new double[days];
		double[] aprs = new double[days];
		double rate = startRate;
		for (int i = 0; i < days; i++) {
			LocalDate day = start.plusDays(i);
			aprs[i] = Math.max(0.0, apr.applyAsDouble(day) * (1.0 + APR_NOISE * DailyNoise.gaussian(seed, 1, day)));
			rates[i] = rate;
			rate *= 1.0 + aprs[i] * DAY_YEARS;
		}
		return new DailyPath[] { new DailyPath(start, rates), new DailyPath(start, aprs) };
	}

	/**
	 * Multiplies a path by a factor that makes it pass through every anchor: the factor
	 * is log-linear in the day between consecutive anchors and constant before the first
	 * and after the last. Between two anchors the path keeps its day-to-day noise and
	 * joins both values exactly.
	 * @param anchors values by day, every day inside the path, at least one
	 */
	static DailyPath bridged(DailyPath path, NavigableMap<LocalDate, Double> anchors) {
		double[] values = path.values().clone();
		for (int i = 0; i < values.length; i++) {
			LocalDate day = path.start().plusDays(i);
			var before = anchors.floorEntry(day);
			var after = anchors.ceilingEntry(day);
			double logFactor;
			if (before == null || after == null || before.getKey().equals(after.getKey())) {
				var only = (before != null) ? before : after;
				logFactor = Math.log(only.getValue() / path.at(only.getKey()));
			}
			else {
				double lower = Math.log(before.getValue() / path.at(before.getKey()));
				double upper = Math.log(after.getValue() / path.at(after.getKey()));
				double weight = (double) (day.toEpochDay() - before.getKey().toEpochDay())
						/ (after.getKey().toEpochDay() - before.getKey().toEpochDay());
				logFactor = lower + weight * (upper - lower);
			}
			values[i] *= Math.exp(logFactor);
		}
		return new DailyPath(path.start(), values);
	}

	/**
	 * Multiplies a path so that its value on {@code anchorDay} is {@code anchorValue}.
	 */
	static DailyPath anchored(DailyPath path, LocalDate anchorDay, double anchorValue) {
		double factor = anchorValue / path.at(anchorDay);
		double[] values = path.values().clone();
		for (int i = 0; i < values.length; i++) {
			values[i] *= factor;
		}
		return new DailyPath(path.start(), values);
	}

	/**
	 * Peg ratio (market price / exchange rate): {@code ln(peg) = y - stress}, where
	 * {@code y} is an Ornstein-Uhlenbeck process stepped exactly once a day, {@code y' =
	 * mu + (y - mu) e^{-kappa dt} + sigma sqrt((1 - e^{-2 kappa dt}) / (2 kappa)) z},
	 * plus a jump on a day with probability {@code 1 - e^{-lambda dt}} (its size drawn
	 * from the model's sizes), and {@code stress} is the sum of the falls of the active
	 * stress episodes (see {@link StressShape}). The output is clipped to [PEG_FLOOR,
	 * PEG_CEILING]; {@code y} is not. Before {@code withdrawalsOpen} the closed model and
	 * {@code preMean} apply, from it on the open model and {@code postMean}; an episode
	 * keeps the shape of the regime it started in. Every draw depends only on (seed,
	 * stream, day): streams 2 diffusion, 6 jump occurrence, 7 jump size, 8 episode start,
	 * 9 depth, 10 fall days, 11 recovery days.
	 * @param startPeg peg on {@code start}
	 */
	static PegPath peg(long seed, LocalDate start, LocalDate end, double startPeg, LocalDate withdrawalsOpen,
			double preMean, double postMean, PegModel closed, PegModel open) {
		int days = dayCount(start, end);
		double[] pegs = new double[days];
		List<PegPath.Jump> jumps = new ArrayList<>();
		List<PegPath.Episode> episodes = new ArrayList<>();
		List<PegPath.Episode> active = new ArrayList<>();
		double y = Math.log(startPeg);
		pegs[0] = startPeg;
		for (int i = 1; i < days; i++) {
			LocalDate day = start.plusDays(i);
			boolean isOpen = withdrawalsOpen != null && !day.isBefore(withdrawalsOpen);
			PegModel model = isOpen ? open : closed;
			double mean = Math.log(isOpen ? postMean : preMean);
			double decay = Math.exp(-model.kappa() * DAY_YEARS);
			double stdev = model.sigma() * Math.sqrt((1.0 - decay * decay) / (2.0 * model.kappa()));
			y = mean + (y - mean) * decay + stdev * DailyNoise.gaussian(seed, 2, day);
			if (DailyNoise.uniform(seed, 6, day) < -Math.expm1(-model.jumpRatePerYear() * DAY_YEARS)) {
				double[] sizes = model.jumpSizes();
				double size = sizes[(int) (DailyNoise.uniform(seed, 7, day) * sizes.length)];
				y += size;
				jumps.add(new PegPath.Jump(day, size));
			}
			StressShape stress = model.stress();
			if (DailyNoise.uniform(seed, 8, day) < -Math.expm1(-stress.ratePerYear() * DAY_YEARS)) {
				double depth = stress.minDepth()
						+ (stress.maxDepth() - stress.minDepth()) * DailyNoise.uniform(seed, 9, day);
				int down = stress.minDownDays()
						+ (int) ((stress.maxDownDays() - stress.minDownDays() + 1) * DailyNoise.uniform(seed, 10, day));
				int recovery = stress.minRecoveryDays()
						+ (int) ((stress.maxRecoveryDays() - stress.minRecoveryDays() + 1)
								* DailyNoise.uniform(seed, 11, day));
				PegPath.Episode episode = new PegPath.Episode(day, depth, down, recovery);
				episodes.add(episode);
				active.add(episode);
			}
			double fall = 0;
			for (PegPath.Episode episode : active) {
				fall += episode.fallOn(day);
			}
			active.removeIf((episode) -> episode.over(day));
			double x = Math.min(Math.log(PEG_CEILING), Math.max(Math.log(PEG_FLOOR), y - fall));
			pegs[i] = Math.exp(x);
		}
		return new PegPath(new DailyPath(start, pegs), jumps, episodes);
	}

	/**
	 * ETH/USD as a log Brownian bridge from {@code fromUsd} on {@code from} to
	 * {@code toUsd} on {@code to}: fills a gap between two known levels.
	 */
	static DailyPath ethUsdBridge(long seed, LocalDate from, double fromUsd, LocalDate to, double toUsd) {
		int days = dayCount(from, to);
		double[] walk = new double[days];
		double stepStdev = ETH_USD_VOLATILITY * Math.sqrt(DAY_YEARS);
		for (int i = 1; i < days; i++) {
			walk[i] = walk[i - 1] + stepStdev * DailyNoise.gaussian(seed, 3, from.plusDays(i));
		}
		double[] prices = new double[days];
		int last = days - 1;
		for (int i = 0; i < days; i++) {
			double weight = (double) i / last;
			double logPrice = Math.log(fromUsd) + weight * Math.log(toUsd / fromUsd) + walk[i] - weight * walk[last];
			prices[i] = Math.exp(logPrice);
		}
		return new DailyPath(from, prices);
	}

	/**
	 * ETH/USD continued from a known level: OU on the log price reverting to the log of
	 * that level, {@code x' = x + kappa (ln startUsd - x) dt + volatility sqrt(dt) z}.
	 */
	static DailyPath ethUsdContinuation(long seed, LocalDate start, double startUsd, LocalDate end, double volatility) {
		int days = dayCount(start, end);
		double[] prices = new double[days];
		double x = Math.log(startUsd);
		double stepStdev = volatility * Math.sqrt(DAY_YEARS);
		for (int i = 0; i < days; i++) {
			if (i > 0) {
				LocalDate day = start.plusDays(i);
				x += ETH_USD_KAPPA * (Math.log(startUsd) - x) * DAY_YEARS
						+ stepStdev * DailyNoise.gaussian(seed, 4, day);
			}
			prices[i] = Math.exp(x);
		}
		return new DailyPath(start, prices);
	}

	/**
	 * Annualised volatility of daily log changes (sample standard deviation times
	 * sqrt(365)).
	 */
	static double annualVolatility(double[] dailyPrices) {
		int n = dailyPrices.length - 1;
		double sum = 0;
		double squares = 0;
		for (int i = 0; i < n; i++) {
			double change = Math.log(dailyPrices[i + 1] / dailyPrices[i]);
			sum += change;
			squares += change * change;
		}
		double mean = sum / n;
		return Math.sqrt((squares - n * mean * mean) / (n - 1) / DAY_YEARS);
	}

	/**
	 * A size (ETH in a protocol or a pool) following log-interpolated knots times a
	 * persistent deviation {@code exp(d)}, {@code d' = 0.97 d + 0.01 z} (stationary stdev
	 * about 4 %).
	 */
	static DailyPath size(long seed, LocalDate start, LocalDate end, Knots knots) {
		int days = dayCount(start, end);
		double[] sizes = new double[days];
		double deviation = 0.0;
		for (int i = 0; i < days; i++) {
			LocalDate day = start.plusDays(i);
			if (i > 0) {
				deviation = 0.97 * deviation + 0.01 * DailyNoise.gaussian(seed, 5, day);
			}
			sizes[i] = knots.logAt(day) * Math.exp(deviation);
		}
		return new DailyPath(start, sizes);
	}

	private static int dayCount(LocalDate start, LocalDate end) {
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		if (days < 1) {
			throw new IllegalArgumentException("end must not be before start, was " + start + ".." + end);
		}
		return (int) days;
	}

}
