package io.lsdrisk.compute.options;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static io.lsdrisk.compute.options.OptionType.CALL;
import static io.lsdrisk.compute.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BlackScholesMertonTests {

	// E. G. Haug, "Option pricing formulas", McGraw-Hill 1998, pp. 2-8, 24, 27, as
	// tabulated in
	// QuantLib's test-suite/europeanoption.cpp (testValues): type, strike, spot, q, r, t,
	// vol, value.
	private static final Object[][] HAUG_VALUES = { { CALL, 65.0, 60.0, 0.00, 0.08, 0.25, 0.30, 2.1334 },
			{ PUT, 95.0, 100.0, 0.05, 0.10, 0.50, 0.20, 2.4648 }, { PUT, 19.0, 19.0, 0.10, 0.10, 0.75, 0.28, 1.7011 },
			{ CALL, 19.0, 19.0, 0.10, 0.10, 0.75, 0.28, 1.7011 }, { CALL, 1.60, 1.56, 0.08, 0.06, 0.50, 0.12, 0.0291 },
			{ PUT, 70.0, 75.0, 0.05, 0.10, 0.50, 0.35, 4.0870 }, { CALL, 100.0, 90.0, 0.10, 0.10, 0.10, 0.15, 0.0205 },
			{ CALL, 100.0, 100.0, 0.10, 0.10, 0.10, 0.15, 1.8734 },
			{ CALL, 100.0, 110.0, 0.10, 0.10, 0.10, 0.15, 9.9413 },
			{ CALL, 100.0, 90.0, 0.10, 0.10, 0.10, 0.25, 0.3150 },
			{ CALL, 100.0, 100.0, 0.10, 0.10, 0.10, 0.25, 3.1217 },
			{ CALL, 100.0, 110.0, 0.10, 0.10, 0.10, 0.25, 10.3556 },
			{ CALL, 100.0, 90.0, 0.10, 0.10, 0.10, 0.35, 0.9474 },
			{ CALL, 100.0, 100.0, 0.10, 0.10, 0.10, 0.35, 4.3693 },
			{ CALL, 100.0, 110.0, 0.10, 0.10, 0.10, 0.35, 11.1381 },
			{ CALL, 100.0, 90.0, 0.10, 0.10, 0.50, 0.15, 0.8069 },
			{ CALL, 100.0, 100.0, 0.10, 0.10, 0.50, 0.15, 4.0232 },
			{ CALL, 100.0, 110.0, 0.10, 0.10, 0.50, 0.15, 10.5769 },
			{ CALL, 100.0, 90.0, 0.10, 0.10, 0.50, 0.25, 2.7026 },
			{ CALL, 100.0, 100.0, 0.10, 0.10, 0.50, 0.25, 6.6997 },
			{ CALL, 100.0, 110.0, 0.10, 0.10, 0.50, 0.25, 12.7857 },
			{ CALL, 100.0, 90.0, 0.10, 0.10, 0.50, 0.35, 4.9329 },
			{ CALL, 100.0, 100.0, 0.10, 0.10, 0.50, 0.35, 9.3679 },
			{ CALL, 100.0, 110.0, 0.10, 0.10, 0.50, 0.35, 15.3086 },
			{ PUT, 100.0, 90.0, 0.10, 0.10, 0.10, 0.15, 9.9210 }, { PUT, 100.0, 100.0, 0.10, 0.10, 0.10, 0.15, 1.8734 },
			{ PUT, 100.0, 110.0, 0.10, 0.10, 0.10, 0.15, 0.0408 },
			{ PUT, 100.0, 90.0, 0.10, 0.10, 0.10, 0.25, 10.2155 },
			{ PUT, 100.0, 100.0, 0.10, 0.10, 0.10, 0.25, 3.1217 },
			{ PUT, 100.0, 110.0, 0.10, 0.10, 0.10, 0.25, 0.4551 },
			{ PUT, 100.0, 90.0, 0.10, 0.10, 0.10, 0.35, 10.8479 },
			{ PUT, 100.0, 100.0, 0.10, 0.10, 0.10, 0.35, 4.3693 },
			{ PUT, 100.0, 110.0, 0.10, 0.10, 0.10, 0.35, 1.2376 },
			{ PUT, 100.0, 90.0, 0.10, 0.10, 0.50, 0.15, 10.3192 },
			{ PUT, 100.0, 100.0, 0.10, 0.10, 0.50, 0.15, 4.0232 },
			{ PUT, 100.0, 110.0, 0.10, 0.10, 0.50, 0.15, 1.0646 },
			{ PUT, 100.0, 90.0, 0.10, 0.10, 0.50, 0.25, 12.2149 },
			{ PUT, 100.0, 100.0, 0.10, 0.10, 0.50, 0.25, 6.6997 },
			{ PUT, 100.0, 110.0, 0.10, 0.10, 0.50, 0.25, 3.2734 },
			{ PUT, 100.0, 90.0, 0.10, 0.10, 0.50, 0.35, 14.4452 },
			{ PUT, 100.0, 100.0, 0.10, 0.10, 0.50, 0.35, 9.3679 },
			{ PUT, 100.0, 110.0, 0.10, 0.10, 0.50, 0.35, 5.7963 },
			{ CALL, 40.0, 42.0, 0.08, 0.04, 0.75, 0.35, 5.0975 } };

	@Test
	void pricesMatchHaugTables() {
		for (Object[] row : HAUG_VALUES) {
			double price = BlackScholesMerton.price((OptionType) row[0], (double) row[2], (double) row[1],
					(double) row[5], (double) row[6], (double) row[4], (double) row[3]);
			assertThat(price).as("row %s/%s/%s", row[0], row[1], row[2]).isCloseTo((double) row[7], within(1e-4));
		}
	}

	@Test
	void greeksMatchHaugTables() {
		// Haug 1998 pp. 11-16 via QuantLib europeanoption.cpp testGreekValues; Haug's
		// theta is per
		// year in calendar time (dV/dt), and his "dividend rho" is dV/dq: our
		// conventions.
		assertThat(BlackScholesMerton.value(CALL, 105, 100, 0.5, 0.36, 0.10, 0.10).delta()).isCloseTo(0.5946,
				within(1e-4));
		assertThat(BlackScholesMerton.value(PUT, 105, 100, 0.5, 0.36, 0.10, 0.10).delta()).isCloseTo(-0.3566,
				within(1e-4));
		assertThat(BlackScholesMerton.value(CALL, 55, 60, 0.75, 0.30, 0.10, 0.0).gamma()).isCloseTo(0.0278,
				within(1e-4));
		assertThat(BlackScholesMerton.value(PUT, 55, 60, 0.75, 0.30, 0.10, 0.0).vega()).isCloseTo(18.9358,
				within(1e-4));
		OptionValuation put = BlackScholesMerton.value(PUT, 430, 405, 1.0 / 12.0, 0.20, 0.07, 0.05);
		assertThat(put.theta()).isCloseTo(-31.1924, within(1e-4));
		assertThat(put.theta() / 365.0).isCloseTo(-0.0855, within(1e-4));
		assertThat(BlackScholesMerton.value(CALL, 72, 75, 1.0, 0.19, 0.09, 0.0).rho()).isCloseTo(38.7325, within(1e-4));
		assertThat(BlackScholesMerton.value(PUT, 500, 490, 0.25, 0.15, 0.08, 0.05).carryRho()).isCloseTo(42.2254,
				within(1e-4));
	}

	@Test
	void matchesQuantLibAnalyticEuropeanEngine() {
		// Independent values from QuantLib 1.29 (Debian quantlib-python),
		// AnalyticEuropeanEngine
		// with BlackScholesMertonProcess, flat continuous rates, Actual365Fixed, T = days
		// / 365.
		// QuantLib's vega is per 1.00 of volatility and its theta is per year in calendar
		// time
		// (dV/dt, -dV/dT): both our conventions, so no conversion. dividendRho = dV/dq.
		// Columns: type, spot, strike, q, r, vol, days, NPV, delta, gamma, vega, theta,
		// rho, dividendRho.
		Object[][] quantLib = { { CALL, 100.0, 105.0, 0.03, 0.05, 0.25, 365, 8.441897962675583, 0.48903202433707743,
				0.015485320560557448, 38.71330140139362, -5.395131825714587, 40.4613044710321, -48.90320243370768 },
				{ PUT, 100.0, 95.0, 0.03, 0.05, 0.25, 365, 6.3569559958987805, -0.33076612936053307,
						0.014236653952377769, 35.59163488094441, -3.4695743016020404, -39.433568931952095,
						33.076612936053316 },
				{ CALL, 1.0, 0.98, 0.035, -0.01, 0.4, 182, 0.10939397494559042, 0.5434591285765822, 1.37569543573927,
						0.2743852814296407, -0.08669391382265124, 0.21643796701600138, -0.2709850997285972 },
				{ PUT, 1.0, 0.98, 0.035, -0.01, 0.4, 182, 0.11159340327342612, -0.439240221681295, 1.37569543573927,
						0.2743852814296407, -0.1309373788675342, -0.27466224586783355, 0.21901841190683752 },
				{ PUT, 3000.0, 2500.0, -0.02, 0.04, 0.8, 730, 792.5259386903831, -0.21071200893633701,
						8.647982671323098e-05, 1245.3095046705266, -179.43270177794935, -2849.3239309987885,
						1264.272053618022 },
				{ CALL, 3000.0, 3600.0, -0.02, -0.005, 0.65, 30, 53.73379091006366, 0.190122459737168,
						0.00048590626803464204, 233.63438367145147, -932.6534717435868, 42.46303465491299,
						-46.8795106201237 } };
		for (Object[] row : quantLib) {
			OptionValuation v = BlackScholesMerton.value((OptionType) row[0], (double) row[1], (double) row[2],
					(int) row[6] / 365.0, (double) row[5], (double) row[4], (double) row[3]);
			double[] actual = { v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho() };
			for (int i = 0; i < actual.length; i++) {
				double expected = (double) row[7 + i];
				assertThat(actual[i]).as("%s %s figure %d", row[0], row[2], i)
					.isCloseTo(expected, within(1e-11 * Math.abs(expected) + 1e-14));
			}
		}
	}

	@Test
	void putCallParityHoldsToTwelveDigits() {
		for (double strike : new double[] { 0.3, 0.7, 0.95, 1.0, 1.05, 1.5, 3.0 }) {
			for (double time : new double[] { 0.0, 1e-6, 0.01, 0.5, 3, 30 }) {
				for (double vol : new double[] { 0.0, 0.01, 0.3, 1.5, 5 }) {
					for (double rate : new double[] { -0.03, 0.0, 0.05 }) {
						for (double carry : new double[] { -0.02, 0.035 }) {
							double call = BlackScholesMerton.price(CALL, 1.0, strike, time, vol, rate, carry);
							double put = BlackScholesMerton.price(PUT, 1.0, strike, time, vol, rate, carry);
							double forwardValue = Math.exp(-carry * time) - strike * Math.exp(-rate * time);
							assertThat(call - put).isCloseTo(forwardValue, within(1e-12));
						}
					}
				}
			}
		}
	}

	@Test
	void everyGreekMatchesACentralFiniteDifference() {
		double spot = 100;
		for (OptionType type : OptionType.values()) {
			for (double strike : new double[] { 60, 95, 100, 105, 150 }) {
				for (double time : new double[] { 0.05, 1, 5 }) {
					for (double vol : new double[] { 0.1, 0.5, 1.2 }) {
						for (double rate : new double[] { -0.02, 0.05 }) {
							for (double carry : new double[] { -0.01, 0.04 }) {
								checkGreeks(type, spot, strike, time, vol, rate, carry);
							}
						}
					}
				}
			}
		}
	}

	private static void checkGreeks(OptionType type, double s, double k, double t, double v, double r, double q) {
		OptionValuation a = BlackScholesMerton.value(type, s, k, t, v, r, q);
		String label = type + " K=" + k + " T=" + t + " vol=" + v + " r=" + r + " q=" + q;
		// Steps scaled to the width of the distribution keep the truncation error small.
		double hs = 1e-3 * s * Math.min(1.0, v * Math.sqrt(t));
		double hv = 1e-5;
		double ht = 1e-5 * t;
		double hr = 1e-6;
		assertClose(label + " delta", a.delta(),
				(price(type, s + hs, k, t, v, r, q) - price(type, s - hs, k, t, v, r, q)) / (2 * hs), 1e-7);
		assertClose(label + " gamma", a.gamma(), (BlackScholesMerton.value(type, s + hs, k, t, v, r, q).delta()
				- BlackScholesMerton.value(type, s - hs, k, t, v, r, q).delta()) / (2 * hs), 1e-8);
		assertClose(label + " vega", a.vega(),
				(price(type, s, k, t, v + hv, r, q) - price(type, s, k, t, v - hv, r, q)) / (2 * hv), 1e-5);
		assertClose(label + " theta", a.theta(),
				-(price(type, s, k, t + ht, v, r, q) - price(type, s, k, t - ht, v, r, q)) / (2 * ht), 1e-5);
		assertClose(label + " rho", a.rho(),
				(price(type, s, k, t, v, r + hr, q) - price(type, s, k, t, v, r - hr, q)) / (2 * hr), 1e-5);
		assertClose(label + " carryRho", a.carryRho(),
				(price(type, s, k, t, v, r, q + hr) - price(type, s, k, t, v, r, q - hr)) / (2 * hr), 1e-5);
		assertClose(label + " vanna", a.vanna(), (BlackScholesMerton.value(type, s, k, t, v + hv, r, q).delta()
				- BlackScholesMerton.value(type, s, k, t, v - hv, r, q).delta()) / (2 * hv), 1e-6);
		assertClose(label + " volga", a.volga(), (BlackScholesMerton.value(type, s, k, t, v + hv, r, q).vega()
				- BlackScholesMerton.value(type, s, k, t, v - hv, r, q).vega()) / (2 * hv), 1e-4);
		assertClose(label + " charm", a.charm(), -(BlackScholesMerton.value(type, s, k, t + ht, v, r, q).delta()
				- BlackScholesMerton.value(type, s, k, t - ht, v, r, q).delta()) / (2 * ht), 1e-6);
	}

	static void assertClose(String label, double actual, double finiteDifference, double absoluteFloor) {
		assertThat(actual).as(label)
			.isCloseTo(finiteDifference, within(1e-6 * Math.abs(finiteDifference) + absoluteFloor));
	}

	private static double price(OptionType type, double s, double k, double t, double v, double r, double q) {
		return BlackScholesMerton.price(type, s, k, t, v, r, q);
	}

	@Test
	void valueAndPriceAgree() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 2000; i++) {
			OptionType type = random.nextBoolean() ? CALL : PUT;
			double s = Math.exp(random.nextDouble(-3, 3));
			double k = Math.exp(random.nextDouble(-3, 3));
			double t = random.nextDouble(0, 10);
			double v = random.nextDouble(0, 2);
			double r = random.nextDouble(-0.1, 0.1);
			double q = random.nextDouble(-0.1, 0.1);
			assertThat(BlackScholesMerton.value(type, s, k, t, v, r, q).price())
				.isCloseTo(BlackScholesMerton.price(type, s, k, t, v, r, q), within(1e-15 * Math.max(s, k)));
		}
	}

	@Test
	void atExpiryTheOptionIsWorthItsIntrinsicValueWithAStepDelta() {
		OptionValuation itm = BlackScholesMerton.value(CALL, 1.1, 1.0, 0.0, 0.5, 0.05, 0.03);
		assertThat(itm.price()).isCloseTo(0.1, within(1e-15));
		assertThat(itm.delta()).isEqualTo(1.0);
		assertThat(itm.gamma()).isZero();
		assertThat(itm.vega()).isZero();
		// theta at expiry (in the money): -d/dT (S e^{-qT} - K e^{-rT}) at T = 0 is q S -
		// r K.
		assertThat(itm.theta()).isCloseTo(0.03 * 1.1 - 0.05 * 1.0, within(1e-15));
		OptionValuation atTheMoney = BlackScholesMerton.value(PUT, 1.0, 1.0, 0.0, 0.5, 0.05, 0.03);
		assertThat(atTheMoney.price()).isZero();
		assertThat(atTheMoney.delta()).isEqualTo(-0.5);
		assertThat(BlackScholesMerton.value(PUT, 1.1, 1.0, 0.0, 0.5, 0.05, 0.03).delta()).isZero();
	}

	@Test
	void withoutVolatilityTheOptionIsTheDiscountedIntrinsicValueOfTheForward() {
		// F = 1 * e^{(0.05 - 0.01) 2} = 1.0833 > K = 1.05: the call is worth S e^{-qT} -
		// K e^{-rT}.
		OptionValuation call = BlackScholesMerton.value(CALL, 1.0, 1.05, 2.0, 0.0, 0.05, 0.01);
		assertThat(call.price()).isCloseTo(Math.exp(-0.02) - 1.05 * Math.exp(-0.1), within(1e-15));
		assertThat(call.delta()).isCloseTo(Math.exp(-0.02), within(1e-15));
		assertThat(BlackScholesMerton.value(PUT, 1.0, 1.05, 2.0, 0.0, 0.05, 0.01).price()).isZero();
		// Continuity into the limit: a tiny volatility gives nearly the same figures.
		OptionValuation tiny = BlackScholesMerton.value(CALL, 1.0, 1.05, 2.0, 1e-9, 0.05, 0.01);
		assertThat(tiny.price()).isCloseTo(call.price(), within(1e-15));
		assertThat(tiny.theta()).isCloseTo(call.theta(), within(1e-12));
		assertThat(tiny.rho()).isCloseTo(call.rho(), within(1e-12));
		// At the forward (r = q) the vega limit is S e^{-qT} sqrt(T) n(0).
		OptionValuation atForward = BlackScholesMerton.value(CALL, 1.0, 1.0, 2.0, 0.0, 0.03, 0.03);
		assertThat(atForward.vega()).isCloseTo(Math.exp(-0.06) * Math.sqrt(2) * 0.3989422804014327, within(1e-15));
		assertThat(BlackScholesMerton.value(CALL, 1.0, 1.0, 2.0, 1e-12, 0.03, 0.03).vega()).isCloseTo(atForward.vega(),
				within(1e-12));
	}

	@Test
	void extremeInputsGiveFiniteFigures() {
		SplittableRandom random = new SplittableRandom(11);
		double[] prices = { 1e-12, 1e-6, 1, 1e6, 1e12 };
		double[] times = { 0, 1e-300, 1e-12, 1e-3, 1, 100 };
		double[] vols = { 0, 1e-300, 1e-20, 1e-8, 0.5, 10 };
		double[] rates = { -1, -1e-9, 0, 0.04, 1 };
		for (OptionType type : OptionType.values()) {
			for (double s : prices) {
				for (double k : prices) {
					for (double t : times) {
						for (double v : vols) {
							double r = rates[random.nextInt(rates.length)];
							double q = rates[random.nextInt(rates.length)];
							assertFinite(BlackScholesMerton.value(type, s, k, t, v, r, q));
						}
					}
				}
			}
		}
	}

	static void assertFinite(OptionValuation v) {
		double[] figures = { v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm() };
		for (double figure : figures) {
			assertThat(Double.isFinite(figure)).as("%s", v).isTrue();
		}
		assertThat(v.price()).isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void deepInAndOutOfTheMoneyApproachTheBounds() {
		OptionValuation deepIn = BlackScholesMerton.value(CALL, 100, 1, 1, 0.2, 0.05, 0.02);
		assertThat(deepIn.price()).isCloseTo(100 * Math.exp(-0.02) - Math.exp(-0.05), within(1e-12));
		assertThat(deepIn.delta()).isCloseTo(Math.exp(-0.02), within(1e-15));
		OptionValuation deepOut = BlackScholesMerton.value(CALL, 1, 100, 1, 0.2, 0.05, 0.02);
		assertThat(deepOut.price()).isGreaterThanOrEqualTo(0.0).isLessThan(1e-100);
	}

	@Test
	void rejectsInvalidInputNamingTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> BlackScholesMerton.value(CALL, -1, 1, 1, 0.2, 0, 0))
			.withMessageStartingWith("spot must be");
		assertThatIllegalArgumentException().isThrownBy(() -> BlackScholesMerton.value(CALL, 1, 0, 1, 0.2, 0, 0))
			.withMessageStartingWith("strike must be");
		assertThatIllegalArgumentException().isThrownBy(() -> BlackScholesMerton.value(CALL, 1, 1, -1, 0.2, 0, 0))
			.withMessageStartingWith("timeToExpiryYears must be");
		assertThatIllegalArgumentException().isThrownBy(() -> BlackScholesMerton.value(CALL, 1, 1, 1, Double.NaN, 0, 0))
			.withMessage("volatility must be finite and within [0.0, 10.0], was NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> BlackScholesMerton.value(PUT, 1, 1, 1, 0.2, 2, 0))
			.withMessageStartingWith("riskFreeRate must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BlackScholesMerton.price(PUT, 1, 1, 1, 0.2, 0, Double.POSITIVE_INFINITY))
			.withMessageStartingWith("carryYield must be");
		assertThatIllegalArgumentException().isThrownBy(() -> BlackScholesMerton.price(null, 1, 1, 1, 0.2, 0, 0))
			.withMessageStartingWith("type must be");
	}

}
