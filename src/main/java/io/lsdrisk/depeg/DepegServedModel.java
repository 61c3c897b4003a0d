package io.lsdrisk.depeg;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The settings of the served depeg model, as the backtest ran them.
 *
 * @param calibrationWindowDays the most days of the date's regime a calibration uses when
 * the window is not chosen
 * @param calibrationWindowCandidates the candidate windows chosen among at each date by
 * their out-of-sample predictions, null when the window is fixed
 * @param minObservations fewest days of the regime a calibration needs
 * @param jumpThresholdRobustSigmas jump detection threshold of the calibration
 * @param exploitIntensityPerYear event risk: smart-contract exploits per year
 * @param slashingIntensityPerYear event risk: mass slashings per year
 * @param openRegimePegFloor the redemption floor in the open regime without a queue, null
 * when none applies (no withdrawal wait, or the floor switched off)
 * @param meanStressedDays mean sojourn in the stressed state after a down-jump, days
 * @param description the model in words
 */
record DepegServedModel(int calibrationWindowDays, @Nullable List<Integer> calibrationWindowCandidates,
		int minObservations, double jumpThresholdRobustSigmas, double exploitIntensityPerYear,
		double slashingIntensityPerYear, @Nullable Double openRegimePegFloor, double meanStressedDays,
		String description) {

}
