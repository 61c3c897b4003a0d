package io.lsdrisk.comparison;

import java.util.List;
import java.util.function.Function;

import io.lsdrisk.compute.DataProvenance;

/**
 * The table as CSV (RFC 4180), one line per cell: the dimension, the column, the level,
 * the rule, the evidence and the cell's data provenance ({@code realDays},
 * {@code syntheticDays}, {@code syntheticFrom}, {@code syntheticUntil} and
 * {@code synthetic}, {@code true} when any of its days is generated), with a header row.
 * Empty fields are null.
 */
final class ComparisonCsv {

	private static final List<Field> FIELDS = List.of(new Field("withdrawalWaitDays", Evidence::withdrawalWaitDays),
			new Field("dexDepthEth", Evidence::dexDepthEth),
			new Field("nodeOperatorCount", Evidence::nodeOperatorCount), new Field("auditCount", Evidence::auditCount),
			new Field("ageYears", Evidence::ageYears), new Field("currentDiscountBps", Evidence::currentDiscountBps),
			new Field("maxDiscountBps", Evidence::maxDiscountBps),
			new Field("depegProbability30d", Evidence::depegProbability30d),
			new Field("marketShare", Evidence::marketShare), new Field("apr30d", Evidence::apr30d),
			new Field("yieldShortfall", Evidence::yieldShortfall));

	private ComparisonCsv() {
	}

	static String write(ComparisonTable table) {
		StringBuilder csv = new StringBuilder("dimension,column,level,rule");
		FIELDS.forEach((field) -> csv.append(',').append(field.name()));
		csv.append(",realDays,syntheticDays,syntheticFrom,syntheticUntil,synthetic\r\n");
		for (ComparisonTable.ComparisonRow row : table.rows()) {
			for (RiskCell cell : row.cells()) {
				csv.append(row.dimension()).append(',').append(quote(cell.column())).append(',');
				csv.append((cell.level() != null) ? cell.level().name() : "").append(',');
				csv.append(quote(cell.rule()));
				for (Field field : FIELDS) {
					Object value = field.value().apply(cell.evidence());
					csv.append(',').append((value != null) ? value.toString() : "");
				}
				DataProvenance provenance = cell.dataProvenance();
				csv.append(',').append(provenance.realDays()).append(',').append(provenance.syntheticDays());
				csv.append(',').append((provenance.syntheticFrom() != null) ? provenance.syntheticFrom() : "");
				csv.append(',').append((provenance.syntheticUntil() != null) ? provenance.syntheticUntil() : "");
				csv.append(',').append(!provenance.allReal());
				csv.append("\r\n");
			}
		}
		return csv.toString();
	}

	private static String quote(String text) {
		if (text == null) {
			return "";
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private record Field(String name, Function<Evidence, Object> value) {
	}

}
