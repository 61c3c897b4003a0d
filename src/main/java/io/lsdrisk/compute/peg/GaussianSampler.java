package io.lsdrisk.compute.peg;

import java.util.SplittableRandom;

/**
 * Standard normal and exponential variates from a seeded {@link SplittableRandom}: the
 * polar method of Marsaglia and Bray (1964), which yields two normals per accepted pair.
 * One instance per simulation; not thread-safe.
 */
final class GaussianSampler {

	private final SplittableRandom random;

	private double spare;

	private boolean hasSpare;

	GaussianSampler(long seed) {
		this.random = new SplittableRandom(seed);
	}

	double nextGaussian() {
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spare;
		}
		double u;
		double v;
		double s;
		do {
			u = 2 * this.random.nextDouble() - 1;
			v = 2 * this.random.nextDouble() - 1;
			s = u * u + v * v;
		}
		while (s >= 1 || s == 0);
		double multiplier = Math.sqrt(-2 * Math.log(s) / s);
		this.spare = v * multiplier;
		this.hasSpare = true;
		return u * multiplier;
	}

	/** Exponential with mean 1. */
	double nextExponential() {
		// 1 - u lies in (0, 1]; log is an intrinsic, log1p is not
		return -Math.log(1 - this.random.nextDouble());
	}

	/** Uniform in [0, 1). */
	double nextUniform() {
		return this.random.nextDouble();
	}

}
