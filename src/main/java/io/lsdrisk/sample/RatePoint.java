package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One real observation of a protocol exchange rate, with the ETH/USD read at the same
 * moment when the file has one.
 *
 * @param day the UTC day it belongs to
 * @param at when it was observed: the block time, or 23:59:59 UTC of {@code day} when the
 * file gives only the day (the latest moment it can have been observed)
 * @param block block number, or null when the file has none
 * @param rate exchange rate in ETH (or the staking token) per token, as written
 * @param ethUsd ETH/USD of the same observation, as written, or null
 * @param citation file and series, for the row's source
 * @param ethUsdCitation where {@code ethUsd} came from, or null
 */
record RatePoint(LocalDate day, Instant at, Long block, BigDecimal rate, BigDecimal ethUsd, String citation,
		String ethUsdCitation) {

}
