package io.lsdrisk.valuation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.valuation.FairValue;
import io.lsdrisk.compute.valuation.RedemptionArbitrage;
import io.lsdrisk.compute.valuation.StakingYield;

/**
 * Assembles a {@link Valuation} from its inputs with the formulas of
 * {@code io.lsdrisk.compute.valuation}; every figure it cannot compute is null with a
 * reason.
 */
final class ValuationCalculator {

	private static final double MILLIS_PER_DAY = 86_400_000.0;

	private static final double[] FORWARD_DAYS = { 30, 90, 365 };

	private ValuationCalculator() {
	}

	static Valuation value(ValuationInputs in, double toleranceDays, int forwardWindowDays, Duration staleAfter) {
		Map<String, String> unavailable = new LinkedHashMap<>();
		double staleAfterHours = staleAfter.toMillis() / 3_600_000.0;
		if (in.stateObservedAt() == null) {
			String reason = (in.at() != null) ? "no stored state at or before " + in.at() : "no stored state";
			for (String field : List.of("fairValueEth", "marketPriceEth", "apr7d", "apr30d", "apr365d",
					"redemptionBound")) {
				unavailable.put(field, reason);
			}
			return new Valuation(in.symbol(), in.tokenModel(), in.at(), null, null, null, null, staleAfterHours, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, List.of(), DataProvenance.NONE, Collections.unmodifiableMap(unavailable));
		}
		boolean rebasing = in.tokenModel() == TokenModel.REBASING;
		double fair = rebasing ? 1.0 : in.exchangeRate();
		Double ethUsd = in.ethUsd();
		Double fairUsd = null;
		if (ethUsd != null) {
			fairUsd = fair * ethUsd;
		}
		else {
			unavailable.put("fairValueUsd", "the state has no ethUsd");
		}
		Double market = in.marketPriceEth();
		Double marketUsd = null;
		Double peg = null;
		Double premium = null;
		if (market != null) {
			peg = FairValue.pegRatio(market, fair);
			premium = FairValue.premiumBps(peg);
			if (ethUsd != null) {
				marketUsd = market * ethUsd;
			}
			else {
				unavailable.put("marketPriceUsd", "the state has no ethUsd");
			}
		}
		else {
			String reason = "the state has no marketPriceEth";
			unavailable.put("marketPriceEth", reason);
			unavailable.put("pegRatio", reason);
			unavailable.put("premiumBps", reason);
		}

		// The end of every window: the state itself, or for a rebasing token the share
		// rate
		// observed with it.
		RateSeries series = in.yieldSeries();
		RateSeries.Observation end = null;
		String endMissing = in.yieldSeriesMissing();
		if (series != null) {
			if (!rebasing) {
				end = new RateSeries.Observation(in.stateObservedAt(), in.exchangeRate());
			}
			else {
				Instant instant = (in.at() != null) ? in.at() : in.stateObservedAt();
				RateSeries.Observation share = series.atOrBefore(instant);
				if (share == null) {
					endMissing = "no " + series.name() + " share rate at or before " + instant;
				}
				else if (days(share.observedAt(), in.stateObservedAt()) > toleranceDays) {
					endMissing = "the " + series.name() + " share rate at " + share.observedAt() + " is more than "
							+ toleranceDays + " days older than the state at " + in.stateObservedAt();
				}
				else {
					end = share;
				}
			}
		}
		List<Valuation.ValuationWindow> windows = new ArrayList<>();
		Map<Integer, StakingYield> yields = new LinkedHashMap<>();
		for (int days : ValuationProperties.WINDOWS) {
			String name = (series != null) ? series.name() : null;
			if (end == null) {
				windows.add(new Valuation.ValuationWindow(days, name, null, null, null, null, null, null, null, null,
						null));
				unavailable.put("apr" + days + "d", endMissing);
				unavailable.put("apy" + days + "d", endMissing);
				continue;
			}
			Instant target = end.observedAt().minus(Duration.ofDays(days));
			RateSeries.Observation start = series.atOrBefore(target);
			String missing = null;
			if (start == null) {
				missing = "no " + name + " state at or before " + target + " (the window needs " + days
						+ " days of history)";
			}
			else if (days(start.observedAt(), target) > toleranceDays) {
				missing = "no " + name + " state within " + toleranceDays + " days before " + target
						+ "; the nearest earlier one is at " + start.observedAt();
			}
			if (missing != null) {
				windows.add(new Valuation.ValuationWindow(days, name, (start != null) ? start.observedAt() : null,
						(start != null) ? start.rate() : null, end.observedAt(), end.rate(), null, null, null, null,
						null));
				unavailable.put("apr" + days + "d", missing);
				unavailable.put("apy" + days + "d", missing);
				continue;
			}
			double actualDays = days(start.observedAt(), end.observedAt());
			ProvenanceDays windowDays = series.days(start.observedAt(), end.observedAt());
			StakingYield yield;
			try {
				yield = StakingYield.between(start.rate(), end.rate(), actualDays);
			}
			catch (IllegalArgumentException ex) {
				windows.add(new Valuation.ValuationWindow(days, name, start.observedAt(), start.rate(),
						end.observedAt(), end.rate(), actualDays, null, null, null, windowDays));
				unavailable.put("apr" + days + "d", ex.getMessage());
				unavailable.put("apy" + days + "d", ex.getMessage());
				continue;
			}
			yields.put(days, yield);
			windows.add(new Valuation.ValuationWindow(days, name, start.observedAt(), start.rate(), end.observedAt(),
					end.rate(), actualDays, yield.apr(), yield.apy(), yield.continuous(), windowDays));
		}

		StakingYield forwardYield = yields.get(forwardWindowDays);
		Double y = (forwardYield != null) ? forwardYield.continuous() : null;
		double[] forwards = (y != null) ? forwards(fair, y) : null;
		if (y == null) {
			String reason = "needs the " + forwardWindowDays + "-day yield: "
					+ unavailable.get("apr" + forwardWindowDays + "d");
			unavailable.put("forwardFairValueEth30d", reason);
			unavailable.put("forwardFairValueEth90d", reason);
			unavailable.put("forwardFairValueEth365d", reason);
		}

		Valuation.ValuationPerShare perShare = null;
		if (rebasing) {
			if (end != null) {
				double share = end.rate();
				double[] shareForwards = (y != null) ? forwards(share, y) : null;
				Double shareMarket = (market != null) ? market * share : null;
				perShare = new Valuation.ValuationPerShare(series.name(), end.observedAt(), share, share,
						(ethUsd != null) ? share * ethUsd : null, shareMarket,
						(shareMarket != null && ethUsd != null) ? shareMarket * ethUsd : null, peg, premium,
						apr(yields, 7), apr(yields, 30), apr(yields, 365), apy(yields, 7), apy(yields, 30),
						apy(yields, 365), at(shareForwards, 0), at(shareForwards, 1), at(shareForwards, 2));
			}
			else {
				unavailable.put("perShare", endMissing);
			}
		}

		Valuation.RedemptionArbitrageBound bound = redemptionBound(in, premium, unavailable);
		return new Valuation(in.symbol(), in.tokenModel(), in.at(), in.stateObservedAt(), in.stateSource(), null, null,
				staleAfterHours, fair, fairUsd, market, marketUsd, ethUsd, peg, premium, apr(yields, 7),
				apr(yields, 30), apr(yields, 365), apy(yields, 7), apy(yields, 30), apy(yields, 365),
				(series != null) ? series.name() : null, forwardWindowDays, y, at(forwards, 0), at(forwards, 1),
				at(forwards, 2), bound, perShare, List.copyOf(windows), dataProvenance(in, windows),
				Collections.unmodifiableMap(unavailable));
	}

