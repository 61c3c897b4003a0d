package io.lsdrisk.benchmark;

import java.util.SplittableRandom;

/**
 * A fixed, varied set of option contracts for the benchmarks (seeded, so every run sees
 * the same).
 */
final class OptionContracts {

	final boolean[] call;

	final double[] spot;

	final double[] strike;

	final double[] time;

	final double[] volatility;

	final double[] rate;

	final double[] carry;

	OptionContracts(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		this.call = new boolean[count];
		this.spot = new double[count];
		this.strike = new double[count];
		this.time = new double[count];
		this.volatility = new double[count];
		this.rate = new double[count];
		this.carry = new double[count];
		for (int i = 0; i < count; i++) {
			this.call[i] = random.nextBoolean();
			this.spot[i] = 1.0;
			this.strike[i] = Math.exp(random.nextDouble(-0.5, 0.5));
			this.time[i] = random.nextDouble(1.0 / 365, 3.0);
			this.volatility[i] = random.nextDouble(0.05, 1.2);
			this.rate[i] = random.nextDouble(-0.01, 0.06);
			this.carry[i] = random.nextDouble(0.0, 0.05);
		}
	}

}
