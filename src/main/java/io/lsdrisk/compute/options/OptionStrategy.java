package io.lsdrisk.compute.options;

import java.util.ArrayList;
import java.util.List;

/**
 * Strategies built from the underlying and European options on it with one expiry: value,
 * Greeks and payoff at expiry.
 * <p>
 * Convention for the underlying: a holder earns the carry yield q and reinvests it in the
 * underlying (a rebasing LSD's balance grows), so {@code u} units held now are worth
 * {@code u S} today (delta u, no other Greek) and become {@code u e^{qT}} units at
 * expiry. Hence the factories hold {@code units e^{-qT}} now so that exactly
 * {@code units} are held at expiry: a covered call on {@code units} is then worth
 * {@code units (S e^{-qT} - C)} = {@code units (K e^{-rT} - P)} and pays
 * {@code units min(S_T, K)}. With q = 0 (a non-rebasing token, or the peg ratio) the two
 * readings agree.
 */
public final class OptionStrategy {

	/** Truncation tolerance of the jump-diffusion series when the market has jumps. */
	static final double JUMP_SERIES_TOLERANCE = 1e-12;

	/** Largest number of points on a payoff grid. */
	static final int MAX_GRID_POINTS = 10_001;

	private OptionStrategy() {
	}

	/**
	 * Legs of a covered call: hold the LSD, sell a call on the units held at expiry.
	 * @param units units of the LSD held at expiry and covered by the call, &gt; 0
	 * @param strike call strike
	 * @param carryYield continuous carry yield the holding earns (reinvested)
	 * @param timeToExpiryYears time to expiry in years
	 * @return the underlying leg ({@code units e^{-qT}} now) and a short call on
	 * {@code units}
	 */
	public static List<StrategyLeg> coveredCall(double units, double strike, double carryYield,
			double timeToExpiryYears) {
		Checks.positive("units", units, Checks.MAX_PRICE);
		Checks.rate("carryYield", carryYield);
		Checks.expiry("timeToExpiryYears", timeToExpiryYears);
		return List.of(StrategyLeg.underlying(units * Math.exp(-carryYield * timeToExpiryYears)),
				StrategyLeg.option(OptionType.CALL, strike, -units));
	}

	/**
	 * Legs of a depeg hedge: hold the LSD and buy a put on the LSD/ETH peg ratio (spot =
	 * peg ratio, strike = the peg level insured, e.g. 0.98).
	 * @param units units of the LSD held at expiry and insured, &gt; 0
	 * @param pegStrike peg ratio below which the put pays
	 * @param carryYield continuous carry yield on the peg ratio (normally 0)
	 * @param timeToExpiryYears time to expiry in years
	 * @return the underlying leg ({@code units e^{-qT}} now) and a long put on
	 * {@code units}
	 */
	public static List<StrategyLeg> depegHedge(double units, double pegStrike, double carryYield,
			double timeToExpiryYears) {
		Checks.positive("units", units, Checks.MAX_PRICE);
		Checks.rate("carryYield", carryYield);
		Checks.expiry("timeToExpiryYears", timeToExpiryYears);
		return List.of(StrategyLeg.underlying(units * Math.exp(-carryYield * timeToExpiryYears)),
				StrategyLeg.option(OptionType.PUT, pegStrike, units));
	}

