package io.lsdrisk.compute.collateral;

/**
 * An annualised yield at a time.
 *
 * @param timeDays end of the window, days (the input's origin)
 * @param yield annualised simple yield, decimal per year
 */
public record YieldPoint(double timeDays, double yield) {

}
