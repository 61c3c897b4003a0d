package io.lsdrisk.options;

/**
 * Depeg jump parameters of Merton's model for one LSD, with where they came from.
 *
 * @param jumpIntensity expected jumps a year (lambda)
 * @param jumpMean mean log jump size (muJ)
 * @param jumpVolatility standard deviation of the log jump size (deltaJ)
 * @param source where the figures come from, for the response
 */
public record JumpParameters(double jumpIntensity, double jumpMean, double jumpVolatility, String source) {

}
