package io.lsdrisk.benchmark;

import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.options.BlackScholesMerton;
import io.lsdrisk.compute.options.MertonJumpDiffusion;
import io.lsdrisk.compute.options.OptionType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Price plus all Greeks per contract: the one-pass formula against the usual one function
 * per Greek with Commons Math's normal law, and Merton's jump-diffusion at a 1e-12
 * truncation tolerance. Figures are nanoseconds per contract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OptionGreeksBenchmark {

	private static final int CONTRACTS = 10_000;

	private static final int JUMP_CONTRACTS = 1_000;

	private final OptionContracts contracts = new OptionContracts(CONTRACTS, 42);

	@Benchmark
	@OperationsPerInvocation(CONTRACTS)
	public void onePassPriceAndAllGreeks(Blackhole blackhole) {
		OptionContracts c = this.contracts;
		for (int i = 0; i < CONTRACTS; i++) {
			blackhole.consume(BlackScholesMerton.value(c.call[i] ? OptionType.CALL : OptionType.PUT, c.spot[i],
					c.strike[i], c.time[i], c.volatility[i], c.rate[i], c.carry[i]));
		}
	}

	@Benchmark
	@OperationsPerInvocation(CONTRACTS)
	public void baselineOneFunctionPerGreekWithCommonsMath(Blackhole blackhole) {
		OptionContracts c = this.contracts;
		for (int i = 0; i < CONTRACTS; i++) {
			boolean call = c.call[i];
			double s = c.spot[i];
			double k = c.strike[i];
			double t = c.time[i];
			double v = c.volatility[i];
			double r = c.rate[i];
			double q = c.carry[i];
			blackhole.consume(NaiveBlackScholes.price(call, s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.delta(call, s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.gamma(s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.vega(s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.theta(call, s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.rho(call, s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.carryRho(call, s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.vanna(s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.volga(s, k, t, v, r, q));
			blackhole.consume(NaiveBlackScholes.charm(call, s, k, t, v, r, q));
		}
	}

	@Benchmark
	@OperationsPerInvocation(CONTRACTS)
	public void onePassPriceOnly(Blackhole blackhole) {
		OptionContracts c = this.contracts;
		for (int i = 0; i < CONTRACTS; i++) {
			blackhole.consume(BlackScholesMerton.price(c.call[i] ? OptionType.CALL : OptionType.PUT, c.spot[i],
					c.strike[i], c.time[i], c.volatility[i], c.rate[i], c.carry[i]));
		}
	}

	/**
	 * Depeg-style jumps: about one jump a year of -5 % mean log size, 1e-12 tolerance.
	 */
	@Benchmark
	@OperationsPerInvocation(JUMP_CONTRACTS)
	public void mertonPriceAndAllGreeks(Blackhole blackhole) {
		OptionContracts c = this.contracts;
		for (int i = 0; i < JUMP_CONTRACTS; i++) {
			blackhole.consume(MertonJumpDiffusion.value(c.call[i] ? OptionType.CALL : OptionType.PUT, c.spot[i],
					c.strike[i], c.time[i], c.volatility[i], c.rate[i], c.carry[i], 1.0, -0.05, 0.03, 1e-12));
		}
	}

}
