package io.lsdrisk.chain.rpc;

/**
 * A JSON-RPC call that gave no usable answer; the message says why, for the logs.
 */
public class RpcException extends RuntimeException {

	public RpcException(String message) {
		super(message);
	}

	public RpcException(String message, Throwable cause) {
		super(message, cause);
	}

}
