package io.lsdrisk.compute.collateral;

import java.util.List;

/**
 * A CAPO growth cap with the data behind it. Yields are simple annualised rates (APR) of
 * exchange-rate growth, {@code (R_t / R_s - 1) * 365 / (t - s)}, the convention of CAPO's
 * linear cap.
 *
 * @param recommendedMaxYearlyGrowth {@code maxSmoothedYield + yieldStandardDeviation},
 * decimal per year
 * @param maxSmoothedYield highest smoothed yield in the look-back window
 * @param maxSmoothedYieldTimeDays when it occurred
 * @param yieldStandardDeviation sample standard deviation of the per-update yields in the
 * window
 * @param lookbackStartDays start of the window
 * @param lookbackEndDays end of the window (the last observation)
 * @param smoothingDays smoothing window of each smoothed yield
 * @param smoothedYields every smoothed yield in the window
 * @param updateYields every per-update yield in the window (between consecutive
 * observations, about daily)
 */
public record RateCapRecommendation(double recommendedMaxYearlyGrowth, double maxSmoothedYield,
		double maxSmoothedYieldTimeDays, double yieldStandardDeviation, double lookbackStartDays,
		double lookbackEndDays, double smoothingDays, List<YieldPoint> smoothedYields, List<YieldPoint> updateYields) {

}
