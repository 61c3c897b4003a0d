package io.lsdrisk.compute.peg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored Chainlink stETH/ETH rounds (db/sample, see SOURCES.md), resampled to days.
 */
final class StethHistory {

	static final Path FILE = Path.of("db/sample/steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv");

	/**
	 * stETH's regime change: the day Lido's own withdrawal queue (Lido V2) opened.
	 * Regimes are dated from each protocol's redemption opening, not from Shapella
	 * (2023-04-12).
	 */
	static final LocalDate WITHDRAWALS_OPEN = LocalDate.of(2023, 5, 15);

	private StethHistory() {
	}

	static DailyPegSeries daily() {
		try {
			List<String> lines = Files.readAllLines(FILE);
			long[] times = new long[lines.size() - 1];
			double[] pegs = new double[times.length];
			for (int i = 1; i < lines.size(); i++) {
				String[] fields = lines.get(i).split(",");
				times[i - 1] = Long.parseLong(fields[1]);
				pegs[i - 1] = Double.parseDouble(fields[3]);
			}
			return DailyPegSeries.fromObservations(times, pegs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
