package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A real price feed loaded from one data file, with the lookups the sample data needs.
 *
 * @param file data file name inside {@code db/sample}
 * @param label what the feed is, for example {@code Chainlink stETH/ETH 0x8639...}
 * @param idName what a round's identifier is in a citation ({@code round}, {@code block},
 * {@code close of})
 * @param rounds every round by update time
 */
record Feed(String file, String label, String idName, NavigableMap<Instant, FeedRound> rounds) {

	/** A Chainlink feed file: one row per round, identified by its round id. */
	static Feed load(String file, String label, String roundColumn, String unixColumn, String valueColumn) {
		return load(file, label, "round", roundColumn, unixColumn, valueColumn);
	}

	static Feed load(String file, String label, String idName, String idColumn, String unixColumn, String valueColumn) {
		TreeMap<Instant, FeedRound> rounds = new TreeMap<>();
		for (String[] row : SampleCsv.read(file, idColumn, unixColumn, valueColumn)) {
			Instant at = Instant.ofEpochSecond(Long.parseLong(row[1]));
			rounds.put(at, new FeedRound(at, row[0], new BigDecimal(row[2])));
		}
		return new Feed(file, label, idName, Collections.unmodifiableNavigableMap(rounds));
	}

	/**
	 * Daily candles: the close of each day, observed at 23:59:59 UTC of that day (the
	 * candle's last second), identified by its date.
	 */
	static Feed dailyCloses(String file, String label) {
		TreeMap<Instant, FeedRound> rounds = new TreeMap<>();
		for (String[] row : SampleCsv.read(file, "date", "close")) {
			Instant at = LocalDate.parse(row[0]).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
			rounds.put(at, new FeedRound(at, row[0], new BigDecimal(row[1])));
		}
		return new Feed(file, label, "close of", Collections.unmodifiableNavigableMap(rounds));
	}

	/**
	 * The feed's answer current at an instant: the latest round at or before it, if no
	 * older than {@code maxAge}.
	 */
	FeedRound currentAt(Instant instant, Duration maxAge) {
		Map.Entry<Instant, FeedRound> entry = this.rounds.floorEntry(instant);
		if (entry == null || Duration.between(entry.getKey(), instant).compareTo(maxAge) > 0) {
			return null;
		}
		return entry.getValue();
	}

	/** The last round of each UTC day, by day. */
	NavigableMap<LocalDate, FeedRound> lastRoundPerDay() {
		TreeMap<LocalDate, FeedRound> days = new TreeMap<>();
		for (FeedRound round : this.rounds.values()) {
			days.put(LocalDate.ofInstant(round.at(), ZoneOffset.UTC), round);
		}
		return days;
	}

	LocalDate firstDay() {
		return LocalDate.ofInstant(this.rounds.firstKey(), ZoneOffset.UTC);
	}

	LocalDate lastDay() {
		return LocalDate.ofInstant(this.rounds.lastKey(), ZoneOffset.UTC);
	}

	/** Short citation of one round for a row's source. */
	String cite(FeedRound round) {
		return this.label + " " + this.idName + " " + round.roundId() + " (" + this.file + ")";
	}

}
