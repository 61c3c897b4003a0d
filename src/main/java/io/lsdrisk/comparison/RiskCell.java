package io.lsdrisk.comparison;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.ProvenanceDays;
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
 * @param dataProvenance real and generated days of the stored states the cell's evidence
 * used (no days for evidence from the registration or configuration alone)
 * @param provenanceDays the same day by day, to combine a column's cells (not in the
 * answer)
 */
public record RiskCell(String column, RiskDimension dimension, @Nullable RiskLevel level, @Nullable String rule,
		Evidence evidence, Map<String, String> unavailable, DataProvenance dataProvenance,
		@JsonIgnore ProvenanceDays provenanceDays) {

	/** A cell whose evidence used no stored states. */
	public RiskCell(String column, RiskDimension dimension, @Nullable RiskLevel level, @Nullable String rule,
			Evidence evidence, Map<String, String> unavailable) {
		this(column, dimension, level, rule, evidence, unavailable, ProvenanceDays.NONE);
	}

	/** A cell whose evidence used the stored states of these days. */
	public RiskCell(String column, RiskDimension dimension, @Nullable RiskLevel level, @Nullable String rule,
			Evidence evidence, Map<String, String> unavailable, ProvenanceDays provenanceDays) {
		this(column, dimension, level, rule, evidence, unavailable, provenanceDays.toDataProvenance(), provenanceDays);
	}

}
