package io.lsdrisk.compute.peg;

import java.util.SplittableRandom;

/**
 * Standard normal, exponential and uniform variates from a seeded
 * {@link SplittableRandom}. Normals and exponentials come from the
 * {@code RandomGenerator} defaults of Java 17, the modified ziggurat algorithms of
 * McFarland ("A modified ziggurat algorithm for generating exponentially and normally
 * distributed pseudorandom numbers", J. Statistical Computation and Simulation 86, 2016):
 * exact in distribution, and about three times faster than the polar method. One instance
 * per simulation; not thread-safe.
 */
final class GaussianSampler {

	private final SplittableRandom random;

	GaussianSampler(long seed) {
		this.random = new SplittableRandom(seed);
	}

	double nextGaussian() {
		return this.random.nextGaussian();
	}

	/** Exponential with mean 1. */
	double nextExponential() {
		return this.random.nextExponential();
	}

	/** Uniform in [0, 1). */
	double nextUniform() {
		return this.random.nextDouble();
	}

	/** A uniform integer in [0, 2^53), as a double (exactly). */
	double nextUniformCell() {
		return this.random.nextLong() >>> 11;
	}

	/** Uniform in (0, 1]. */
	double nextPositiveUniform() {
		return 1 - this.random.nextDouble();
	}

}
