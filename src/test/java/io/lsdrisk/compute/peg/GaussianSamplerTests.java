package io.lsdrisk.compute.peg;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GaussianSamplerTests {

	private static final int DRAWS = 2_000_000;

	@Test
	void zigguratNormalsHaveTheNormalLaw() {
		GaussianSampler sampler = new GaussianSampler(20261204);
		double[] draws = new double[DRAWS];
		for (int i = 0; i < DRAWS; i++) {
			draws[i] = sampler.nextNormal();
		}
		Arrays.sort(draws);
		// Kolmogorov-Smirnov against the exact distribution function: the 0.1 % critical
		// value of sqrt(n) D is 1.95
		double distance = 0;
		for (int i = 0; i < DRAWS; i++) {
			double cdf = StandardNormal.cdf(draws[i]);
			distance = Math.max(distance, Math.max((i + 1.0) / DRAWS - cdf, cdf - (double) i / DRAWS));
		}
		assertThat(Math.sqrt(DRAWS) * distance).isLessThan(1.95);
		double sum = 0;
		double squares = 0;
		double fourth = 0;
		for (double draw : draws) {
			sum += draw;
			squares += draw * draw;
			fourth += draw * draw * draw * draw;
		}
		// mean 0 (sd 1/sqrt(n)), variance 1 (sd sqrt(2/n)), fourth moment 3 (sd
		// sqrt(96/n)),
		// each within 4.5 of its standard deviations
		assertThat(Math.abs(sum / DRAWS)).isLessThan(4.5 / Math.sqrt(DRAWS));
		assertThat(Math.abs(squares / DRAWS - 1)).isLessThan(4.5 * Math.sqrt(2.0 / DRAWS));
		assertThat(Math.abs(fourth / DRAWS - 3)).isLessThan(4.5 * Math.sqrt(96.0 / DRAWS));
	}

	@Test
	void zigguratTailsAndWedgesHaveTheirProbabilities() {
		GaussianSampler sampler = new GaussianSampler(7);
		int n = 4_000_000;
		// beyond the base layer's edge (the exponential tail), in a wedge region, and the
		// far tail
		double[] edges = { 3.6541528853610088, 2.5, 4.5 };
		long[] counts = new long[edges.length];
		long negative = 0;
		for (int i = 0; i < n; i++) {
			double z = sampler.nextNormal();
			negative += (z < 0) ? 1 : 0;
			for (int e = 0; e < edges.length; e++) {
				counts[e] += (Math.abs(z) > edges[e]) ? 1 : 0;
			}
		}
		for (int e = 0; e < edges.length; e++) {
			double p = 2 * StandardNormal.cdf(-edges[e]);
			double sd = Math.sqrt(n * p * (1 - p));
			assertThat(Math.abs(counts[e] - n * p)).as("beyond %s", edges[e]).isLessThan(4.5 * sd + 3);
		}
		assertThat(Math.abs(negative - n / 2.0)).isLessThan(4.5 * Math.sqrt(n / 4.0));
	}

	@Test
	void isReproducibleForASeed() {
		GaussianSampler first = new GaussianSampler(42);
		GaussianSampler second = new GaussianSampler(42);
		for (int i = 0; i < 1000; i++) {
			assertThat(first.nextNormal()).isEqualTo(second.nextNormal());
		}
	}

}