	/**
	 * Value, Greeks and payoff at expiry of a strategy.
	 * @param legs the legs, at least one
	 * @param market spot, volatility, rates and jump parameters shared by the legs
	 * @param timeToExpiryYears the options' common expiry in years
	 * @param lowestPrice lowest underlying price at expiry on the payoff grid, &gt;= 0
	 * @param highestPrice highest price on the grid, &gt; lowestPrice
	 * @param gridPoints number of evenly spaced grid prices, in [2, 10001]
	 * @return the summed valuation and the payoff grid
	 * @throws IllegalArgumentException naming the first input outside its range
	 */
	public static StrategyValuation value(List<StrategyLeg> legs, StrategyMarket market, double timeToExpiryYears,
			double lowestPrice, double highestPrice, int gridPoints) {
		if (legs == null || legs.isEmpty()) {
			throw new IllegalArgumentException("legs must hold at least one leg");
		}
		for (StrategyLeg leg : legs) {
			if (leg == null) {
				throw new IllegalArgumentException("legs must not contain null");
			}
		}
		if (market == null) {
			throw new IllegalArgumentException("market must be given, was null");
		}
		Checks.inRange("lowestPrice", lowestPrice, 0.0, Checks.MAX_PRICE);
		Checks.inRange("highestPrice", highestPrice, lowestPrice, Checks.MAX_PRICE);
		if (!(highestPrice > lowestPrice)) {
			throw new IllegalArgumentException("highestPrice must be > lowestPrice, was " + highestPrice);
		}
		if (gridPoints < 2 || gridPoints > MAX_GRID_POINTS) {
			throw new IllegalArgumentException(
					"gridPoints must be within [2, " + MAX_GRID_POINTS + "], was " + gridPoints);
		}
		Checks.price("spot", market.spot());
		Checks.expiry("timeToExpiryYears", timeToExpiryYears);
		Checks.volatility("volatility", market.volatility());
		Checks.rate("riskFreeRate", market.riskFreeRate());
		Checks.rate("carryYield", market.carryYield());
		Checks.inRange("jumpIntensity", market.jumpIntensity(), 0.0, 50.0);
		Checks.inRange("jumpMean", market.jumpMean(), -5.0, 5.0);
		Checks.inRange("jumpVolatility", market.jumpVolatility(), 0.0, 3.0);
		OptionValuation total = OptionValuation.ZERO;
		double jumpIntensitySensitivity = 0.0;
		boolean jumps = market.jumpIntensity() != 0.0;
		for (StrategyLeg leg : legs) {
			if (leg.kind() == LegKind.UNDERLYING) {
				total = total
					.plus(new OptionValuation(leg.quantity() * market.spot(), leg.quantity(), 0, 0, 0, 0, 0, 0, 0, 0));
			}
			else if (jumps) {
				JumpValuation valuation = MertonJumpDiffusion.value(leg.optionType(), market.spot(), leg.strike(),
						timeToExpiryYears, market.volatility(), market.riskFreeRate(), market.carryYield(),
						market.jumpIntensity(), market.jumpMean(), market.jumpVolatility(), JUMP_SERIES_TOLERANCE);
				total = total.plus(valuation.greeks().times(leg.quantity()));
				jumpIntensitySensitivity += leg.quantity() * valuation.jumpIntensitySensitivity();
			}
			else {
				total = total.plus(
						BlackScholesMerton
							.value(leg.optionType(), market.spot(), leg.strike(), timeToExpiryYears,
									market.volatility(), market.riskFreeRate(), market.carryYield())
							.times(leg.quantity()));
			}
		}
		double unitsGrowth = Math.exp(market.carryYield() * timeToExpiryYears);
		double valueAtExpiry = total.price() * Math.exp(market.riskFreeRate() * timeToExpiryYears);
		List<PayoffPoint> grid = new ArrayList<>(gridPoints);
		double spacing = (highestPrice - lowestPrice) / (gridPoints - 1);
		for (int i = 0; i < gridPoints; i++) {
			double price = (i == gridPoints - 1) ? highestPrice : lowestPrice + i * spacing;
			double payoff = payoffAtExpiry(legs, price, unitsGrowth);
			grid.add(new PayoffPoint(price, payoff, payoff - valueAtExpiry));
		}
		return new StrategyValuation(total, jumpIntensitySensitivity, grid);
	}

	private static double payoffAtExpiry(List<StrategyLeg> legs, double priceAtExpiry, double unitsGrowth) {
		double payoff = 0.0;
		for (StrategyLeg leg : legs) {
			payoff += (leg.kind() == LegKind.UNDERLYING) ? leg.quantity() * unitsGrowth * priceAtExpiry
					: leg.quantity() * leg.optionType().payoff(priceAtExpiry, leg.strike());
		}
		return payoff;
	}

}
