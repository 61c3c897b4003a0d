package io.lsdrisk.comparison;

import java.time.Instant;

/**
 * A depeg probability from a model.
 *
 * @param probability P(min peg over the horizon <= threshold), in [0, 1]
 * @param method how it was estimated
 * @param asOf the data it rests on, up to this instant
 */
public record DepegProbability(double probability, String method, Instant asOf) {
}
