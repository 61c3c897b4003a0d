package io.lsdrisk.chain.abi;

/**
 * A node's answer that is not what the function returns: wrong length, empty, or values
 * out of their type's range. The message says which.
 */
public class AbiDecodingException extends RuntimeException {

	public AbiDecodingException(String message) {
		super(message);
	}

}
