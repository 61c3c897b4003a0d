package io.lsdrisk.chain.rpc;

/**
 * The node could not be reached or kept failing: timeouts, connection errors, HTTP
 * errors, rate limits beyond the retries, or the circuit breaker open. Worth trying again
 * later.
 */
public class RpcUnavailableException extends RpcException {

	public RpcUnavailableException(String message) {
		super(message);
	}

	public RpcUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
