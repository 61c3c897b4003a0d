package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calibrates the OU-with-jumps {@link PegModel} of ln(peg) to a daily series.
 * <h2>Diffusion: exact maximum likelihood</h2> The exact OU transition over
 * {@code dt = 1/365} year is the AR(1) {@code x_{t+1} = a + b x_t + e_t}, e Normal(0,
 * s^2), with {@code b = e^{-kappa dt}}, {@code a = mu (1 - b)},
 * {@code s^2 = sigma^2 (1 - b^2) / (2 kappa)}. Without jumps the maximum likelihood
 * estimates (conditional on the first value) are OLS; with jumps, those of the daily
 * mixture ({@link JumpMixture}), whose diffusion part is a least squares fit with each
 * day weighted by its posterior probability of no jump (m below is the sum of those
 * weights).
 * <h2>Small-sample bias</h2> The estimate of b is biased down in short windows, so kappa
 * is biased up and the half-life down. The reported parameters use the corrected
 * {@code b_c} of {@link CalibrationSettings#biasCorrection()} (by default the analytical
 * Kendall / Marriott-Pope correction {@code b_c = b + (1 + 3b)/m}):
 * {@code kappa = -ln(b_c)/dt}, {@code a_c = mean(x_{t+1}) - b_c mean(x_t)},
 * {@code mu = a_c/(1 - b_c)}, {@code sigma = s sqrt(2 kappa / (1 - b_c^2))} with the
 * unbiased {@code s^2 = SSR/(m - 2)}, half-life {@code ln 2 / kappa}. Limit cases,
 * decided on b_c ({@link CalibrationFit}): {@code b_c >= 1} is a random walk (kappa 0,
 * sigma from the daily changes), {@code b_c <= e^{-MAX_KAPPA dt}} no persistence.
 * <h2>95 % intervals</h2>
 * <ul>
 * <li>b, kappa, half-life: the exact finite-sample set of
 * {@link FiniteSampleAutoregression} (inverting simulated tests on the OLS b, which are
 * exact for any number of simulations of the right form), mapped by
 * {@code kappa = -ln(b)/dt}; asymmetric, and open where a random walk (kappa lower end 0,
 * half-life upper end infinite) or no persistence cannot be excluded.</li>
 * <li>mu: {@code mu +/- q se(mu)}, se that of the mean of a stationary AR(1) at b_c and q
 * the simulated 95 % quantile of the studentized statistic under b_c (a parametric
 * bootstrap-t); unbounded for a random walk.</li>
 * <li>sigma: normal on ln(sigma),
 * {@code Var(ln sigma) = 1/(2(m - 2)) + (h'(b)/(2 h(b)))^2 Var(b)},
 * {@code h(b) = -2 ln b / (dt (1 - b^2))}.</li>
 * </ul>
 * Standard errors, asymptotic: {@code se(kappa) = se(b) / (b_c dt)};
 * {@code Var(mu) = g' Cov(a, b) g}, {@code g = (1/(1 - b_c), a_c/(1 - b_c)^2)};
 * {@code se(sigma) = sigma sd(ln sigma)};
 * {@code se(half-life) = ln 2 se(kappa) / kappa^2}.
 * <h2>Jumps by likelihood</h2> Down-jumps and rebounds are separate compound-Poisson
 * components of the daily mixture (at most one jump a day, {@code p = lambda dt}). The
 * four models (none, down-jumps, rebounds, both) are fitted and the one with the lowest
 * BIC {@code -2 logL + k ln m} is kept, so a component is present when its likelihood
 * ratio statistic exceeds {@code 3 ln m} (about 17.7 for a year of days). Per component:
 * intensity {@code p / dt} per year, mean log-jump, log-jump volatility
 * {@code sqrt(V - s^2)}, standard errors from the observed information, a one-sided 95 %
 * Poisson upper bound of the intensity ({@code -ln(0.05)/T} with no jump), and the days
 * whose posterior probability of the component exceeds 0.5.
 */
public final class OrnsteinUhlenbeckCalibration {

	/** Fewest days a series must have. */
	public static final int MIN_OBSERVATIONS = 10;

	/** The kappa reported when daily data show no persistence: a one-hour half-life. */
	public static final double MAX_KAPPA = Math.log(2) * 24 * DayCount.DAYS_PER_YEAR;

	/** The confidence level of the intervals. */
	public static final double LEVEL = 0.95;

	private static final double DT = 1 / DayCount.DAYS_PER_YEAR;

	/** The two-sided 97.5 % normal quantile. */
	private static final double Z = 1.959963984540054;

	private OrnsteinUhlenbeckCalibration() {
	}

	/** Calibrates with {@link CalibrationSettings#DEFAULT}. */
	public static Calibration calibrate(DailyPegSeries series) {
		return calibrate(series, CalibrationSettings.DEFAULT);
	}

	/**
	 * Calibrates to every day of {@code series}.
	 * @param series daily pegs, at least {@value #MIN_OBSERVATIONS} days
	 * @param settings jump estimation, bias correction, intervals, configured jumps
	 * @return the calibration
	 */
	public static Calibration calibrate(DailyPegSeries series, CalibrationSettings settings) {
		Arguments.notNull("series", series);
		Arguments.notNull("settings", settings);
		if (series.size() < MIN_OBSERVATIONS) {
			throw new IllegalArgumentException(
					"series must have at least " + MIN_OBSERVATIONS + " daily observations, had " + series.size());
		}
		double[] x = series.logPegs();
		int transitions = x.length - 1;
		double years = transitions * DT;
		Regression ols = Regression.of(x, new boolean[transitions]);
		Regression fit = ols;
		List<DetectedJump> jumps = new ArrayList<>();
		List<FittedJumpComponent> components;
		boolean estimateJumps = Double.isFinite(settings.jumpThresholdRobustSigmas())
				&& ols.maximumLikelihoodVariance() > 0;
		if (estimateJumps) {
			JumpMixture.Fit[] candidates = JumpMixture.candidates(x, settings.jumpThresholdRobustSigmas());
			JumpMixture.Fit chosen = candidates[0];
			for (JumpMixture.Fit candidate : candidates) {
				if (JumpMixture.bic(candidate, transitions) < JumpMixture.bic(chosen, transitions)) {
					chosen = candidate;
				}
			}
			double[][] posteriors = chosen.posteriors(x);
			double[] residuals = new double[transitions];
			double[] theta = chosen.parameters();
			for (int i = 0; i < transitions; i++) {
				residuals[i] = x[i + 1] - theta[JumpMixture.INTERCEPT] - theta[JumpMixture.SLOPE] * x[i];
				if (posteriors[1][i] > 0.5) {
					jumps.add(new DetectedJump(series.day(i + 1), residuals[i], FittedJumpComponent.DOWN_JUMPS,
							posteriors[1][i]));
				}
				else if (posteriors[2][i] > 0.5) {
					jumps.add(new DetectedJump(series.day(i + 1), residuals[i], FittedJumpComponent.REBOUNDS,
							posteriors[2][i]));
				}
			}
			if (chosen.down() || chosen.up()) {
				fit = Regression.withCoefficients(x, posteriors[0], theta[JumpMixture.INTERCEPT],
						theta[JumpMixture.SLOPE]);
			}
			components = components(x, candidates, chosen, jumps, years);
		}
		else {
			components = List.of(notEstimated(FittedJumpComponent.DOWN_JUMPS),
					notEstimated(FittedJumpComponent.REBOUNDS));
		}
		FittedJumpComponent down = components.get(0);
		JumpComponent modelJumps = (settings.configuredJumps() != null) ? settings.configuredJumps() : down.component();
		double jumpIntensityStandardError = (settings.configuredJumps() != null) ? 0 : down.intensityStandardError();
		double meanLogPeg = Arrays.stream(x).average().orElseThrow();
		return diffusion(fit, x, meanLogPeg, settings).calibration(modelJumps, jumpIntensityStandardError, fit,
				meanLogPeg, series, jumps, components, settings.biasCorrection());
	}

	private static FittedJumpComponent notEstimated(String name) {
		return new FittedJumpComponent(name, false, JumpComponent.NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				0, Double.NaN, Double.NaN);
	}

	/** Both components as fitted, present or not. */
	private static List<FittedJumpComponent> components(double[] x, JumpMixture.Fit[] candidates,
			JumpMixture.Fit chosen, List<DetectedJump> jumps, double years) {
		int transitions = x.length - 1;
		double penalty = 3 * Math.log(transitions);
		// statistics against the model without the component, the other one as selected
		double downStatistic = chosen.up() ? 2 * (candidates[3].logLikelihood() - candidates[2].logLikelihood())
				: 2 * (candidates[1].logLikelihood() - candidates[0].logLikelihood());
		double upStatistic = chosen.down() ? 2 * (candidates[3].logLikelihood() - candidates[1].logLikelihood())
				: 2 * (candidates[2].logLikelihood() - candidates[0].logLikelihood());
		double[][] covariance = (chosen.down() || chosen.up()) ? JumpMixture.covariance(x, chosen) : null;
		int[] free = JumpMixture.freeIndices(chosen);
		List<FittedJumpComponent> components = new ArrayList<>();
		for (String name : List.of(FittedJumpComponent.DOWN_JUMPS, FittedJumpComponent.REBOUNDS)) {
			boolean isDown = name.equals(FittedJumpComponent.DOWN_JUMPS);
			boolean present = isDown ? chosen.down() : chosen.up();
			double statistic = Math.max(0, isDown ? downStatistic : upStatistic);
			int classified = (int) jumps.stream().filter((j) -> j.component().equals(name)).count();
			double bound = FittedJumpComponent.poissonUpperBound(present ? classified : 0, years, LEVEL);
			if (!present) {
				components.add(new FittedJumpComponent(name, false, JumpComponent.NONE, Double.NaN, bound, Double.NaN,
						Double.NaN, 0, statistic, penalty));
				continue;
			}
			int offset = isDown ? JumpMixture.DOWN : JumpMixture.UP;
			double[] theta = chosen.parameters();
			double probability = theta[offset];
			double mean = theta[offset + 1];
			double jumpVariance = Math.max(0, theta[offset + 2] - theta[JumpMixture.VARIANCE]);
			double volatility = Math.sqrt(jumpVariance);
			double intensityError = Double.NaN;
			double meanError = Double.NaN;
			double volatilityError = Double.NaN;
			if (covariance != null) {
				int p = indexOf(free, offset);
				int mu = indexOf(free, offset + 1);
				int v = indexOf(free, offset + 2);
				int s = indexOf(free, JumpMixture.VARIANCE);
				intensityError = Math.sqrt(covariance[p][p]) / DT;
				meanError = Math.sqrt(covariance[mu][mu]);
				if (volatility > 0) {
					double variance = covariance[v][v] + covariance[s][s] - 2 * covariance[v][s];
					volatilityError = Math.sqrt(Math.max(0, variance)) / (2 * volatility);
				}
			}
			components.add(new FittedJumpComponent(name, true, new JumpComponent(probability / DT, mean, volatility),
					intensityError, bound, meanError, volatilityError, classified, statistic, penalty));
		}
		return components;
	}

	private static int indexOf(int[] values, int value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		throw new IllegalStateException("no parameter " + value);
	}

	private static Diffusion diffusion(Regression fit, double[] x, double meanLogPeg, CalibrationSettings settings) {
		BiasCorrection correction = settings.biasCorrection();
		double estimated = fit.slope();
		double used = fit.count();
		double b = correction.corrected(estimated, used);
		FiniteSampleAutoregression simulation = (settings.intervalSimulations() > 0 && used >= 4)
				? new FiniteSampleAutoregression((int) Math.round(used), settings.intervalSimulations(), LEVEL,
						seed(settings.seed(), x))
				: null;
		ConfidenceInterval bInterval = (simulation != null) ? simulation.coefficientInterval(estimated)
				: ConfidenceInterval.NOT_COMPUTED;
		if (b >= 1) {
			double sumOfSquaredChanges = 0;
			for (int i = 0; i < x.length - 1; i++) {
				sumOfSquaredChanges += fit.weight(i) * (x[i + 1] - x[i]) * (x[i + 1] - x[i]);
			}
			double sigma = Math.sqrt(sumOfSquaredChanges / used / DT);
			return new Diffusion(CalibrationFit.RANDOM_WALK, b, 0, fit.slopeStandardError() / DT, meanLogPeg,
					Double.POSITIVE_INFINITY, sigma, sigma / Math.sqrt(2.0 * used), bInterval,
					computed(simulation, new ConfidenceInterval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)),
					computed(simulation, logNormalInterval(sigma, 1 / Math.sqrt(2.0 * used))));
		}
		if (b <= Math.exp(-MAX_KAPPA * DT)) {
			double sampleVariance = Arrays.stream(x).map((v) -> (v - meanLogPeg) * (v - meanLogPeg)).sum()
					/ (x.length - 1);
			double sigma = Math.sqrt(sampleVariance * 2 * MAX_KAPPA);
			double muError = Math.sqrt(sampleVariance / x.length);
			return new Diffusion(CalibrationFit.NO_PERSISTENCE, b, MAX_KAPPA, Double.POSITIVE_INFINITY, meanLogPeg,
					muError, sigma, sigma / Math.sqrt(2.0 * x.length), bInterval,
					computed(simulation, new ConfidenceInterval(meanLogPeg - Z * muError, meanLogPeg + Z * muError)),
					computed(simulation, logNormalInterval(sigma, 1 / Math.sqrt(2.0 * x.length))));
		}
		double kappa = -Math.log(b) / DT;
		double kappaStandardError = fit.slopeStandardError() / (b * DT);
		double a = fit.meanOfResponse() - b * fit.meanOfRegressor();
		double mu = a / (1 - b);
		double gradientA = 1 / (1 - b);
		double gradientB = a / ((1 - b) * (1 - b));
		double muVariance = gradientA * gradientA * fit.interceptVariance()
				+ gradientB * gradientB * fit.slopeVariance() + 2 * gradientA * gradientB * fit.covariance();
		double oneMinusBSquared = 1 - b * b;
		double h = -2 * Math.log(b) / (DT * oneMinusBSquared);
		double hPrime = -2 / DT * (oneMinusBSquared / b + 2 * b * Math.log(b)) / (oneMinusBSquared * oneMinusBSquared);
		double sigma = Math.sqrt(fit.unbiasedVariance() * h);
		double sensitivity = hPrime / (2 * h);
		double logSigmaVariance = 1 / (2 * Math.max(1, used - 2)) + sensitivity * sensitivity * fit.slopeVariance();
		ConfidenceInterval muInterval = ConfidenceInterval.NOT_COMPUTED;
		if (simulation != null) {
			double quantile = simulation.meanStatisticQuantile(b, correction);
			double muError = FiniteSampleAutoregression.meanEstimate(fit, x, correction)[1];
			muInterval = Double.isFinite(quantile * muError)
					? new ConfidenceInterval(mu - quantile * muError, mu + quantile * muError)
					: new ConfidenceInterval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
		}
		return new Diffusion(CalibrationFit.MEAN_REVERTING, b, kappa, kappaStandardError, mu, Math.sqrt(muVariance),
				sigma, sigma * Math.sqrt(logSigmaVariance), bInterval, muInterval,
				computed(simulation, logNormalInterval(sigma, Math.sqrt(logSigmaVariance))));
	}

	private static ConfidenceInterval computed(FiniteSampleAutoregression simulation, ConfidenceInterval interval) {
		return (simulation != null) ? interval : ConfidenceInterval.NOT_COMPUTED;
	}

	private static ConfidenceInterval logNormalInterval(double value, double logStandardDeviation) {
		return new ConfidenceInterval(value * Math.exp(-Z * logStandardDeviation),
				value * Math.exp(Z * logStandardDeviation));
	}

	/** The settings' seed mixed with every value of the series. */
	private static long seed(long seed, double[] x) {
		long mixed = seed;
		for (double v : x) {
			mixed = (mixed ^ Double.doubleToLongBits(v)) * 0x9E3779B97F4A7C15L;
			mixed ^= mixed >>> 29;
		}
		return mixed;
	}

	/**
	 * kappa interval from an interval of b: {@code kappa = -ln(b)/dt}, decreasing in b.
	 */
	static ConfidenceInterval kappaInterval(ConfidenceInterval b) {
		if (!b.isComputed()) {
			return ConfidenceInterval.NOT_COMPUTED;
		}
		return new ConfidenceInterval(kappaOf(b.upper()), kappaOf(b.lower()));
	}

	private static double kappaOf(double b) {
		if (b >= 1) {
			return 0;
		}
		if (b <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		return -Math.log(b) / DT;
	}

	/** Half-life interval in days from a kappa interval. */
	static ConfidenceInterval halfLifeInterval(ConfidenceInterval kappa) {
		if (!kappa.isComputed()) {
			return ConfidenceInterval.NOT_COMPUTED;
		}
		return new ConfidenceInterval(Math.log(2) * DayCount.DAYS_PER_YEAR / kappa.upper(),
				Math.log(2) * DayCount.DAYS_PER_YEAR / kappa.lower());
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
	}

	/** The diffusion parameters of one fit case. */
	private record Diffusion(CalibrationFit fit, double correctedB, double kappa, double kappaStandardError, double mu,
			double muStandardError, double sigma, double sigmaStandardError, ConfidenceInterval bInterval,
			ConfidenceInterval muInterval, ConfidenceInterval sigmaInterval) {

		Calibration calibration(JumpComponent jumps, double jumpIntensityStandardError, Regression regression,
				double meanLogPeg, DailyPegSeries series, List<DetectedJump> detected,
				List<FittedJumpComponent> components, BiasCorrection correction) {
			PegModel model = new PegModel(this.kappa, this.mu, this.sigma, jumps.intensityPerYear(),
					jumps.meanLogJump(), jumps.volatilityLogJump());
			double halfLifeDays = model.halfLifeDays();
			double halfLifeStandardError = (this.kappa == 0 || !Double.isFinite(this.kappaStandardError))
					? Double.POSITIVE_INFINITY
					: Math.log(2) * DayCount.DAYS_PER_YEAR * this.kappaStandardError / (this.kappa * this.kappa);
			ConfidenceInterval kappaInterval = kappaInterval(this.bInterval);
			return new Calibration(model, this.kappaStandardError, this.muStandardError, this.sigmaStandardError,
					jumpIntensityStandardError, halfLifeDays, halfLifeStandardError, this.fit, regression.slope(),
					regression.slopeStandardError(), Math.sqrt(regression.maximumLikelihoodVariance()), meanLogPeg,
					series.size(), series.firstDay(), series.lastDay(), detected, correction, this.correctedB,
					this.bInterval, kappaInterval, halfLifeInterval(kappaInterval), this.muInterval, this.sigmaInterval,
					components);
		}

	}

}
