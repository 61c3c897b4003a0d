package io.lsdrisk.compute.collateral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PegHistoryTests {

	@Test
	void smallSeriesByHand() {
		// Pegs 1, 0.99, 0.98, 1.00 daily. Worst 1-day drop: max(1 - 0.99, 1 - 0.98/0.99)
		// = 0.0101...;
		// worst 2-day drop: 1 - 0.98 = 0.02. Volatility: sqrt(sum of squared log changes
		// / (3/365)).
		double[] times = { 0, 1, 2, 3 };
		double[] pegs = { 1, 0.99, 0.98, 1.0 };
		PegHistory oneDay = PegHistory.of(times, pegs, 1);
		assertThat(oneDay.worstDropOverHorizon()).isCloseTo(1 - 0.98 / 0.99, within(1e-15));
		assertThat(PegHistory.of(times, pegs, 2).worstDropOverHorizon()).isCloseTo(0.02, within(1e-15));
		double squares = Math.pow(Math.log(0.99), 2) + Math.pow(Math.log(0.98 / 0.99), 2)
				+ Math.pow(Math.log(1 / 0.98), 2);
		assertThat(oneDay.annualisedVolatility()).isCloseTo(Math.sqrt(squares / (3 / 365.0)), within(1e-12));
		assertThat(oneDay.maxDiscount()).isCloseTo(0.02, within(1e-15));
		assertThat(oneDay.maxDivergence()).isCloseTo(0.02, within(1e-15));
	}

	@Test
	void chainlinkStethHistoryShowsTheJune2022Discount() throws IOException {
		List<String> lines = Files
			.readAllLines(Path.of("db/sample/steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv"));
		int n = lines.size() - 1;
		double[] times = new double[n];
		double[] pegs = new double[n];
		for (int i = 0; i < n; i++) {
			String[] fields = lines.get(i + 1).split(",");
			times[i] = Long.parseLong(fields[1]) / 86_400.0;
			pegs[i] = Double.parseDouble(fields[3]);
		}
		PegHistory history = PegHistory.of(times, pegs, 1);
		// SOURCES.md: the lowest round is 0.93502 on 2022-06-18.
		assertThat(history.maxDiscount()).isCloseTo(1 - 0.93502, within(1e-5));
		assertThat(history.maxDivergence()).isCloseTo(1 - 0.93502, within(1e-5));
		assertThat(history.worstDropOverHorizon()).isBetween(0.0, history.maxDiscount());
		assertThat(history.observations()).isEqualTo(745);
	}

}
