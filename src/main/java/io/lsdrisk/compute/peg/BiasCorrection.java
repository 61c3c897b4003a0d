package io.lsdrisk.compute.peg;

/**
 * Small-sample correction of the AR(1) coefficient b of daily ln(peg), from which kappa,
 * mu and sigma follow.
 */
public enum BiasCorrection {

	/** The maximum likelihood (OLS) b as it is. */
	NONE {
		@Override
		double corrected(double slope, double transitions) {
			return slope;
		}
	},

	/**
	 * The analytical first-order correction of Kendall (1954) and Marriott and Pope
	 * (1954) for an AR(1) with unknown mean, {@code E[b-hat] - b = -(1 + 3b)/m + O(m^-2)}
	 * (m transitions), as used for the OU mean-reversion speed by Tang and Chen (2009):
	 * {@code b_c = b-hat + (1 + 3 b-hat)/m}. Without it a 60-day window of a 22-day
	 * half-life gives a median half-life of about 7 days.
	 */
	KENDALL_MARRIOTT_POPE {
		@Override
		double corrected(double slope, double transitions) {
			return slope + (1 + 3 * slope) / transitions;
		}
	};

	/**
	 * @param slope the OLS b
	 * @param transitions m, the number of transitions (effective when jump days are
	 * weighted out)
	 * @return the corrected b (may be >= 1 or <= 0: the caller handles those cases)
	 */
	abstract double corrected(double slope, double transitions);

}
