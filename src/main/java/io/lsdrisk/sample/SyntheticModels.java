package io.lsdrisk.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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
	 * OU parameters of ln(peg) after a protocol's withdrawals opened: exact AR(1) maximum
	 * likelihood on the real Chainlink stETH/ETH rounds 2023-04-12..2024-01-28 (half-life
	 * about 0.6 day, stationary stdev about 0.06 %).
	 */
	static final double POST_WITHDRAWAL_KAPPA = 430.8;

	static final double POST_WITHDRAWAL_SIGMA = 0.01738;

	/**
	 * OU parameters of ln(peg) before withdrawals: the same fit on the calm pre-Shapella
	 * window 2022-09-15..2023-04-11 (half-life about 11 days, stationary stdev about 0.4
	 * %). The May-June 2022 stress is left to the real stETH data.
	 */
	static final double PRE_WITHDRAWAL_KAPPA = 22.81;

	static final double PRE_WITHDRAWAL_SIGMA = 0.02711;

	/** Hard bounds of a synthetic peg ratio; synthetic data holds no depeg episodes. */
	static final double PEG_FLOOR = 0.97;

	static final double PEG_CEILING = 1.01;

	/** ETH/USD volatility per sqrt(year) for the synthetic ETH/USD gaps. */
	static final double ETH_USD_VOLATILITY = 0.65;

	/**
	 * Pull of the synthetic ETH/USD log price towards ETH_USD_LEVELS, per year (half-life
	 * about two months): the continuation wanders like ETH but follows its broad history.
	 */
	static final double ETH_USD_KAPPA = 4.0;

	/**
	 * Approximate public ETH/USD levels (rounded, not data) that the continuation reverts
	 * to; flat after the last knot.
	 */
	static final Knots ETH_USD_LEVELS = Knots.of("2024-01-29", 2300, "2024-03-31", 3600, "2024-12-31", 3300,
			"2025-04-30", 1800, "2025-08-31", 4400, "2025-12-31", 3000);

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
		int days = dayCount(start, end);
		double[] rates = new double[days];
		double[] aprs = new double[days];
		double rate = startRate;
		for (int i = 0; i < days; i++) {
			LocalDate day = start.plusDays(i);
			double apr = GROSS_STAKING_APR.at(day) * feeMultiplier
					* (1.0 + APR_NOISE * DailyNoise.gaussian(seed, 1, day));
			aprs[i] = Math.max(0.0, apr);
			rates[i] = rate;
			rate *= 1.0 + aprs[i] * DAY_YEARS;
		}
		return new DailyPath[] { new DailyPath(start, rates), new DailyPath(start, aprs) };
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
	 * Peg ratio (market price / exchange rate) as an Ornstein-Uhlenbeck process on its
	 * logarithm, stepped exactly: {@code x' = mu + (x - mu) e^{-kappa dt} + sigma sqrt((1
	 * - e^{-2 kappa dt}) / (2 kappa)) z}, clipped to [PEG_FLOOR, PEG_CEILING]. Before
	 * {@code withdrawalsOpen} the slower, wider pre-withdrawal parameters and
	 * {@code preMean} apply; from it on the post-withdrawal ones and {@code postMean}.
	 * @param startPeg peg on {@code start}
	 */
	static DailyPath peg(long seed, LocalDate start, LocalDate end, double startPeg, LocalDate withdrawalsOpen,
			double preMean, double postMean) {
		int days = dayCount(start, end);
		double[] pegs = new double[days];
		double x = Math.log(startPeg);
		for (int i = 0; i < days; i++) {
			LocalDate day = start.plusDays(i);
			if (i > 0) {
				boolean open = withdrawalsOpen != null && !day.isBefore(withdrawalsOpen);
				double kappa = open ? POST_WITHDRAWAL_KAPPA : PRE_WITHDRAWAL_KAPPA;
				double sigma = open ? POST_WITHDRAWAL_SIGMA : PRE_WITHDRAWAL_SIGMA;
				double mean = Math.log(open ? postMean : preMean);
				double decay = Math.exp(-kappa * DAY_YEARS);
				double stdev = sigma * Math.sqrt((1.0 - decay * decay) / (2.0 * kappa));
				x = mean + (x - mean) * decay + stdev * DailyNoise.gaussian(seed, 2, day);
				x = Math.min(Math.log(PEG_CEILING), Math.max(Math.log(PEG_FLOOR), x));
			}
			pegs[i] = Math.exp(x);
		}
		return new DailyPath(start, pegs);
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
	 * ETH_USD_LEVELS, {@code x' = x + kappa (ln L(day) - x) dt + sigma sqrt(dt) z}.
	 */
	static DailyPath ethUsdContinuation(long seed, LocalDate start, double startUsd, LocalDate end) {
		int days = dayCount(start, end);
		double[] prices = new double[days];
		double x = Math.log(startUsd);
		double stepStdev = ETH_USD_VOLATILITY * Math.sqrt(DAY_YEARS);
		for (int i = 0; i < days; i++) {
			if (i > 0) {
				LocalDate day = start.plusDays(i);
				x += ETH_USD_KAPPA * (Math.log(ETH_USD_LEVELS.logAt(day)) - x) * DAY_YEARS
						+ stepStdev * DailyNoise.gaussian(seed, 4, day);
			}
			prices[i] = Math.exp(x);
		}
		return new DailyPath(start, prices);
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
