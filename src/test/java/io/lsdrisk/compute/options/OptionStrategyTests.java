package io.lsdrisk.compute.options;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.lsdrisk.compute.options.OptionType.CALL;
import static io.lsdrisk.compute.options.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OptionStrategyTests {

	private static final double STAKING_YIELD = 0.035;

	private static final double RATE = 0.04;

	private static final double TIME = 0.5;

	private static final StrategyMarket LSD = StrategyMarket.withoutJumps(1.0, 0.6, RATE, STAKING_YIELD);

	@Test
	void coveredCallPaysTheLesserOfPriceAndStrikePerUnit() {
		List<StrategyLeg> legs = OptionStrategy.coveredCall(10, 1.2, STAKING_YIELD, TIME);
		StrategyValuation valuation = OptionStrategy.value(legs, LSD, TIME, 0.0, 3.0, 31);
		assertThat(valuation.payoffAtExpiry()).hasSize(31);
		for (PayoffPoint point : valuation.payoffAtExpiry()) {
			assertThat(point.payoff()).isCloseTo(10 * Math.min(point.priceAtExpiry(), 1.2), within(1e-12));
		}
		assertThat(valuation.payoffAtExpiry().get(30).priceAtExpiry()).isEqualTo(3.0);
	}

	@Test
	void coveredCallIsWorthTheCarryDiscountedSpotLessTheCallAndMatchesParity() {
		StrategyValuation valuation = OptionStrategy.value(OptionStrategy.coveredCall(10, 1.2, STAKING_YIELD, TIME),
				LSD, TIME, 0.5, 2.0, 4);
		OptionValuation call = BlackScholesMerton.value(CALL, 1.0, 1.2, TIME, 0.6, RATE, STAKING_YIELD);
		OptionValuation put = BlackScholesMerton.value(PUT, 1.0, 1.2, TIME, 0.6, RATE, STAKING_YIELD);
		double value = valuation.greeks().price();
		assertThat(value).isCloseTo(10 * (Math.exp(-STAKING_YIELD * TIME) - call.price()), within(1e-12));
		// S e^{-qT} - C = K e^{-rT} - P: the covered call is a short put plus a bond.
		assertThat(value).isCloseTo(10 * (1.2 * Math.exp(-RATE * TIME) - put.price()), within(1e-12));
		assertThat(valuation.greeks().delta()).isCloseTo(10 * (Math.exp(-STAKING_YIELD * TIME) - call.delta()),
				within(1e-12));
		assertThat(valuation.greeks().gamma()).isCloseTo(-10 * call.gamma(), within(1e-12));
		assertThat(valuation.greeks().vega()).isCloseTo(-10 * call.vega(), within(1e-12));
		assertThat(valuation.greeks().theta()).isCloseTo(-10 * call.theta(), within(1e-12));
		// Profit at expiry: payoff less today's value carried at the risk-free rate.
		PayoffPoint first = valuation.payoffAtExpiry().get(0);
		assertThat(first.profit()).isCloseTo(10 * 0.5 - value * Math.exp(RATE * TIME), within(1e-12));
	}

	@Test
	void depegHedgeFloorsTheHoldingAtThePegStrike() {
		StrategyMarket peg = new StrategyMarket(0.995, 0.05, RATE, 0.0, 0.5, -0.08, 0.05);
		List<StrategyLeg> legs = OptionStrategy.depegHedge(100, 0.98, 0.0, 1.0);
		StrategyValuation valuation = OptionStrategy.value(legs, peg, 1.0, 0.8, 1.1, 31);
		for (PayoffPoint point : valuation.payoffAtExpiry()) {
			assertThat(point.payoff()).isCloseTo(100 * Math.max(point.priceAtExpiry(), 0.98), within(1e-12));
		}
		JumpValuation put = MertonJumpDiffusion.value(PUT, 0.995, 0.98, 1.0, 0.05, RATE, 0.0, 0.5, -0.08, 0.05,
				OptionStrategy.JUMP_SERIES_TOLERANCE);
		assertThat(valuation.greeks().price()).isCloseTo(100 * (0.995 + put.price()), within(1e-12));
		assertThat(valuation.greeks().delta()).isCloseTo(100 * (1 + put.delta()), within(1e-12));
		assertThat(valuation.jumpIntensitySensitivity()).isCloseTo(100 * put.jumpIntensitySensitivity(), within(1e-12));
		assertThat(valuation.jumpIntensitySensitivity()).isPositive();
	}

	@Test
	void portfolioSumsValuationsWeightedByQuantity() {
		OptionValuation a = BlackScholesMerton.value(CALL, 1.0, 1.1, 1.0, 0.5, 0.03, 0.02);
		OptionValuation b = BlackScholesMerton.value(PUT, 1.0, 0.9, 0.25, 0.7, 0.03, 0.02);
		OptionValuation total = Portfolio.total(List.of(a, b), new double[] { 2.0, -3.0 });
		assertThat(total.price()).isCloseTo(2 * a.price() - 3 * b.price(), within(1e-15));
		assertThat(total.vanna()).isCloseTo(2 * a.vanna() - 3 * b.vanna(), within(1e-15));
		assertThat(total.charm()).isCloseTo(2 * a.charm() - 3 * b.charm(), within(1e-15));
		JumpValuation jump = MertonJumpDiffusion.value(PUT, 1.0, 0.97, 1.0, 0.1, 0.03, 0.0, 1.0, -0.1, 0.05, 1e-12);
		JumpValuation book = Portfolio.totalWithJumps(List.of(jump, jump), new double[] { 1.0, -4.0 });
		assertThat(book.price()).isCloseTo(-3 * jump.price(), within(1e-15));
		assertThat(book.jumpIntensitySensitivity()).isCloseTo(-3 * jump.jumpIntensitySensitivity(), within(1e-15));
		assertThat(book.truncationErrorBound()).isCloseTo(5 * jump.truncationErrorBound(), within(1e-25));
		assertThatIllegalArgumentException().isThrownBy(() -> Portfolio.total(List.of(a), new double[] { 1.0, 2.0 }))
			.withMessageStartingWith("quantities must hold one entry per valuation");
	}

	@Test
	void rejectsInvalidStrategies() {
		assertThatIllegalArgumentException().isThrownBy(() -> OptionStrategy.value(List.of(), LSD, TIME, 0, 2, 3))
			.withMessageStartingWith("legs must");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OptionStrategy.value(List.of(StrategyLeg.underlying(1)), LSD, TIME, 2, 1, 3))
			.withMessageStartingWith("highestPrice must");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OptionStrategy.value(List.of(StrategyLeg.underlying(1)), LSD, TIME, 0, 2, 1))
			.withMessageStartingWith("gridPoints must");
		assertThatIllegalArgumentException().isThrownBy(() -> StrategyLeg.option(CALL, -1, 1))
			.withMessageStartingWith("strike must");
		assertThatIllegalArgumentException().isThrownBy(() -> new StrategyLeg(LegKind.OPTION, null, 1, 1))
			.withMessageStartingWith("optionType must");
		assertThatIllegalArgumentException().isThrownBy(() -> StrategyLeg.underlying(Double.NaN))
			.withMessageStartingWith("quantity must");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OptionStrategy.value(List.of(StrategyLeg.underlying(1)),
					StrategyMarket.withoutJumps(-1, 0.5, 0, 0), TIME, 0, 2, 3))
			.withMessageStartingWith("spot must");
	}

}
