package io.lsdrisk.compute.options;

import org.junit.jupiter.api.Test;

import static io.lsdrisk.compute.options.OptionType.CALL;
import static io.lsdrisk.compute.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ImpliedVolatilityTests {

	private static final double EPSILON = Math.ulp(1.0);

	@Test
	void roundTripsOverAGridOfMoneynessExpiryAndVolatility() {
		double[] moneyness = { 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0, 1.05, 1.1, 1.25, 1.5, 1.75, 2.0 };
		double[] times = { 1.0 / 365, 7.0 / 365, 1.0 / 12, 0.25, 0.5, 1, 2, 5, 10 };
		double[] vols = { 0.05, 0.1, 0.2, 0.4, 0.8, 1.2, 2.0 };
		double[][] rates = { { 0.03, 0.01 }, { -0.01, 0.035 } };
		int informative = 0;
		int total = 0;
		for (OptionType type : OptionType.values()) {
			for (double m : moneyness) {
				for (double t : times) {
					for (double vol : vols) {
						for (double[] rate : rates) {
							double spot = 1.0;
							double strike = m * spot;
							OptionValuation v = BlackScholesMerton.value(type, spot, strike, t, vol, rate[0], rate[1]);
							total++;
							if (v.price() <= 0) {
								continue;
							}
							double implied = ImpliedVolatility.impliedVolatility(type, v.price(), spot, strike, t,
									rate[0], rate[1]);
							// Where the price carries the information: a change of 1e-10
							// in volatility moves
							// the price by well over its rounding (ulps of the larger
							// formula leg).
							double priceNoise = 8 * EPSILON * Math.max(spot * Math.exp(-rate[1] * t), strike)
									* Math.max(v.price() / strike, Math.abs(v.delta()));
							if (priceNoise / v.vega() < 1e-11) {
								informative++;
								assertThat(implied).as("%s K=%s T=%s vol=%s r=%s", type, strike, t, vol, rate[0])
									.isCloseTo(vol, within(1e-10));
							}
							else {
								// No information at 1e-10: the result must reproduce the
								// price to its rounding.
								double repriced = BlackScholesMerton.price(type, spot, strike, t, implied, rate[0],
										rate[1]);
								assertThat(repriced).as("%s K=%s T=%s vol=%s", type, strike, t, vol)
									.isCloseTo(v.price(), within(priceNoise));
							}
						}
					}
				}
			}
		}
		// Most of the grid is informative, where the bound is the plain 1e-10.
		assertThat(informative).isGreaterThan(total * 3 / 4);
	}

	@Test
	void recoversHaugsExampleVolatility() {
		// Haug's generalized BSM example: call 65 on 60, T = 0.25, r = 0.08, q = 0, value
		// 2.1334 at
		// vol 0.30. The price is given to 4 decimals, so the volatility to about 1e-5.
		double implied = ImpliedVolatility.impliedVolatility(CALL, 2.1334, 60, 65, 0.25, 0.08, 0.0);
		assertThat(implied).isCloseTo(0.30, within(1e-5));
	}

	@Test
	void handlesAtTheMoneyAndExtremeButValidPrices() {
		// At the forward: x = 0, only the upper branch exists.
		double atForward = BlackScholesMerton.price(CALL, 1.0, Math.exp(0.02), 1.0, 0.6, 0.02, 0.0);
		assertThat(ImpliedVolatility.impliedVolatility(CALL, atForward, 1.0, Math.exp(0.02), 1.0, 0.02, 0.0))
			.isCloseTo(0.6, within(1e-13));
		// A tiny but representable out-of-the-money price: lower branch far from the
		// inflection.
		double tiny = BlackScholesMerton.price(CALL, 1.0, 2.0, 0.02, 0.2, 0.0, 0.0);
		assertThat(tiny).isBetween(1e-200, 1e-100);
		assertThat(ImpliedVolatility.impliedVolatility(CALL, tiny, 1.0, 2.0, 0.02, 0.0, 0.0)).isCloseTo(0.2,
				within(1e-12));
		// Near the upper bound (volatility 3 over 5 years: the price is 0.9993 of its
		// bound).
		double high = BlackScholesMerton.price(PUT, 1.0, 1.2, 5, 3.0, 0.0, 0.0);
		assertThat(ImpliedVolatility.impliedVolatility(PUT, high, 1.0, 1.2, 5, 0.0, 0.0)).isCloseTo(3.0, within(1e-10));
	}

	@Test
	void thePriceAtTheLowerBoundHasZeroVolatility() {
		double intrinsic = Math.exp(-0.01) - 0.9 * Math.exp(-0.03);
		assertThat(ImpliedVolatility.impliedVolatility(CALL, intrinsic, 1.0, 0.9, 1.0, 0.03, 0.01)).isZero();
		assertThat(ImpliedVolatility.impliedVolatility(PUT, 0.0, 1.0, 0.9, 1.0, 0.03, 0.01)).isZero();
	}

	@Test
	void rejectsPricesOutsideTheNoArbitrageBounds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpliedVolatility.impliedVolatility(CALL, 0.05, 1.0, 0.9, 1.0, 0.03, 0.01))
			.withMessageStartingWith("price must lie within the no-arbitrage bounds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpliedVolatility.impliedVolatility(CALL, Math.exp(-0.01), 1.0, 0.9, 1.0, 0.03, 0.01))
			.withMessageStartingWith("price must lie within the no-arbitrage bounds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpliedVolatility.impliedVolatility(PUT, -1e-9, 1.0, 0.9, 1.0, 0.03, 0.01))
			.withMessageStartingWith("price must");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpliedVolatility.impliedVolatility(PUT, 1.0, 1.0, 0.9, 1.0, 0.03, 0.01))
			.withMessageStartingWith("price must");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpliedVolatility.impliedVolatility(PUT, Double.NaN, 1.0, 0.9, 1.0, 0.03, 0.01))
			.withMessage("price must be finite, was NaN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpliedVolatility.impliedVolatility(PUT, 0.1, 1.0, 0.9, 0.0, 0.03, 0.01))
			.withMessageStartingWith("timeToExpiryYears must be");
	}

}
