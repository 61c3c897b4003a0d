package io.lsdrisk.compute.peg;

import java.time.LocalDate;

/**
 * What {@link DepegBacktest} scores: a forecaster of
 * {@code P(min daily peg over the horizon <= threshold)}. It is handed only the days
 * before the forecast date, so it cannot look ahead by construction.
 */
@FunctionalInterface
public interface DepegForecaster {

	/**
	 * The forecast made at the start of {@code date}.
	 * @param past the daily peg series up to and including the day before {@code date}:
	 * nothing later
	 * @param date the forecast date, the first day of the outcome window
	 * @param thresholds peg thresholds, each in (0, 1]
	 * @param horizonDays days of the outcome window ({@code date} and the days after it)
	 * @return the forecast, or null when the forecaster cannot forecast from this past
	 * (for example too few days of the date's redemption regime)
	 */
	Forecast forecast(DailyPegSeries past, LocalDate date, double[] thresholds, int horizonDays);

	/**
	 * One date's forecast.
	 *
	 * @param probabilities one probability per threshold, in the thresholds' order
	 * @param halfLifeDays half-life of the peg model the forecast used, days (infinite
	 * for a random walk; NaN when the forecaster has no such notion)
	 */
	record Forecast(double[] probabilities, double halfLifeDays) {

		public Forecast {
			probabilities = probabilities.clone();
		}

		@Override
		public double[] probabilities() {
			return this.probabilities.clone();
		}

		double probability(int k) {
			return this.probabilities[k];
		}

	}

}
