package io.lsdrisk.options;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an option's market inputs from the stored pool states: spot, realised volatility
 * and the carry that fits the token model (DOMAIN.md, "Which q").
 */
@Service
class StoredMarketService {

	private static final double SECONDS_PER_DAY = 86_400.0;

	private static final double DAYS_PER_YEAR = 365.0;

	private final AssetService assets;

	private final PoolStateService states;

	private final OptionsProperties properties;

	StoredMarketService(AssetService assets, PoolStateService states, OptionsProperties properties) {
		this.assets = assets;
		this.states = states;
		this.properties = properties;
	}

	/**
	 * The latest state's value of the underlying.
	 * @throws InvalidRequestException naming {@code symbol} when nothing usable is stored
	 */
	@Transactional(readOnly = true)
	MarketInputs.StoredSpot spot(Asset asset, Underlying underlying) {
		PoolState latest = this.states.latest(asset);
		if (latest == null) {
			throw InvalidRequestException.of("symbol", "no pool state is stored for " + asset.symbol());
		}
		if (underlying == Underlying.PEG_RATIO) {
			if (latest.marketPriceEth() == null) {
				throw InvalidRequestException.of("symbol", "the latest state of " + asset.symbol() + " ("
						+ latest.observedAt() + ") has no marketPriceEth, so no peg ratio");
			}
			return new MarketInputs.StoredSpot(pegRatio(latest), latest.observedAt(), "marketPriceEth / exchangeRate",
					latest.source());
		}
		if (latest.marketPriceEth() != null) {
			return new MarketInputs.StoredSpot(latest.marketPriceEth().doubleValue(), latest.observedAt(),
					"marketPriceEth", latest.source());
		}
		return new MarketInputs.StoredSpot(latest.exchangeRate().doubleValue(), latest.observedAt(), "exchangeRate",
				latest.source());
	}

	/**
	 * Annualised standard deviation of daily log returns over the configured window
	 * ending at {@code end} (both ends included): the last observation of each UTC day is
	 * that day's close; each return between consecutive closes d days apart is divided by
	 * sqrt(d); the sample standard deviation (n - 1) is multiplied by sqrt(365).
	 * @param series the stored field behind the spot ({@code marketPriceEth},
	 * {@code exchangeRate}, or the peg ratio)
	 * @throws InvalidRequestException naming {@code volatility} when the window holds too
	 * few closes
	 */
	@Transactional(readOnly = true)
	MarketInputs.VolatilityInput realisedVolatility(Asset asset, String series, Instant end) {
		int windowDays = this.properties.volatilityWindowDays();
		Instant start = end.minus(Duration.ofDays(windowDays));
		Function<PoolState, BigDecimal> reader = reader(series);
		List<Instant> closeTimes = new ArrayList<>();
		List<Double> closes = new ArrayList<>();
		LocalDate lastDay = null;
		for (PoolState state : this.states.between(asset, start, end.plusMillis(1))) {
			BigDecimal value = reader.apply(state);
			if (value == null) {
				continue;
			}
			LocalDate day = LocalDate.ofInstant(state.observedAt(), ZoneOffset.UTC);
			if (day.equals(lastDay)) {
				closeTimes.set(closeTimes.size() - 1, state.observedAt());
				closes.set(closes.size() - 1, value.doubleValue());
			}
			else {
				closeTimes.add(state.observedAt());
				closes.add(value.doubleValue());
				lastDay = day;
			}
		}
		int returns = closes.size() - 1;
		if (returns < this.properties.minVolatilityReturns()) {
			throw InvalidRequestException.of("volatility",
					"is required: the " + windowDays + " days of " + series + " up to " + end + " hold "
							+ Math.max(returns, 0) + " daily returns, fewer than the "
							+ this.properties.minVolatilityReturns()
							+ " a realised volatility needs (lsdrisk.options.min-volatility-returns)");
		}
		double sum = 0.0;
		double sumOfSquares = 0.0;
		for (int i = 1; i < closes.size(); i++) {
			double days = Duration
				.between(LocalDate.ofInstant(closeTimes.get(i - 1), ZoneOffset.UTC).atStartOfDay(),
						LocalDate.ofInstant(closeTimes.get(i), ZoneOffset.UTC).atStartOfDay())
				.toDays();
			double r = Math.log(closes.get(i) / closes.get(i - 1)) / Math.sqrt(days);
			sum += r;
			sumOfSquares += r * r;
		}
		double mean = sum / returns;
		double variance = Math.max((sumOfSquares - returns * mean * mean) / (returns - 1), 0.0);
		double volatility = Math.sqrt(variance * DAYS_PER_YEAR);
		return new MarketInputs.VolatilityInput(volatility, "REALISED", series, windowDays, closeTimes.get(0),
				closeTimes.get(closeTimes.size() - 1), closes.size(), returns);
	}

