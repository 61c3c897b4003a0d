package io.lsdrisk.benchmark;

import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.options.BlackScholesMerton;
import io.lsdrisk.compute.options.ImpliedVolatility;
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
 * Implied volatility per price, over varied contracts whose prices come from known
 * volatilities. Figures are nanoseconds per implied volatility.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ImpliedVolatilityBenchmark {

	private static final int CONTRACTS = 10_000;

	private final OptionContracts contracts = new OptionContracts(CONTRACTS, 7);

	private final double[] prices = new double[CONTRACTS];

	public ImpliedVolatilityBenchmark() {
		OptionContracts c = this.contracts;
		for (int i = 0; i < CONTRACTS; i++) {
			this.prices[i] = BlackScholesMerton.price(type(i), c.spot[i], c.strike[i], c.time[i], c.volatility[i],
					c.rate[i], c.carry[i]);
		}
	}

	private OptionType type(int i) {
		return this.contracts.call[i] ? OptionType.CALL : OptionType.PUT;
	}

	@Benchmark
	@OperationsPerInvocation(CONTRACTS)
	public void impliedVolatility(Blackhole blackhole) {
		OptionContracts c = this.contracts;
		for (int i = 0; i < CONTRACTS; i++) {
			blackhole.consume(ImpliedVolatility.impliedVolatility(type(i), this.prices[i], c.spot[i], c.strike[i],
					c.time[i], c.rate[i], c.carry[i]));
		}
	}

}
