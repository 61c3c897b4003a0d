package io.lsdrisk.compute.valuation;

import io.lsdrisk.compute.Arguments;

/**
 * Staking yield implied by the growth of an exchange rate (ETH per token) between two
 * observations, in the three conventions of DOMAIN.md, all per year of 365 days:
 * <ul>
 * <li>simple (APR): {@code (R_end / R_start - 1) * 365 / d};</li>
 * <li>compounded (APY): {@code (R_end / R_start)^(365 / d) - 1};</li>
 * <li>continuous: {@code ln(R_end / R_start) * 365 / d}, the rate the models take.</li>
 * </ul>
 * {@code d} is the actual gap between the two observations in days (it may be
 * fractional). A falling rate (slashing) gives negative yields. The three agree to first
 * order in the growth; {@code APY = exp(continuous) - 1} and
 * {@code APR = (exp(continuous * d / 365) - 1) * 365 / d} exactly.
 *
 * @param windowDays d, the gap between the observations in days
 * @param apr simple annual yield, a decimal per year
 * @param apy compounded annual yield, a decimal per year
 * @param continuous continuously compounded yield, a decimal per year
 */
public record StakingYield(double windowDays, double apr, double apy, double continuous) {

	/**
	 * The yield from two exchange-rate observations.
	 * @param startRate R at the start of the window, ETH per token, finite and > 0
	 * @param endRate R at the end, ETH per token, finite and > 0
	 * @param windowDays days between the two observations, finite and > 0
	 * @return the yield in the three conventions
	 * @throws IllegalArgumentException on invalid input, or when the compounded yield
	 * overflows a double (a growth far beyond any staking yield over a tiny window)
	 */
	public static StakingYield between(double startRate, double endRate, double windowDays) {
		Arguments.positive("startRate", startRate);
		Arguments.positive("endRate", endRate);
		Arguments.positive("windowDays", windowDays);
		double logGrowth = Math.log(endRate / startRate);
		double perYear = 365.0 / windowDays;
		double continuous = logGrowth * perYear;
		// The difference of two close rates is exact (Sterbenz), so the simple yield
		// keeps
		// every digit of a small growth.
		double apr = (endRate - startRate) / startRate * perYear;
		double apy = Math.expm1(continuous);
		if (!Double.isFinite(apy) || !Double.isFinite(continuous) || !Double.isFinite(apr)) {
			throw new IllegalArgumentException("endRate / startRate = " + (endRate / startRate) + " over windowDays = "
					+ windowDays + " gives a yield too large to annualise");
		}
		return new StakingYield(windowDays, apr, apy, continuous);
	}

}
