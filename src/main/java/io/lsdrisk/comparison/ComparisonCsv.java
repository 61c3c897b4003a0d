package io.lsdrisk.comparison;

import java.util.List;
import java.util.function.Function;

import io.lsdrisk.compute.DataProvenance;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

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

	static final String MEDIA_TYPE_VALUE = "text/csv";

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

	private ComparisonCsv() {
	}

	/**
	 * Whether an Accept header prefers CSV to JSON: CSV's quality is higher, or equal and
	 * CSV is matched by a more specific range, or by an equally specific one listed
	 * earlier. JSON otherwise, including for {@code *}{@code /*} and a missing or
	 * malformed header.
	 * @param accept the Accept header, or null
	 * @return true to answer CSV
	 */
	static boolean isPreferred(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> ranges;
		try {
			ranges = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		Preference csv = Preference.of(MEDIA_TYPE, ranges);
		Preference json = Preference.of(MediaType.APPLICATION_JSON, ranges);
		return csv.compareTo(json) > 0;
	}

	/**
	 * How much a client wants one media type: the quality of the most specific range that
	 * matches it (the first of equally specific ones), that range's specificity (2 exact,
	 * 1 {@code type/*}, 0 {@code *}{@code /*}) and its position in the header.
	 */
	private record Preference(double quality, int specificity, int position) implements Comparable<Preference> {

		static Preference of(MediaType type, List<MediaType> ranges) {
			Preference best = new Preference(0, -1, Integer.MAX_VALUE);
			for (int i = 0; i < ranges.size(); i++) {
				MediaType range = ranges.get(i);
				if (!range.includes(type)) {
					continue;
				}
				int specificity = range.isWildcardType() ? 0 : (range.isWildcardSubtype() ? 1 : 2);
				if (specificity > best.specificity()) {
					best = new Preference(range.getQualityValue(), specificity, i);
				}
			}
			return best;
		}

		@Override
		public int compareTo(Preference other) {
			if (this.quality != other.quality) {
				return Double.compare(this.quality, other.quality);
			}
			if (this.specificity != other.specificity) {
				return Integer.compare(this.specificity, other.specificity);
			}
			return Integer.compare(other.position, this.position);
		}

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
