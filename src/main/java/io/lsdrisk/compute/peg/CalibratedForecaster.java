package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.List;

import io.lsdrisk.compute.Arguments;

/**
 * The depeg forecaster built from a calibration: at each date it calibrates the peg model
 * on the last {@code windowDays} days of the date's redemption regime
 * ({@link RegimeSplit}), asks {@code simulation} how that calibration is simulated (which
 * model, which jumps, which floor: the served model's choices), and estimates by Monte
 * Carlo with {@link Monitoring#DISCRETE daily monitoring} the probability that the daily
 * peg of the horizon reaches each threshold. Daily monitoring, because the outcome is
 * observed on daily values; the continuous-time probability would be higher by
 * construction.
 * <p>
 * The seed of a date is derived from the base seed and the date alone, so a forecast does
 * not depend on which other dates are forecast.
 *
 * @param withdrawalsEnabledFrom first day of the open regime, or null
 * @param windowDays the most days of the regime a calibration uses
 * @param minObservations fewest days of the regime to forecast from (at least
 * {@link OrnsteinUhlenbeckCalibration#MIN_OBSERVATIONS})
 * @param calibration calibration settings
 * @param paths Monte Carlo paths per forecast
 * @param seed base seed
 * @param simulation how a calibration is simulated
 * @param windowChoice how many of the regime's days to calibrate on, chosen per date;
 * null for always the last {@code windowDays}
 */
public record CalibratedForecaster(LocalDate withdrawalsEnabledFrom, int windowDays, int minObservations,
		CalibrationSettings calibration, int paths, long seed, Simulation simulation,
		CalibrationWindowChoice windowChoice) implements DepegForecaster {

	public CalibratedForecaster {
		Arguments.notNull("calibration", calibration);
		Arguments.notNull("simulation", simulation);
		if (windowDays < 2 || minObservations < OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS) {
			throw new IllegalArgumentException(
					"windowDays must be >= 2 and minObservations >= " + OrnsteinUhlenbeckCalibration.MIN_OBSERVATIONS);
		}
		if (paths < DepegMonteCarlo.MIN_PATHS || paths > DepegMonteCarlo.MAX_PATHS) {
			throw new IllegalArgumentException("paths must be between " + DepegMonteCarlo.MIN_PATHS + " and "
					+ DepegMonteCarlo.MAX_PATHS + ", was " + paths);
		}
	}

	/**
	 * The bare calibrated diffusion-with-jumps: no event risk, no floor (an ablation).
	 */
	public static Simulation bare() {
		return (calibrated, regime, past) -> new Simulated(calibrated.model(), DepegSimulationSettings.DEFAULT);
	}

	@Override
	public Forecast forecast(DailyPegSeries past, LocalDate date, double[] thresholds, int horizonDays) {
		DailyPegSeries window = CalibrationWindowChoice
			.window(past, this.withdrawalsEnabledFrom, date, this.windowDays, this.windowChoice)
			.days();
		if (window == null || window.size() < this.minObservations) {
			return null;
		}
		Calibration calibrated = OrnsteinUhlenbeckCalibration.calibrate(window, this.calibration);
		RedemptionRegime regime = RedemptionRegime.on(date, this.withdrawalsEnabledFrom);
		Simulated simulated = this.simulation.of(calibrated, regime, past);
		long dateSeed = this.seed ^ (date.toEpochDay() * 0x9E3779B97F4A7C15L);
		double initialPeg = past.peg(past.size() - 1);
		List<DepegEstimate> estimates = DepegMonteCarlo.estimate(simulated.model(), initialPeg, thresholds,
				new double[] { horizonDays }, this.paths, dateSeed,
				simulated.settings().withMonitoring(Monitoring.DISCRETE));
		double[] probabilities = estimates.stream().mapToDouble(DepegEstimate::probability).toArray();
		return new Forecast(probabilities, calibrated.halfLifeDays());
	}

	/** How a calibration is turned into what the Monte Carlo simulates. */
	@FunctionalInterface
	public interface Simulation {

		/**
		 * @param calibrated the calibration of the date's regime window
		 * @param regime the date's redemption regime
		 * @param past the series before the date (for state-dependent choices such as the
		 * last known queue)
		 * @return the model and settings to simulate
		 */
		Simulated of(Calibration calibrated, RedemptionRegime regime, DailyPegSeries past);

	}

	/**
	 * A model and its simulation settings.
	 *
	 * @param model the peg model
	 * @param settings event jumps, floor and numerical settings
	 */
	public record Simulated(PegModel model, DepegSimulationSettings settings) {

	}

}
