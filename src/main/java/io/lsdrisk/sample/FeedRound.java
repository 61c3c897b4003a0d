package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One real observation of a price feed.
 *
 * @param at when the feed was updated (UTC)
 * @param roundId the feed's round identifier
 * @param value the answer exactly as written in the data file
 */
record FeedRound(Instant at, String roundId, BigDecimal value) {

}
