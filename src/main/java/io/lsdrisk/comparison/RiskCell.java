package io.lsdrisk.comparison;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One cell of the table.
 *
 * @param column {@code NATIVE_STAKING} or the LSD's symbol
 * @param dimension the row
 * @param level LOW, MEDIUM or HIGH; null when the evidence is missing
 * @param rule the rule that produced the level, with the figures compared
 * @param evidence the measurements
 * @param unavailable for each missing measurement, why
 */
public record RiskCell(String column, RiskDimension dimension, @Nullable RiskLevel level, @Nullable String rule,
		Evidence evidence, Map<String, String> unavailable) {
}
