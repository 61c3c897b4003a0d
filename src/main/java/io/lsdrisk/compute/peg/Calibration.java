package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.List;

/**
 * A calibrated {@link PegModel} with its standard errors and the data behind it.
 * <p>
 * Standard errors are asymptotic (delta method on the OLS estimates of the AR(1) fit). A
 * quantity that the window does not identify has an infinite standard error (kappa and mu
 * of a {@link CalibrationFit#RANDOM_WALK} fit, kappa of a
 * {@link CalibrationFit#NO_PERSISTENCE} fit); {@code halfLifeDays} is infinite when kappa
 * is 0.
 *
 * @param model the calibrated model (per year; levels in ln(peg))
 * @param kappaStandardError standard error of kappa, per year
 * @param muStandardError standard error of mu, in ln(peg)
 * @param sigmaStandardError standard error of sigma, per sqrt(year)
 * @param jumpIntensityStandardError Poisson standard error of the jump intensity, per
 * year (0 when the jumps were configured)
 * @param halfLifeDays {@code ln 2 / kappa} in days
 * @param halfLifeDaysStandardError its standard error in days
 * @param fit which case of the AR(1) fit applied
 * @param arCoefficient b of {@code x_{t+1} = a + b x_t + e}, daily
 * @param arCoefficientStandardError its OLS standard error
 * @param residualStandardDeviation the daily residual standard deviation (maximum
 * likelihood, jumps left out), in ln(peg)
 * @param meanLogPeg the sample mean of ln(peg) over the window
 * @param observations number of days in the window
 * @param windowStart first day of the window (UTC)
 * @param windowEnd last day of the window (UTC)
 * @param jumps the moves classified as jumps, in date order
 */
public record Calibration(PegModel model, double kappaStandardError, double muStandardError, double sigmaStandardError,
		double jumpIntensityStandardError, double halfLifeDays, double halfLifeDaysStandardError, CalibrationFit fit,
		double arCoefficient, double arCoefficientStandardError, double residualStandardDeviation, double meanLogPeg,
		int observations, LocalDate windowStart, LocalDate windowEnd, List<DetectedJump> jumps) {

	public Calibration {
		jumps = List.copyOf(jumps);
	}

	/** The long-run discount {@code (1 - e^mu) * 10,000} in basis points. */
	public double longRunDiscountBps() {
		return -Math.expm1(this.model.mu()) * 10_000;
	}

	/**
	 * The discount at the sample mean of ln(peg), {@code (1 - e^mean) * 10,000}, in bp.
	 */
	public double sampleMeanDiscountBps() {
		return -Math.expm1(this.meanLogPeg) * 10_000;
	}

}
