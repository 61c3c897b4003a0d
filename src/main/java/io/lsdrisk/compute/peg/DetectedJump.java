package io.lsdrisk.compute.peg;

import java.time.LocalDate;

/**
 * A daily move of ln(peg) that the jump mixture classified as a jump: its posterior
 * probability of one of the jump components exceeds 0.5.
 *
 * @param day the UTC day the move ended on
 * @param logJump the move net of the fitted AR(1) prediction, in ln(peg) (negative: a
 * drop)
 * @param component the component it was classified to,
 * {@link FittedJumpComponent#DOWN_JUMPS} or {@link FittedJumpComponent#REBOUNDS}
 * @param posteriorProbability the posterior probability of that component given the data,
 * in (0.5, 1]
 */
public record DetectedJump(LocalDate day, double logJump, String component, double posteriorProbability) {

}
