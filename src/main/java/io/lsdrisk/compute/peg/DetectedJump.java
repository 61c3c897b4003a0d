package io.lsdrisk.compute.peg;

import java.time.LocalDate;

/**
 * A daily move of ln(peg) that the calibration classified as a jump.
 *
 * @param day the UTC day the move ended on
 * @param logJump the move net of the fitted AR(1) prediction, in ln(peg) (negative: a
 * drop)
 */
public record DetectedJump(LocalDate day, double logJump) {

}