	/**
	 * The carry of an option on the LSD's price. A non-rebasing token's yield is already
	 * in its price: q = 0. Units of a rebasing token grow at the staking yield: q is the
	 * continuous yield {@code ln(R_t / R_{t-d}) * 365 / d} of the same protocol's
	 * non-rebasing token (stETH from wstETH) over the configured window, else the stored
	 * {@code stakingApr} converted from daily compounding, {@code 365 ln(1 + APR/365)},
	 * else 0, said so.
	 */
	@Transactional(readOnly = true)
	MarketInputs.CarryInput carry(Asset asset, Instant at) {
		if (asset.tokenModel() != TokenModel.REBASING) {
			return new MarketInputs.CarryInput(0.0, "NON_REBASING_ZERO", null, null, null,
					"an option on a non-rebasing token's price has q = 0: the staking yield is already in the price");
		}
		MarketInputs.CarryInput fromReference = referenceGrowth(asset, at);
		if (fromReference != null) {
			return fromReference;
		}
		MarketInputs.CarryInput fromApr = stakingApr(asset, at);
		if (fromApr != null) {
			return fromApr;
		}
		return new MarketInputs.CarryInput(0.0, "UNAVAILABLE", null, null, null,
				"units of a rebasing token grow at the staking yield, but no yield is stored: no non-rebasing token of "
						+ "protocol " + asset.protocol() + " with two rates " + this.properties.carryWindowDays()
						+ " days apart, and no stakingApr; q = 0 used, give carryYield to override");
	}

	private MarketInputs.CarryInput referenceGrowth(Asset asset, Instant at) {
		for (Asset candidate : this.assets.all()) {
			if (candidate.tokenModel() != TokenModel.NON_REBASING || asset.protocol() == null
					|| !asset.protocol().equalsIgnoreCase(candidate.protocol())) {
				continue;
			}
			PoolState end = this.states.latestAtOrBefore(candidate, at);
			if (end == null) {
				continue;
			}
			PoolState start = this.states.latestAtOrBefore(candidate,
					end.observedAt().minus(Duration.ofDays(this.properties.carryWindowDays())));
			if (start == null) {
				continue;
			}
			double days = Duration.between(start.observedAt(), end.observedAt()).getSeconds() / SECONDS_PER_DAY;
			double yield = Math.log(end.exchangeRate().doubleValue() / start.exchangeRate().doubleValue())
					* DAYS_PER_YEAR / days;
			return new MarketInputs.CarryInput(yield, "REFERENCE_RATE_GROWTH", candidate.symbol(), start.observedAt(),
					end.observedAt(),
					"units of a rebasing token grow at the staking yield: continuous yield ln(R_t/R_{t-d}) * 365 / d "
							+ "of " + candidate.symbol() + "'s exchange rate over d = " + days + " days");
		}
		return null;
	}

	private MarketInputs.CarryInput stakingApr(Asset asset, Instant at) {
		Instant start = at.minus(Duration.ofDays(this.properties.carryWindowDays()));
		List<PoolState> window = this.states.between(asset, start, at.plusMillis(1));
		for (int i = window.size() - 1; i >= 0; i--) {
			BigDecimal apr = window.get(i).stakingApr();
			if (apr != null) {
				double continuous = DAYS_PER_YEAR * Math.log1p(apr.doubleValue() / DAYS_PER_YEAR);
				return new MarketInputs.CarryInput(continuous, "STAKING_APR", null, window.get(i).observedAt(), null,
						"units of a rebasing token grow at the staking yield: stored stakingApr " + apr.toPlainString()
								+ " (daily compounding) as a continuous rate, 365 ln(1 + APR/365)");
			}
		}
		return null;
	}

	static Function<PoolState, BigDecimal> reader(String series) {
		return switch (series) {
			case "marketPriceEth" -> PoolState::marketPriceEth;
			case "exchangeRate" -> PoolState::exchangeRate;
			default -> (state) -> (state.marketPriceEth() != null) ? BigDecimal.valueOf(pegRatio(state)) : null;
		};
	}

	private static double pegRatio(PoolState state) {
		return state.marketPriceEth().doubleValue() / state.exchangeRate().doubleValue();
	}

}
