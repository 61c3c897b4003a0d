package io.lsdrisk.chain;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.chain.abi.Abi;

/**
 * Real history from db/sample, read independently of the service, for the stub to answer
 * with: Rocket Pool's rETH rate at recorded blocks and Chainlink rounds (stETH/ETH,
 * ETH/USD).
 */
final class ChainHistory {

	static final List<RethRate> RETH = reth();

	static final List<Round> STETH_ETH = rounds("steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv");

	static final List<Round> ETH_USD = rounds("eth_usd_chainlink_feed_rounds_2023-04_2024-01.csv");

	private ChainHistory() {
	}

	/**
	 * @param block recorded block
	 * @param at its timestamp
	 * @param rate ETH per rETH, 12 decimals as recorded
	 */
	record RethRate(long block, Instant at, BigDecimal rate) {

		BigInteger wei() {
			return this.rate.movePointRight(18).toBigIntegerExact();
		}

	}

	/**
	 * @param roundId Chainlink round
	 * @param updatedAt when it was written
	 * @param value the answer as a decimal
	 */
	record Round(BigInteger roundId, Instant updatedAt, BigDecimal value) {

		/** latestRoundData() of this round at {@code decimals} places. */
		byte[] encoded(int decimals) {
			BigInteger answer = this.value.movePointRight(decimals).toBigIntegerExact();
			BigInteger updated = BigInteger.valueOf(this.updatedAt.getEpochSecond());
			return concat(Abi.toWord(this.roundId), Abi.toSignedWord(answer), Abi.toWord(updated), Abi.toWord(updated),
					Abi.toWord(this.roundId));
		}

	}

	/** The last recorded rETH rate at or before a block. */
	static RethRate rethAtBlock(long block) {
		RethRate found = null;
		for (RethRate rate : RETH) {
			if (rate.block() <= block) {
				found = rate;
			}
		}
		return found;
	}

	/** The last recorded rETH rate at or before a time. */
	static RethRate rethAt(Instant at) {
		RethRate found = null;
		for (RethRate rate : RETH) {
			if (!rate.at().isAfter(at)) {
				found = rate;
			}
		}
		return found;
	}

	/** The round a feed's latestRoundData() answers at a time: the last one written. */
	static Round roundAt(List<Round> rounds, Instant at) {
		Round found = null;
		for (Round round : rounds) {
			if (!round.updatedAt().isAfter(at)) {
				found = round;
			}
		}
		return found;
	}

	private static List<RethRate> reth() {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		List<RethRate> rates = new ArrayList<>();
		for (String[] row : rows("reth_protocol_exchange_rate_rocketpool_2021-10_2024-09.csv")) {
			rates.add(new RethRate(Long.parseLong(row[0]),
					LocalDateTime.parse(row[1], format).toInstant(ZoneOffset.UTC), new BigDecimal(row[5])));
		}
		return rates;
	}

	private static List<Round> rounds(String file) {
		List<Round> rounds = new ArrayList<>();
		for (String[] row : rows(file)) {
			rounds.add(new Round(new BigInteger(row[0]), Instant.ofEpochSecond(Long.parseLong(row[1])),
					new BigDecimal(row[3])));
		}
		return rounds;
	}

	private static List<String[]> rows(String file) {
		try {
			List<String> lines = Files.readAllLines(Path.of("db/sample", file), StandardCharsets.UTF_8);
			return lines.subList(1, lines.size()).stream().map((line) -> line.split(",")).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, offset, part.length);
			offset += part.length;
		}
		return all;
	}

}
