package io.lsdrisk.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the plain comma-separated files of {@code db/sample} from the classpath. The
 * files hold no quoted fields, so a split on commas is exact.
 */
final class SampleCsv {

	static final String DIRECTORY = "db/sample/";

	private SampleCsv() {
	}

	/**
	 * Reads the named columns of every data row, in the order asked for.
	 * @param fileName file name inside {@code db/sample}
	 * @param columns header names to extract
	 * @return one array per data row, values as written in the file
	 * @throws IllegalStateException if the file or a column is missing
	 */
	static List<String[]> read(String fileName, String... columns) {
		String resource = DIRECTORY + fileName;
		ClassLoader loader = SampleCsv.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("classpath resource " + resource + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = Arrays.asList(reader.readLine().split(",", -1));
			int[] indexes = new int[columns.length];
			for (int i = 0; i < columns.length; i++) {
				indexes[i] = header.indexOf(columns[i]);
				if (indexes[i] < 0) {
					throw new IllegalStateException(resource + " has no column " + columns[i]);
				}
			}
			List<String[]> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				String[] row = new String[columns.length];
				for (int i = 0; i < indexes.length; i++) {
					row[i] = fields[indexes[i]].trim();
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
