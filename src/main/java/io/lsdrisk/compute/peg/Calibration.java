package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.List;

/**
 * A calibrated {@link PegModel} with its uncertainty and the data behind it.
 * <p>
 * The model's single jump component is the fitted down-jump component (or the configured
 * one); every fitted component, rebounds included, is in {@link #jumpComponents()}.
 * Standard errors are asymptotic (delta method); the 95 % intervals are finite-sample
 * ({@link OrnsteinUhlenbeckCalibration}) and are what a report should quote. A quantity
 * that the window does not identify has an infinite standard error (kappa and mu of a
 * {@link CalibrationFit#RANDOM_WALK} fit, kappa of a
 * {@link CalibrationFit#NO_PERSISTENCE} fit) and an interval end the data do not bound is
 * infinite; {@code halfLifeDays} is infinite when kappa is 0.
 *
 * @param model the calibrated model (per year; levels in ln(peg))
 * @param kappaStandardError standard error of kappa, per year
 * @param muStandardError standard error of mu, in ln(peg)
 * @param sigmaStandardError standard error of sigma, per sqrt(year)
 * @param jumpIntensityStandardError standard error of the model's jump intensity, per
 * year (0 when the jumps were configured, NaN when no down-jump component is present)
 * @param halfLifeDays {@code ln 2 / kappa} in days
 * @param halfLifeDaysStandardError its standard error in days
 * @param fit which case of the AR(1) fit applied (decided on the corrected b)
 * @param arCoefficient b of {@code x_{t+1} = a + b x_t + e}, daily, as estimated (maximum
 * likelihood, before the bias correction)
 * @param arCoefficientStandardError its standard error
 * @param residualStandardDeviation the daily residual standard deviation of the diffusion
 * (maximum likelihood, jumps weighted out), in ln(peg)
 * @param meanLogPeg the sample mean of ln(peg) over the window
 * @param observations number of days in the window
 * @param windowStart first day of the window (UTC)
 * @param windowEnd last day of the window (UTC)
 * @param jumps the moves classified as jumps (posterior above 0.5), in date order
 * @param biasCorrection the correction applied to b
 * @param arCoefficientCorrected b after the correction, from which kappa, mu and sigma
 * follow
 * @param arCoefficientInterval95 95 % interval of b (ends beyond [0, 1] infinite)
 * @param kappaInterval95 95 % interval of kappa, per year (upper end infinite when b <= 0
 * is not excluded; lower end 0 when a random walk is not excluded)
 * @param halfLifeDaysInterval95 95 % interval of the half-life in days
 * @param muInterval95 95 % interval of mu, ln(peg)
 * @param sigmaInterval95 95 % interval of sigma, per sqrt(year)
 * @param jumpComponents the fitted jump components: down-jumps, then rebounds
 */
public record Calibration(PegModel model, double kappaStandardError, double muStandardError, double sigmaStandardError,
		double jumpIntensityStandardError, double halfLifeDays, double halfLifeDaysStandardError, CalibrationFit fit,
		double arCoefficient, double arCoefficientStandardError, double residualStandardDeviation, double meanLogPeg,
		int observations, LocalDate windowStart, LocalDate windowEnd, List<DetectedJump> jumps,
		BiasCorrection biasCorrection, double arCoefficientCorrected, ConfidenceInterval arCoefficientInterval95,
		ConfidenceInterval kappaInterval95, ConfidenceInterval halfLifeDaysInterval95, ConfidenceInterval muInterval95,
		ConfidenceInterval sigmaInterval95, List<FittedJumpComponent> jumpComponents) {

	public Calibration {
		jumps = List.copyOf(jumps);
		jumpComponents = List.copyOf(jumpComponents);
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

	/** The fitted down-jump component. */
	public FittedJumpComponent downJumps() {
		return component(FittedJumpComponent.DOWN_JUMPS);
	}

	/** The fitted rebound component. */
	public FittedJumpComponent rebounds() {
		return component(FittedJumpComponent.REBOUNDS);
	}

	private FittedJumpComponent component(String name) {
		return this.jumpComponents.stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
	}

}
