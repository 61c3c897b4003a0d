package io.lsdrisk.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a sample CSV independently of the production reader, for cross-checks. */
final class SampleFiles {

	private SampleFiles() {
	}

	static List<String[]> rows(String file) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				SampleFiles.class.getClassLoader().getResourceAsStream("db/sample/" + file), StandardCharsets.UTF_8))) {
			reader.readLine();
			List<String[]> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				rows.add(line.split(","));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
