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
 * {@code s^2 = sigma^2 (1 - b^2) / (2 kappa)}. Conditional on the first value the
 * likelihood is that of a normal linear regression, so the maximum likelihood estimates
 * are OLS for a and b and {@code s^2 = SSR / m} (m the number of daily transitions),
 * mapped back by invariance: {@code kappa = -ln(b)/dt}, {@code mu = a/(1 - b)},
 * {@code sigma = s sqrt(2 kappa / (1 - b^2))}, half-life {@code ln 2 / kappa}.
 * <h2>Standard errors</h2> Delta method on the OLS covariance of (a, b) (with
 * {@code SSR / (m - 2)}) and {@code Var(s^2) = 2 s^4 / m}, s^2 asymptotically independent
 * of (a, b):
 * <ul>
 * <li>{@code se(kappa) = se(b) / (b dt)}</li>
 * <li>{@code Var(mu) = g' Cov(a, b) g}, {@code g = (1/(1 - b), a/(1 - b)^2)}</li>
 * <li>{@code Var(sigma) = sigma^2 / (2m) + (sigma h'(b) / (2 h(b)))^2 Var(b)},
 * {@code h(b) = -2 ln b / (dt (1 - b^2))}</li>
 * <li>{@code se(half-life) = ln 2 se(kappa) / kappa^2}</li>
 * </ul>
 * <h2>Jumps</h2> A residual further than
 * {@link CalibrationSettings#jumpThresholdRobustSigmas()} robust standard deviations
 * (1.4826 times the median absolute deviation, which the jumps themselves barely move)
 * from the median residual is a jump. Jumps are left out and the AR(1) refitted,
 * repeating until the set of jumps is stable. Intensity = jumps / years of transitions
 * (Poisson standard error {@code sqrt(count)/years}); jump mean = mean jump residual;
 * jump volatility = {@code sqrt(max(0, var(jump residuals) - s^2))}, the diffusion share
 * of a jump day's move removed (0 with fewer than two jumps).
 * <h2>Limit cases</h2> See {@link CalibrationFit}: {@code b >= 1} is reported as a random
 * walk, {@code b <= 0} as no persistence.
 */
public final class OrnsteinUhlenbeckCalibration {

	/** Fewest days a series must have. */
	public static final int MIN_OBSERVATIONS = 10;

	/** The kappa reported when daily data show no persistence: a one-hour half-life. */
	public static final double MAX_KAPPA = Math.log(2) * 24 * DayCount.DAYS_PER_YEAR;

	private static final double DT = 1 / DayCount.DAYS_PER_YEAR;

	/** Normal consistency factor of the median absolute deviation. */
	private static final double MAD_TO_SIGMA = 1.4826;

	private static final int MAX_JUMP_ITERATIONS = 20;

	private OrnsteinUhlenbeckCalibration() {
	}

	/** Calibrates with {@link CalibrationSettings#DEFAULT}. */
	public static Calibration calibrate(DailyPegSeries series) {
		return calibrate(series, CalibrationSettings.DEFAULT);
	}

	/**
	 * Calibrates to every day of {@code series}.
	 * @param series daily pegs, at least {@value #MIN_OBSERVATIONS} days
	 * @param settings jump detection and configured jumps
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
		boolean[] jump = new boolean[transitions];
		Regression fit = Regression.of(x, jump);
		if (Double.isFinite(settings.jumpThresholdRobustSigmas())) {
			for (int iteration = 0; iteration < MAX_JUMP_ITERATIONS; iteration++) {
				boolean[] flagged = flagJumps(fit.residuals(x), settings.jumpThresholdRobustSigmas());
				if (Arrays.equals(flagged, jump)) {
					break;
				}
				jump = flagged;
				fit = Regression.of(x, jump);
			}
		}
		double[] residuals = fit.residuals(x);
		List<DetectedJump> jumps = new ArrayList<>();
		for (int i = 0; i < transitions; i++) {
			if (jump[i]) {
				jumps.add(new DetectedJump(series.day(i + 1), residuals[i]));
			}
		}
		double meanLogPeg = Arrays.stream(x).average().orElseThrow();
		double years = transitions * DT;
		JumpComponent jumpComponent;
		double jumpIntensityStandardError;
		if (settings.configuredJumps() != null) {
			jumpComponent = settings.configuredJumps();
			jumpIntensityStandardError = 0;
		}
		else {
			jumpComponent = estimateJumps(jumps, years, fit.maximumLikelihoodVariance());
			jumpIntensityStandardError = Math.sqrt(jumps.size()) / years;
		}
		return diffusion(fit, x, meanLogPeg).calibration(jumpComponent, jumpIntensityStandardError, fit, meanLogPeg,
				series, jumps);
	}

	private static boolean[] flagJumps(double[] residuals, double thresholdSigmas) {
		double median = median(residuals);
		double[] deviations = Arrays.stream(residuals).map((e) -> Math.abs(e - median)).toArray();
		double scale = MAD_TO_SIGMA * median(deviations);
		boolean[] flagged = new boolean[residuals.length];
		if (scale == 0) {
			return flagged;
		}
		for (int i = 0; i < residuals.length; i++) {
			flagged[i] = deviations[i] > thresholdSigmas * scale;
		}
		return flagged;
	}

	private static JumpComponent estimateJumps(List<DetectedJump> jumps, double years, double diffusionVariance) {
		if (jumps.isEmpty()) {
			return JumpComponent.NONE;
		}
		double mean = jumps.stream().mapToDouble(DetectedJump::logJump).average().orElseThrow();
		double volatility = 0;
		if (jumps.size() >= 2) {
			double variance = jumps.stream().mapToDouble((j) -> (j.logJump() - mean) * (j.logJump() - mean)).sum()
					/ (jumps.size() - 1);
			volatility = Math.sqrt(Math.max(0, variance - diffusionVariance));
		}
		return new JumpComponent(jumps.size() / years, mean, volatility);
	}

	private static Diffusion diffusion(Regression fit, double[] x, double meanLogPeg) {
		double b = fit.slope();
		double variance = fit.maximumLikelihoodVariance();
		int used = fit.count();
		if (b >= 1) {
			double sumOfSquaredChanges = 0;
			for (int i = 0; i < x.length - 1; i++) {
				if (fit.includes(i)) {
					sumOfSquaredChanges += (x[i + 1] - x[i]) * (x[i + 1] - x[i]);
				}
			}
			double sigma = Math.sqrt(sumOfSquaredChanges / used / DT);
			return new Diffusion(CalibrationFit.RANDOM_WALK, 0, fit.slopeStandardError() / DT, meanLogPeg,
					Double.POSITIVE_INFINITY, sigma, sigma / Math.sqrt(2.0 * used));
		}
		if (b <= Math.exp(-MAX_KAPPA * DT)) {
			double sampleVariance = Arrays.stream(x).map((v) -> (v - meanLogPeg) * (v - meanLogPeg)).sum()
					/ (x.length - 1);
			double sigma = Math.sqrt(sampleVariance * 2 * MAX_KAPPA);
			return new Diffusion(CalibrationFit.NO_PERSISTENCE, MAX_KAPPA, Double.POSITIVE_INFINITY, meanLogPeg,
					Math.sqrt(sampleVariance / x.length), sigma, sigma / Math.sqrt(2.0 * x.length));
		}
		double a = fit.intercept();
		double kappa = -Math.log(b) / DT;
		double kappaStandardError = fit.slopeStandardError() / (b * DT);
		double mu = a / (1 - b);
		double gradientA = 1 / (1 - b);
		double gradientB = a / ((1 - b) * (1 - b));
		double muVariance = gradientA * gradientA * fit.interceptVariance()
				+ gradientB * gradientB * fit.slopeVariance() + 2 * gradientA * gradientB * fit.covariance();
		double oneMinusBSquared = 1 - b * b;
		double h = -2 * Math.log(b) / (DT * oneMinusBSquared);
		double hPrime = -2 / DT * (oneMinusBSquared / b + 2 * b * Math.log(b)) / (oneMinusBSquared * oneMinusBSquared);
		double sigma = Math.sqrt(variance * h);
		double sigmaSensitivityToB = sigma * hPrime / (2 * h);
		double sigmaVariance = sigma * sigma / (2.0 * used)
				+ sigmaSensitivityToB * sigmaSensitivityToB * fit.slopeVariance();
		return new Diffusion(CalibrationFit.MEAN_REVERTING, kappa, kappaStandardError, mu, Math.sqrt(muVariance), sigma,
				Math.sqrt(sigmaVariance));
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
	}

	/** The diffusion parameters of one fit case. */
	private record Diffusion(CalibrationFit fit, double kappa, double kappaStandardError, double mu,
			double muStandardError, double sigma, double sigmaStandardError) {

		Calibration calibration(JumpComponent jumps, double jumpIntensityStandardError, Regression regression,
				double meanLogPeg, DailyPegSeries series, List<DetectedJump> detected) {
			PegModel model = new PegModel(this.kappa, this.mu, this.sigma, jumps.intensityPerYear(),
					jumps.meanLogJump(), jumps.volatilityLogJump());
			double halfLifeDays = model.halfLifeDays();
			double halfLifeStandardError = (this.kappa == 0 || !Double.isFinite(this.kappaStandardError))
					? Double.POSITIVE_INFINITY
					: Math.log(2) * DayCount.DAYS_PER_YEAR * this.kappaStandardError / (this.kappa * this.kappa);
			return new Calibration(model, this.kappaStandardError, this.muStandardError, this.sigmaStandardError,
					jumpIntensityStandardError, halfLifeDays, halfLifeStandardError, this.fit, regression.slope(),
					regression.slopeStandardError(), Math.sqrt(regression.maximumLikelihoodVariance()), meanLogPeg,
					series.size(), series.firstDay(), series.lastDay(), detected);
		}

	}

}
