package io.lsdrisk.chain.rpc;

/**
 * The node answered with a JSON-RPC error object (for example "missing trie node" from a
 * node without archive state). Not retried: the same question gets the same answer.
 */
public class RpcErrorAnswerException extends RpcException {

	private final long code;

	public RpcErrorAnswerException(long code, String message) {
		super("JSON-RPC error " + code + ": " + message);
		this.code = code;
	}

	public long code() {
		return this.code;
	}

}
