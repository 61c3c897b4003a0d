package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.time.LocalDate;

/**
 * Chooses the data a forecast may use: days strictly before the forecast date, in the
 * same {@link RedemptionRegime} as the forecast date, and at most the last
 * {@code windowDays} of them. A model fitted across both regimes is wrong in both.
 */
public final class RegimeSplit {

	private RegimeSplit() {
	}

	/**
	 * The calibration window for a forecast made at the start of {@code forecastDate}.
	 * @param series the daily history
	 * @param withdrawalsEnabledFrom first day redemption was open, or null
	 * @param forecastDate the day of the forecast; its own value is not used
	 * @param windowDays the most days to use, {@code >= 1}
	 * @return the window, or null when the regime has no data before the date
	 */
	public static DailyPegSeries window(DailyPegSeries series, LocalDate withdrawalsEnabledFrom, LocalDate forecastDate,
			int windowDays) {
		Arguments.notNull("series", series);
		Arguments.notNull("forecastDate", forecastDate);
		if (windowDays < 1) {
			throw new IllegalArgumentException("windowDays must be >= 1, was " + windowDays);
		}
		LocalDate start = forecastDate.minusDays(windowDays);
		if (RedemptionRegime.on(forecastDate, withdrawalsEnabledFrom) == RedemptionRegime.OPEN) {
			if (start.isBefore(withdrawalsEnabledFrom)) {
				start = withdrawalsEnabledFrom;
			}
		}
		return series.between(start, forecastDate);
	}

	/**
	 * Calibrates on {@link #window}.
	 * @return the calibration, or null when the window has fewer than
	 * {@code minObservations} days (at least
	 * {@link OrnsteinUhlenbeckCalibration#MIN_OBSERVATIONS})
	 */
	public static Calibration calibrate(DailyPegSeries series, LocalDate withdrawalsEnabledFrom, LocalDate forecastDate,
			int windowDays, int minObservations, CalibrationSettings settings) {
		DailyPegSeries window = window(series, withdrawalsEnabledFrom, forecastDate, windowDays);
		int needed = Math.max(minObservations, OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS);
		if (window == null || window.size() < needed) {
			return null;
		}
		return OrnsteinUhlenbeckCalibration.calibrate(window, settings);
	}

}
