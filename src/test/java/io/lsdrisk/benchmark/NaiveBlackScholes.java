package io.lsdrisk.benchmark;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The baseline of the option benchmarks: Black-Scholes-Merton written the way most code
 * writes it, each Greek its own function recomputing d1 and d2, the normal law from
 * Commons Math.
 */
final class NaiveBlackScholes {

	private static final NormalDistribution NORMAL = new NormalDistribution();

	private NaiveBlackScholes() {
	}

	static double d1(double s, double k, double t, double v, double r, double q) {
		return (Math.log(s / k) + (r - q + 0.5 * v * v) * t) / (v * Math.sqrt(t));
	}

	static double d2(double s, double k, double t, double v, double r, double q) {
		return d1(s, k, t, v, r, q) - v * Math.sqrt(t);
	}

	static double price(boolean call, double s, double k, double t, double v, double r, double q) {
		double d1 = d1(s, k, t, v, r, q);
		double d2 = d2(s, k, t, v, r, q);
		if (call) {
			return s * Math.exp(-q * t) * NORMAL.cumulativeProbability(d1)
					- k * Math.exp(-r * t) * NORMAL.cumulativeProbability(d2);
		}
		return k * Math.exp(-r * t) * NORMAL.cumulativeProbability(-d2)
				- s * Math.exp(-q * t) * NORMAL.cumulativeProbability(-d1);
	}

	static double delta(boolean call, double s, double k, double t, double v, double r, double q) {
		double d1 = d1(s, k, t, v, r, q);
		return call ? Math.exp(-q * t) * NORMAL.cumulativeProbability(d1)
				: -Math.exp(-q * t) * NORMAL.cumulativeProbability(-d1);
	}

	static double gamma(double s, double k, double t, double v, double r, double q) {
		return Math.exp(-q * t) * NORMAL.density(d1(s, k, t, v, r, q)) / (s * v * Math.sqrt(t));
	}

	static double vega(double s, double k, double t, double v, double r, double q) {
		return s * Math.exp(-q * t) * NORMAL.density(d1(s, k, t, v, r, q)) * Math.sqrt(t);
	}

	static double theta(boolean call, double s, double k, double t, double v, double r, double q) {
		double d1 = d1(s, k, t, v, r, q);
		double d2 = d2(s, k, t, v, r, q);
		double decay = -s * Math.exp(-q * t) * NORMAL.density(d1) * v / (2 * Math.sqrt(t));
		if (call) {
			return decay + q * s * Math.exp(-q * t) * NORMAL.cumulativeProbability(d1)
					- r * k * Math.exp(-r * t) * NORMAL.cumulativeProbability(d2);
		}
		return decay - q * s * Math.exp(-q * t) * NORMAL.cumulativeProbability(-d1)
				+ r * k * Math.exp(-r * t) * NORMAL.cumulativeProbability(-d2);
	}

	static double rho(boolean call, double s, double k, double t, double v, double r, double q) {
		double d2 = d2(s, k, t, v, r, q);
		return call ? k * t * Math.exp(-r * t) * NORMAL.cumulativeProbability(d2)
				: -k * t * Math.exp(-r * t) * NORMAL.cumulativeProbability(-d2);
	}

	static double carryRho(boolean call, double s, double k, double t, double v, double r, double q) {
		double d1 = d1(s, k, t, v, r, q);
		return call ? -s * t * Math.exp(-q * t) * NORMAL.cumulativeProbability(d1)
				: s * t * Math.exp(-q * t) * NORMAL.cumulativeProbability(-d1);
	}

	static double vanna(double s, double k, double t, double v, double r, double q) {
		return -Math.exp(-q * t) * NORMAL.density(d1(s, k, t, v, r, q)) * d2(s, k, t, v, r, q) / v;
	}

	static double volga(double s, double k, double t, double v, double r, double q) {
		return vega(s, k, t, v, r, q) * d1(s, k, t, v, r, q) * d2(s, k, t, v, r, q) / v;
	}

	static double charm(boolean call, double s, double k, double t, double v, double r, double q) {
		double d1 = d1(s, k, t, v, r, q);
		double d2 = d2(s, k, t, v, r, q);
		double density = NORMAL.density(d1) * (2 * (r - q) * t - d2 * v * Math.sqrt(t)) / (2 * t * v * Math.sqrt(t));
		return call ? Math.exp(-q * t) * (q * NORMAL.cumulativeProbability(d1) - density)
				: Math.exp(-q * t) * (-q * NORMAL.cumulativeProbability(-d1) - density);
	}

}
