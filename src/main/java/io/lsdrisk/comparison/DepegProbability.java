package io.lsdrisk.comparison;

import java.time.Instant;

import io.lsdrisk.compute.ProvenanceDays;

/**
 * A depeg probability from a model.
 *
 * @param probability P(min peg over the horizon <= threshold), in [0, 1]
 * @param method how it was estimated
 * @param asOf the data it rests on, up to this instant
 * @param provenanceDays the stored days the model rests on, day by day (for the depeg
 * model: its calibration window, one series named by the asset's symbol)
 */
public record DepegProbability(double probability, String method, Instant asOf, ProvenanceDays provenanceDays) {
}
