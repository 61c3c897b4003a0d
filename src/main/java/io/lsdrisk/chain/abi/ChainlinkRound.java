package io.lsdrisk.chain.abi;

import java.math.BigInteger;

/**
 * One answer of a Chainlink aggregator's {@code latestRoundData()}.
 *
 * @param roundId the round (phase id in the top 16 bits of the uint80)
 * @param answer the price in the feed's fixed point ({@code decimals()} places)
 * @param startedAt when the round started, Unix seconds
 * @param updatedAt when the answer was written, Unix seconds; 0 for an incomplete round
 * @param answeredInRound the round the answer was computed in
 */
public record ChainlinkRound(BigInteger roundId, BigInteger answer, BigInteger startedAt, BigInteger updatedAt,
		BigInteger answeredInRound) {

}
