package io.lsdrisk.compute.peg;

import java.util.SplittableRandom;

/**
 * Standard normal, exponential and uniform variates from a seeded
 * {@link SplittableRandom}. One instance per simulation; not thread-safe.
 * <p>
 * {@link #nextGaussian()} and {@link #nextExponential()} are the {@code RandomGenerator}
 * defaults of Java 17, the modified ziggurat algorithms of McFarland ("A modified
 * ziggurat algorithm for generating exponentially and normally distributed pseudorandom
 * numbers", J. Statistical Computation and Simulation 86, 2016).
 * <p>
 * {@link #nextNormal()}, the normal of the path loop, is the 256-layer ziggurat of
 * Marsaglia and Tsang ("The ziggurat method for generating random variables", J.
 * Statistical Software 5(8), 2000) in the form of Doornik ("An improved ziggurat method
 * to generate normal random samples", 2005): a 53-bit uniform abscissa and an 8-bit layer
 * index taken from disjoint bits of one {@code nextLong}, the wedges accepted against the
 * density itself and the tail beyond {@code R} drawn by Marsaglia's exact exponential
 * method, so the law is the normal one up to the 53-bit resolution of the uniforms, as
 * for McFarland's. The JDK's version is a large method that the path loop does not
 * inline; this one is small, and 98.5 % of the draws cost one {@code nextLong}, one table
 * look-up and one multiplication.
 */
final class GaussianSampler {

	/** Layers of the ziggurat. */
	private static final int LAYERS = 256;

	/** Right end of the base layer: the start of the tail. */
	private static final double R = 3.6541528853610088;

	/** The area of each layer under {@code exp(-x^2 / 2)}. */
	private static final double AREA = 0.00492867323399;

	/**
	 * Right ends of the layers: {@code X[0]} the base strip's width {@code AREA / f(R)},
	 * {@code X[1] = R}, decreasing to {@code X[LAYERS] = 0}.
	 */
	private static final double[] X = new double[LAYERS + 1];

	/** {@code X[i + 1] / X[i]}: the share of layer i under the density for sure. */
	private static final double[] RATIO = new double[LAYERS];

	static {
		double f = Math.exp(-0.5 * R * R);
		X[0] = AREA / f;
		X[1] = R;
		for (int i = 2; i < LAYERS; i++) {
			X[i] = Math.sqrt(-2 * Math.log(AREA / X[i - 1] + f));
			f = Math.exp(-0.5 * X[i] * X[i]);
		}
		X[LAYERS] = 0;
		for (int i = 0; i < LAYERS; i++) {
			RATIO[i] = X[i + 1] / X[i];
		}
	}

	private final SplittableRandom random;

	GaussianSampler(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** A standard normal by the JDK's algorithm. */
	double nextGaussian() {
		return this.random.nextGaussian();
	}

	/** A standard normal by the ziggurat of the class comment. */
	double nextNormal() {
		while (true) {
			long bits = this.random.nextLong();
			int layer = (int) bits & (LAYERS - 1);
			double u = (bits >>> 11) * 0x1.0p-52 - 1;
			if (Math.abs(u) < RATIO[layer]) {
				return u * X[layer];
			}
			if (layer == 0) {
				return tail(u < 0);
			}
			double x = u * X[layer];
			double square = x * x;
			// the point lies in the wedge of the layer: accept it under the density
			double atOuter = Math.exp(-0.5 * (X[layer] * X[layer] - square));
			double atInner = Math.exp(-0.5 * (X[layer + 1] * X[layer + 1] - square));
			if (atInner + this.random.nextDouble() * (atOuter - atInner) < 1) {
				return x;
			}
		}
	}

	/** Marsaglia's draw from the normal tail beyond R. */
	private double tail(boolean negative) {
		double x;
		double y;
		do {
			x = -Math.log(1 - this.random.nextDouble()) / R;
			y = -Math.log(1 - this.random.nextDouble());
		}
		while (y + y < x * x);
		return negative ? -(R + x) : R + x;
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
