package io.lsdrisk.compute.peg;

/**
 * The exact transition of {@code dx = kappa (mu - x) dt + sigma dW} over {@code h} years
 * and its Brownian-bridge crossing coefficient.
 * <p>
 * Transition: {@code x_h = mu + (x_0 - mu) e^{-kappa h} + sd Z} with {@code sd^2 =
 * sigma^2 (1 - e^{-2 kappa h}) / (2 kappa)} ({@code sigma^2 h} at {@code kappa = 0}).
 * <p>
 * Crossing: with {@code Y_t = e^{kappa t}(x_t - mu)}, Y is a Brownian motion run on the
 * clock {@code tau(t) = sigma^2 (e^{2 kappa t} - 1)/(2 kappa)} and the barrier b becomes
 * {@code (b - mu) e^{kappa t}}. Replacing that boundary by its chord over the step gives
 * the exact crossing probability of a Brownian bridge below a straight line,
 * {@code p = exp(-2 (x_0 - b)(x_h - b) kappa / (sigma^2 sinh(kappa h)))}, which reduces
 * to {@code exp(-2 (x_0 - b)(x_h - b) / (sigma^2 h))} at {@code kappa = 0}. Only the
 * curvature of the boundary in the new clock, which grows with {@code kappa h}, is
 * neglected. {@link #bridgeCoefficient()} is the factor multiplying
 * {@code (x_0 - b)(x_h - b)}.
 */
record OrnsteinUhlenbeckStep(double decay, double standardDeviation, double bridgeCoefficient) {

	static OrnsteinUhlenbeckStep of(double kappa, double sigma, double stepYears) {
		double kappaStep = kappa * stepYears;
		double decay = Math.exp(-kappaStep);
		double variancePerSigmaSquared = (kappa == 0) ? stepYears : -Math.expm1(-2 * kappaStep) / (2 * kappa);
		double standardDeviation = sigma * Math.sqrt(variancePerSigmaSquared);
		double bridgeCoefficient;
		if (sigma == 0) {
			bridgeCoefficient = Double.POSITIVE_INFINITY;
		}
		else {
			// kappa / sinh(kappa h) -> 1 / h as kappa h -> 0
			double sinhRatio = (kappaStep < 1e-4) ? stepYears * (1 + kappaStep * kappaStep / 6)
					: Math.sinh(kappaStep) / kappa;
			bridgeCoefficient = 2 / (sigma * sigma * sinhRatio);
		}
		return new OrnsteinUhlenbeckStep(decay, standardDeviation, bridgeCoefficient);
	}

}
