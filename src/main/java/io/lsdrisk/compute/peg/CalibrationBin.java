package io.lsdrisk.compute.peg;

/**
 * One row of a calibration (reliability) table: forecasts whose probability fell in
 * {@code [lower, upper)} ({@code upper} included for the last bin).
 *
 * @param lower lower edge of the bin
 * @param upper upper edge of the bin
 * @param count number of forecasts in the bin
 * @param meanPredicted mean predicted probability of those forecasts (0 when empty)
 * @param observedFrequency share of them in which the event happened (0 when empty)
 */
public record CalibrationBin(double lower, double upper, int count, double meanPredicted, double observedFrequency) {

}
