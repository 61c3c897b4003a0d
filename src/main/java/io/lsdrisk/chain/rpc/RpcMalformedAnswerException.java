package io.lsdrisk.chain.rpc;

/**
 * The node answered, but not with a JSON-RPC response of the expected shape: not JSON, no
 * result, a result that is not hex, an answer of the wrong length. Not retried.
 */
public class RpcMalformedAnswerException extends RpcException {

	public RpcMalformedAnswerException(String message) {
		super(message);
	}

}
