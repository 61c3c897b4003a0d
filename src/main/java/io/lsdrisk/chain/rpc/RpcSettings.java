package io.lsdrisk.chain.rpc;

import java.net.URI;
import java.time.Duration;

/**
 * How the client talks to the node.
 *
 * @param url the JSON-RPC endpoint (HTTP or HTTPS)
 * @param connectTimeout TCP and TLS connection timeout
 * @param requestTimeout time allowed for one request's answer
 * @param maxAttempts attempts per call, including the first (1 = no retry)
 * @param initialBackoff wait before the first retry; doubled (times {@code multiplier})
 * for each later one
 * @param backoffMultiplier growth of the wait between retries
 * @param maxBackoff longest wait between retries
 * @param maxRetryAfter longest {@code Retry-After} honoured; a longer one fails the call
 * at once
 * @param breakerFailureRatePercent failure rate (in percent of the calls in the window)
 * that opens the circuit breaker
 * @param breakerWindowSize calls in the breaker's sliding window
 * @param breakerMinimumCalls calls needed before the breaker computes a rate
 * @param breakerOpenDuration how long the open breaker refuses calls before letting a few
 * through
 */
public record RpcSettings(URI url, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
		Duration initialBackoff, double backoffMultiplier, Duration maxBackoff, Duration maxRetryAfter,
		float breakerFailureRatePercent, int breakerWindowSize, int breakerMinimumCalls, Duration breakerOpenDuration) {

	/** Wait before retry number {@code retry} (1 for the first retry). */
	Duration backoff(int retry) {
		double millis = this.initialBackoff.toMillis() * Math.pow(this.backoffMultiplier, retry - 1);
		return Duration.ofMillis((long) Math.min(millis, this.maxBackoff.toMillis()));
	}

}
