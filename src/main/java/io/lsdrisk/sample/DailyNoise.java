package io.lsdrisk.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Standard normal draws that depend only on (seed, stream, day). Because no draw depends
 * on how far a path is generated, a path built to a later day extends the path built to
 * an earlier day unchanged.
 */
final class DailyNoise {

	private DailyNoise() {
	}

	/**
	 * A standard normal variate by Box-Muller from a generator seeded with the mix of the
	 * three keys (Box-Muller rather than {@code nextGaussian} so that the values do not
	 * depend on the JDK's Gaussian algorithm).
	 */
	static double gaussian(long seed, int stream, LocalDate day) {
		long key = mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + day.toEpochDay()));
		SplittableRandom random = new SplittableRandom(key);
		double uniform = 1.0 - random.nextDouble();
		double angle = 2.0 * Math.PI * random.nextDouble();
		return Math.sqrt(-2.0 * Math.log(uniform)) * Math.cos(angle);
	}

	/** A uniform variate in [0, 1) that depends only on (seed, stream, day). */
	static double uniform(long seed, int stream, LocalDate day) {
		long key = mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + day.toEpochDay()));
		return new SplittableRandom(key).nextDouble();
	}

	/** Seed for a named series, stable across JVMs (String.hashCode is specified). */
	static long seedOf(String name) {
		return mix(0x5A3D_1E5B_2022_0101L + name.hashCode());
	}

	/** The SplitMix64 finaliser. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
