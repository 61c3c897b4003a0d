package io.lsdrisk.compute.peg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.lsdrisk.compute.Arguments;

/**
 * Chooses how many of the latest days of a regime a calibration uses, from those days
 * alone: the candidate window whose fitted model best predicted, over the last
 * {@code evaluationDays} origins whose outcome is known, the peg {@code horizonDays}
 * later.
 * <p>
 * Why: a regime's long-run level is not fixed. stETH's closed regime spent mid-2022 near
 * 0.97 and early 2023 near 0.999; a 365-day window then pulls every forecast toward a
 * level the peg left months ago, a 60-day one forgets a stress that is still unwinding.
 * Scoring each window by its own out-of-sample predictions lets the data choose, at each
 * date, using nothing after it.
 * <p>
 * The score of a window w is the mean, over origins t = n-H-M .. n-H-1 of the regime's
 * days before the date (n of them), of the Gaussian AR(1) log density of {@code x_{t+H}}
 * given {@code x_t}, the AR(1) fitted by least squares on days {@code t-w+1 .. t}: mean
 * {@code a (1 - b^H) / (1 - b) + b^H x_t}, variance {@code s^2 (1 - b^{2H}) / (1 - b^2)}
 * (their limits H a + x_t and H s^2 when b >= 1). A plain AR(1) is the selector's model
 * on purpose: it is fast, and the window it picks is then calibrated in full. A candidate
 * needs {@code w + H + M - 1} days; when none fits, the longest window the days allow (up
 * to the largest candidate) is used.
 *
 * @param candidateDays candidate windows in days, each at least
 * {@link OrnsteinUhlenbeckCalibration#MIN_OBSERVATIONS}, at least one
 * @param horizonDays H, the horizon the predictions are scored at (the forecasts'),
 * {@code >= 1}
 * @param evaluationDays M, the prediction origins scored, {@code >= 1}
 */
public record CalibrationWindowChoice(List<Integer> candidateDays, int horizonDays, int evaluationDays) {

	public CalibrationWindowChoice {
		Arguments.notNull("candidateDays", candidateDays);
		candidateDays = candidateDays.stream().sorted().distinct().toList();
		if (candidateDays.isEmpty() || candidateDays.get(0) < OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS) {
			throw new IllegalArgumentException("candidateDays must be non-empty, each >= "
					+ OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS + ", was " + candidateDays);
		}
		if (horizonDays < 1 || evaluationDays < 1) {
			throw new IllegalArgumentException("horizonDays and evaluationDays must be >= 1");
		}
	}

	/**
	 * The window for a forecast from the latest of {@code regimeDays}.
	 * @param regimeDays the days of the forecast date's regime before the date, in order
	 * @return the choice, with every candidate's score
	 */
	public Choice choose(DailyPegSeries regimeDays) {
		Arguments.notNull("regimeDays", regimeDays);
		double[] x = regimeDays.logPegs();
		List<Score> scores = new ArrayList<>();
		int best = -1;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int window : this.candidateDays) {
			double score = score(x, window);
			scores.add(new Score(window, Double.isNaN(score) ? null : score));
			if (!Double.isNaN(score) && score > bestScore) {
				bestScore = score;
				best = window;
			}
		}
		boolean selected = best > 0;
		int largest = this.candidateDays.get(this.candidateDays.size() - 1);
		return new Choice(selected ? best : Math.min(largest, x.length), selected, scores);
	}

	/**
	 * The calibration window of a forecast made at the start of {@code date}: the days of
	 * the date's regime before it ({@link RegimeSplit}), the last {@code fixedWindowDays}
	 * of them when {@code choice} is null, else the last {@link #choose chosen} number of
	 * them.
	 * @param series the daily history (days from {@code date} on are not used)
	 * @param withdrawalsEnabledFrom first day of the open regime, or null
	 * @param date the forecast date
	 * @param fixedWindowDays the window without a choice
	 * @param choice the window choice, or null
	 * @return the window (null when the regime has no day before the date) and the choice
	 * made (null without one)
	 */
	public static Window window(DailyPegSeries series, java.time.LocalDate withdrawalsEnabledFrom,
			java.time.LocalDate date, int fixedWindowDays, CalibrationWindowChoice choice) {
		if (choice == null) {
			return new Window(RegimeSplit.window(series, withdrawalsEnabledFrom, date, fixedWindowDays), null);
		}
		DailyPegSeries regimeDays = RegimeSplit.window(series, withdrawalsEnabledFrom, date, series.size() + 1);
		if (regimeDays == null) {
			return new Window(null, null);
		}
		Choice chosen = choice.choose(regimeDays);
		return new Window(regimeDays.between(date.minusDays(chosen.windowDays()), date), chosen);
	}

	/**
	 * A calibration window.
	 *
	 * @param days the days to calibrate on, null when there are none
	 * @param choice how their number was chosen, null when it is fixed
	 */
	public record Window(DailyPegSeries days, Choice choice) {

	}

	/**
	 * The mean predictive log density of window {@code w}, NaN when the days are too few.
	 */
	private double score(double[] x, int window) {
		int n = x.length;
		int h = this.horizonDays;
		int firstOrigin = n - h - this.evaluationDays;
		if (firstOrigin - window + 1 < 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int t = firstOrigin; t < n - h; t++) {
			sum += logDensity(x, t - window + 1, t, x[t + h]);
		}
		return sum / this.evaluationDays;
	}

	/**
	 * Log density of {@code outcome} H days after day {@code to}, AR(1) fit on [from,
	 * to].
	 */
	private double logDensity(double[] x, int from, int to, double outcome) {
		Regression fit = Regression.of(Arrays.copyOfRange(x, from, to + 1), new boolean[to - from]);
		double b = fit.slope();
		double a = fit.intercept();
		double variancePerDay = Math.max(fit.maximumLikelihoodVariance(), 1e-16);
		int h = this.horizonDays;
		double mean;
		double variance;
		if (b >= 1 - 1e-9) {
			mean = x[to] + a * h;
			variance = variancePerDay * h;
		}
		else {
			double bh = Math.pow(b, h);
			mean = a * (1 - bh) / (1 - b) + bh * x[to];
			variance = variancePerDay * (1 - bh * bh) / (1 - b * b);
		}
		double z = outcome - mean;
		return -0.5 * Math.log(2 * Math.PI * variance) - z * z / (2 * variance);
	}

	/**
	 * The window chosen.
	 *
	 * @param windowDays the days the calibration uses
	 * @param selected whether a candidate was scored and chosen (false: too few days for
	 * any candidate, so the longest the days allow)
	 * @param scores every candidate's mean predictive log density (null when too few
	 * days)
	 */
	public record Choice(int windowDays, boolean selected, List<Score> scores) {

		public Choice {
			scores = List.copyOf(scores);
		}

	}

	/**
	 * @param windowDays a candidate window
	 * @param meanLogDensity its mean log density of the H-day-ahead log peg, null when
	 * the days are too few
	 */
	public record Score(int windowDays, Double meanLogDensity) {

	}

}
