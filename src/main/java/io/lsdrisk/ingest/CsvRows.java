package io.lsdrisk.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.lsdrisk.web.FieldViolation;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.JsonPaths;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code text/csv} (RFC 4180: a header row, commas, double-quoted fields with ""
 * for a quote) into records whose component names are the column names, so CSV and JSON
 * share one vocabulary. Column names ignore case; an empty cell is null; unknown columns
 * are refused. Errors are reported with the same field paths as JSON
 * ({@code [row].field}, row 0 being the first after the header).
 */
public final class CsvRows {

	private CsvRows() {
	}

	public static <T> List<T> read(String body, Class<T> type, JsonMapper mapper, int maxRows) {
		List<List<String>> lines = parse(body);
		if (lines.isEmpty()) {
			throw InvalidRequestException.of("body", "CSV needs a header row naming the columns");
		}
		Map<String, String> known = new LinkedHashMap<>();
		for (var component : type.getRecordComponents()) {
			known.put(component.getName().toLowerCase(Locale.ROOT), component.getName());
		}
		List<String> header = new ArrayList<>();
		List<FieldViolation> violations = new ArrayList<>();
		for (String column : lines.get(0)) {
			String name = known.get(column.strip().toLowerCase(Locale.ROOT));
			if (name == null) {
				violations.add(new FieldViolation("header",
						"unknown column '" + column + "'; columns are " + String.join(", ", known.values())));
			}
			header.add(name);
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations.get(0).message(), violations);
		}
		int rowCount = lines.size() - 1;
		if (rowCount > maxRows) {
			throw InvalidRequestException.of("body", "at most " + maxRows + " rows per request, got " + rowCount);
		}
		List<T> rows = new ArrayList<>(rowCount);
		for (int i = 1; i < lines.size(); i++) {
			List<String> cells = lines.get(i);
			String prefix = "[" + (i - 1) + "]";
			if (cells.size() != header.size()) {
				violations.add(new FieldViolation(prefix, "has " + cells.size() + " cells, the header has "
						+ header.size() + " (CSV line " + (i + 1) + ")"));
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				String cell = cells.get(c).strip();
				values.put(header.get(c), cell.isEmpty() ? null : cell);
			}
			try {
				rows.add(mapper.convertValue(values, type));
			}
			catch (JacksonException | IllegalArgumentException ex) {
				String field = (ex instanceof JacksonException jackson) ? JsonPaths.of(jackson) : "";
				violations.add(new FieldViolation(prefix + (field.isEmpty() ? "" : "." + field),
						"cannot read the value (CSV line " + (i + 1) + ")"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations.get(0).field() + ": " + violations.get(0).message(),
					violations);
		}
		return rows;
	}

	/** Splits RFC 4180 text into rows of cells; blank lines are skipped. */
	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean cellStarted = false;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"' && cell.isEmpty()) {
				quoted = true;
				cellStarted = true;
			}
			else if (ch == ',') {
				row.add(cell.toString());
				cell.setLength(0);
				cellStarted = true;
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				endRow(rows, row, cell, cellStarted);
				row = new ArrayList<>();
				cellStarted = false;
			}
			else {
				cell.append(ch);
				cellStarted = true;
			}
		}
		if (quoted) {
			throw InvalidRequestException.of("body", "CSV ends inside a quoted field");
		}
		endRow(rows, row, cell, cellStarted);
		return rows;
	}

	private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell, boolean cellStarted) {
		if (cellStarted || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		cell.setLength(0);
	}

}
