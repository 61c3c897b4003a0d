package io.lsdrisk.chain;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;

import io.lsdrisk.chain.abi.Abi;

/**
 * One {@code eth_call} of a feed: the contract, the signature and the encoded call data.
 * Two feeds making the same call share its answer within a snapshot.
 *
 * @param address contract address, lower case
 * @param signature canonical signature, for the logs
 * @param data selector and arguments
 */
record ContractCall(String address, String signature, byte[] data) {

	static ContractCall of(String address, String signature, List<BigInteger> arguments) {
		return new ContractCall(address.toLowerCase(java.util.Locale.ROOT), signature,
				Abi.encodeCall(signature, arguments));
	}

	/** Identity of the call: equal for the same contract and data. */
	String key() {
		return this.address + ":" + HexFormat.of().formatHex(this.data);
	}

	String describe() {
		return this.signature + " at " + this.address;
	}

}
