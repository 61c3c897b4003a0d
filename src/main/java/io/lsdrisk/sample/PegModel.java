package io.lsdrisk.sample;

/**
 * The daily dynamics of a synthetic ln(peg) in one redemption regime: Ornstein-Uhlenbeck
 * diffusion, jumps at a Poisson rate with sizes drawn from an empirical set, and stress
 * episodes.
 *
 * @param kappa mean reversion per year
 * @param sigma diffusion volatility per sqrt(year)
 * @param jumpRatePerYear expected jumps per year
 * @param jumpSizes jump sizes in ln(peg); a jump draws one of them, each equally likely
 * @param stress the stress episodes of the regime
 */
record PegModel(double kappa, double sigma, double jumpRatePerYear, double[] jumpSizes, StressShape stress) {

	PegModel {
		if (!(kappa > 0) || !(sigma >= 0) || !(jumpRatePerYear >= 0)) {
			throw new IllegalArgumentException("kappa must be > 0, sigma and the jump rate >= 0, were " + kappa + ", "
					+ sigma + ", " + jumpRatePerYear);
		}
		if (jumpRatePerYear > 0 && jumpSizes.length == 0) {
			throw new IllegalArgumentException("a positive jump rate needs at least one jump size");
		}
		jumpSizes = jumpSizes.clone();
	}

	/** The diffusion and jumps of a robust fit, with the given stress episodes. */
	static PegModel of(PegFit fit, StressShape stress) {
		return new PegModel(fit.kappa(), fit.sigma(), fit.jumpRatePerYear(), fit.jumpSizes(), stress);
	}

	/** The same model without jumps or stress episodes: the pure OU diffusion. */
	PegModel diffusionOnly() {
		return new PegModel(this.kappa, this.sigma, 0, new double[0], StressShape.NONE);
	}

}
