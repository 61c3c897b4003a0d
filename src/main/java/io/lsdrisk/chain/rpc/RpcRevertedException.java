package io.lsdrisk.chain.rpc;

/**
 * An {@code eth_call} that reverted (JSON-RPC error code 3, or a message naming a
 * revert): the contract refused the call at that block, for example before it was
 * deployed.
 */
public class RpcRevertedException extends RpcErrorAnswerException {

	public RpcRevertedException(long code, String message) {
		super(code, message);
	}

}
