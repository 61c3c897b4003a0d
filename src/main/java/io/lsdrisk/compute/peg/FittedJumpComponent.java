package io.lsdrisk.compute.peg;

/**
 * One jump component of the daily jump mixture fitted by maximum likelihood
 * ({@link OrnsteinUhlenbeckCalibration}), with its evidence.
 * <p>
 * A component is {@code present} when the model with it has the lower BIC; an absent
 * component has intensity 0 and NaN standard errors, and its
 * {@code intensityUpperBound95} is the one-sided 95 % Poisson bound for no event in the
 * window, {@code -ln(0.05) / T} (about {@code 3.0 / T}, T the window's length in years).
 * A present component's bound is the exact (Garwood) one-sided 95 % Poisson bound for the
 * number of days classified to it.
 *
 * @param name {@link #DOWN_JUMPS} or {@link #REBOUNDS}
 * @param present whether the data select this component
 * @param component intensity per year, mean and volatility of the log-jump in ln(peg)
 * (the jump net of the day's diffusion)
 * @param intensityStandardError standard error of the intensity from the observed
 * information, per year; NaN when absent or not identified
 * @param intensityUpperBound95 one-sided 95 % upper bound of the intensity, per year (NaN
 * when jumps were not estimated)
 * @param meanLogJumpStandardError standard error of the mean log-jump, ln(peg)
 * @param volatilityLogJumpStandardError standard error of the log-jump volatility,
 * ln(peg) (NaN when the volatility is at its bound 0)
 * @param classifiedDays days whose posterior probability of this component exceeds 0.5
 * @param likelihoodRatioStatistic {@code 2 (logL with - logL without)} the component, the
 * other component as selected (NaN when jumps were not estimated)
 * @param selectionThreshold the value the statistic must exceed for the component to be
 * present: the BIC penalty {@code 3 ln m} of its three parameters, m the transitions
 */
public record FittedJumpComponent(String name, boolean present, JumpComponent component, double intensityStandardError,
		double intensityUpperBound95, double meanLogJumpStandardError, double volatilityLogJumpStandardError,
		int classifiedDays, double likelihoodRatioStatistic, double selectionThreshold) {

	/**
	 * Jumps down in ln(peg) (mean <= 0): the component that drives depeg probabilities.
	 */
	public static final String DOWN_JUMPS = "DOWN_JUMPS";

	/** Jumps up in ln(peg) (mean >= 0): recoveries of the peg. */
	public static final String REBOUNDS = "REBOUNDS";

	public FittedJumpComponent {
		if (!DOWN_JUMPS.equals(name) && !REBOUNDS.equals(name)) {
			throw new IllegalArgumentException("name must be " + DOWN_JUMPS + " or " + REBOUNDS + ", was " + name);
		}
		if (component == null) {
			throw new IllegalArgumentException("component must not be null");
		}
	}

	/** Expected jumps per year. */
	public double intensityPerYear() {
		return this.component.intensityPerYear();
	}

	/** Mean log-jump in ln(peg). */
	public double meanLogJump() {
		return this.component.meanLogJump();
	}

	/** Standard deviation of the log-jump in ln(peg). */
	public double volatilityLogJump() {
		return this.component.volatilityLogJump();
	}

	/**
	 * The one-sided upper confidence bound of a Poisson intensity after {@code events}
	 * events in {@code years} (Garwood 1936): the mean at which P(N <= events) equals
	 * {@code 1 - level}, divided by the years. With no event it is
	 * {@code -ln(1 - level) /
	 * years}.
	 * @param events observed events, {@code >= 0}
	 * @param years exposure in years, {@code > 0}
	 * @param level confidence level in (0, 1)
	 * @return the bound per year
	 */
	public static double poissonUpperBound(int events, double years, double level) {
		if (events < 0) {
			throw new IllegalArgumentException("events must be >= 0, was " + events);
		}
		if (!(years > 0)) {
			throw new IllegalArgumentException("years must be > 0, was " + years);
		}
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("level must be in (0, 1), was " + level);
		}
		double tail = 1 - level;
		if (events == 0) {
			return -Math.log(tail) / years;
		}
		double low = events;
		double high = events + 10 + 10 * Math.sqrt(events);
		while (poissonCdf(events, high) > tail) {
			high *= 2;
		}
		for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
			double middle = 0.5 * (low + high);
			if (poissonCdf(events, middle) > tail) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return 0.5 * (low + high) / years;
	}

	private static double poissonCdf(int events, double mean) {
		// in logarithms: exp(-mean) underflows for means beyond about 745
		double[] logTerms = new double[events + 1];
		double logFactorial = 0;
		double max = Double.NEGATIVE_INFINITY;
		for (int k = 0; k <= events; k++) {
			if (k > 0) {
				logFactorial += Math.log(k);
			}
			logTerms[k] = -mean + k * Math.log(mean) - logFactorial;
			max = Math.max(max, logTerms[k]);
		}
		double sum = 0;
		for (double logTerm : logTerms) {
			sum += Math.exp(logTerm - max);
		}
		return Math.exp(max) * sum;
	}

}