	/**
	 * The valued state's day and every day of the computed yield windows (null for caller
	 * inputs). The windows share their end, so their union is the longest one.
	 */
	private static DataProvenance dataProvenance(ValuationInputs in, List<Valuation.ValuationWindow> windows) {
		if (in.stateProvenance() == null) {
			return null;
		}
		ProvenanceDays.Builder days = ProvenanceDays.builder()
			.observation(in.symbol(), in.stateObservedAt(), in.stateProvenance());
		for (Valuation.ValuationWindow window : windows) {
			if (window.provenanceDays() != null) {
				days.add(window.provenanceDays());
			}
		}
		return days.build().toDataProvenance();
	}

	private static Valuation.RedemptionArbitrageBound redemptionBound(ValuationInputs in, Double premiumBps,
			Map<String, String> unavailable) {
		Instant instant = (in.at() != null) ? in.at() : in.stateObservedAt();
		LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
		if (in.withdrawalsEnabledAt() == null) {
			unavailable.put("redemptionBound", "the protocol has no withdrawals (withdrawalsEnabledAt is null)");
			return null;
		}
		if (day.isBefore(in.withdrawalsEnabledAt())) {
			unavailable.put("redemptionBound", "no redemption before withdrawals were enabled on "
					+ in.withdrawalsEnabledAt() + " (valued on " + day + ")");
			return null;
		}
		if (in.withdrawalWaitDays() == null) {
			unavailable.put("redemptionBound", "the asset has no withdrawalWaitDays");
			return null;
		}
		RedemptionArbitrage bound = RedemptionArbitrage.bound(in.fundingRatePerYear(), in.queueYieldPerYear(),
				in.withdrawalWaitDays() / 365.0, in.feesFraction());
		Boolean beyond = (premiumBps != null) ? -premiumBps > bound.maxDiscountBps() : null;
		return new Valuation.RedemptionArbitrageBound(bound.maxDiscount(), bound.maxDiscountBps(), bound.pegFloor(),
				beyond, in.fundingRatePerYear(), in.queueYieldPerYear(), in.withdrawalWaitDays(), in.feesFraction(),
				in.withdrawalsEnabledAt());
	}

	private static double[] forwards(double rate, double continuousYield) {
		double[] values = new double[FORWARD_DAYS.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = FairValue.forward(rate, continuousYield, FORWARD_DAYS[i] / 365.0);
		}
		return values;
	}

	private static Double at(double[] values, int index) {
		return (values != null) ? values[index] : null;
	}

	private static Double apr(Map<Integer, StakingYield> yields, int days) {
		StakingYield yield = yields.get(days);
		return (yield != null) ? yield.apr() : null;
	}

	private static Double apy(Map<Integer, StakingYield> yields, int days) {
		StakingYield yield = yields.get(days);
		return (yield != null) ? yield.apy() : null;
	}

	static double days(Instant from, Instant to) {
		return Math.abs(Duration.between(from, to).toMillis()) / MILLIS_PER_DAY;
	}

}
