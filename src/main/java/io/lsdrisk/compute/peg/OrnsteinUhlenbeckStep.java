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
		// (1 - e^{-2 kappa h}) / (2 kappa) and sinh(kappa h) / kappa from the one exp (an
		// intrinsic; expm1 and sinh are not, and this runs at every jump), by series when
		// kappa h is small enough for the subtraction to lose digits
		double variancePerSigmaSquared;
		double sinhRatio;
		if (kappaStep < 1e-3) {
			double square = kappaStep * kappaStep;
			variancePerSigmaSquared = stepYears * (1 - kappaStep + 2 * square / 3 - square * kappaStep / 3);
			sinhRatio = stepYears * (1 + square / 6 + square * square / 120);
		}
		else {
			variancePerSigmaSquared = (1 - decay * decay) / (2 * kappa);
			sinhRatio = (1 / decay - decay) / (2 * kappa);
		}
		double standardDeviation = sigma * Math.sqrt(variancePerSigmaSquared);
		double bridgeCoefficient = (sigma == 0) ? Double.POSITIVE_INFINITY : 2 / (sigma * sigma * sinhRatio);
		return new OrnsteinUhlenbeckStep(decay, standardDeviation, bridgeCoefficient);
	}

}
