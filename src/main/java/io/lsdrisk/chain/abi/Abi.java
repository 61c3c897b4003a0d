package io.lsdrisk.chain.abi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Encodes calls of the fixed shapes the feeds use and decodes their answers (Solidity
 * contract ABI specification, docs.soliditylang.org/en/latest/abi-spec.html): a call is
 * the function selector, the first 4 bytes of Keccak-256 of the canonical signature,
 * followed by one 32-byte big-endian word per integer argument; an answer of static types
 * is one 32-byte word per value.
 */
public final class Abi {

	/**
	 * A canonical signature whose arguments are all integers: {@code balances(uint256)}.
	 */
	private static final Pattern SIGNATURE = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]*\\(((u?int(8|16|32|64|128|256))(,u?int(8|16|32|64|128|256))*)?\\)");

	private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

	private static final BigInteger MAX_UINT_256 = TWO_256.subtract(BigInteger.ONE);

	public static final int WORD_BYTES = 32;

	private Abi() {
	}

	/**
	 * @param signature canonical signature such as {@code totalSupply()} or
	 * {@code convertToAssets(uint256)}
	 * @return true when {@link #encodeCall} accepts it
	 */
	public static boolean isSupportedSignature(String signature) {
		return signature != null && SIGNATURE.matcher(signature).matches();
	}

	/** The number of arguments a supported signature declares. */
	public static int argumentCount(String signature) {
		requireSupported(signature);
		String inside = signature.substring(signature.indexOf('(') + 1, signature.length() - 1);
		return inside.isEmpty() ? 0 : inside.split(",").length;
	}

	/**
	 * @param signature canonical signature
	 * @return the 4-byte selector
	 */
	public static byte[] selector(String signature) {
		byte[] hash = Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII));
		return new byte[] { hash[0], hash[1], hash[2], hash[3] };
	}

	/**
	 * Call data for a function whose arguments are non-negative integers.
	 * @param signature canonical signature, integer arguments only
	 * @param arguments one value per argument, each in [0, 2^256)
	 * @return selector followed by the encoded arguments
	 * @throws IllegalArgumentException for an unsupported signature or a wrong argument
	 */
	public static byte[] encodeCall(String signature, List<BigInteger> arguments) {
		int count = argumentCount(signature);
		if (arguments.size() != count) {
			throw new IllegalArgumentException(
					signature + " takes " + count + " argument(s), " + arguments.size() + " given");
		}
		byte[] data = new byte[4 + WORD_BYTES * count];
		System.arraycopy(selector(signature), 0, data, 0, 4);
		for (int i = 0; i < count; i++) {
			BigInteger value = arguments.get(i);
			if (value == null || value.signum() < 0 || value.compareTo(MAX_UINT_256) > 0) {
				throw new IllegalArgumentException(
						"argument " + i + " of " + signature + " must be in [0, 2^256), was " + value);
			}
			byte[] word = toWord(value);
			System.arraycopy(word, 0, data, 4 + WORD_BYTES * i, WORD_BYTES);
		}
		return data;
	}

	/**
	 * A single unsigned 256-bit answer.
	 * @param answer the call's return data
	 * @throws AbiDecodingException unless it is exactly one word
	 */
	public static BigInteger decodeUint256(byte[] answer) {
		requireWords(answer, 1, "uint256");
		return unsignedWord(answer, 0);
	}

	/**
	 * Chainlink's {@code latestRoundData()} answer
	 * {@code (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)}.
	 * @throws AbiDecodingException unless it is exactly five words with the uint80 fields
	 * in range
	 */
	public static ChainlinkRound decodeLatestRoundData(byte[] answer) {
		requireWords(answer, 5, "latestRoundData() tuple");
		BigInteger roundId = unsignedWord(answer, 0);
		BigInteger answeredInRound = unsignedWord(answer, 4);
		if (roundId.bitLength() > 80 || answeredInRound.bitLength() > 80) {
			throw new AbiDecodingException("latestRoundData() roundId or answeredInRound does not fit a uint80");
		}
		return new ChainlinkRound(roundId, signedWord(answer, 1), unsignedWord(answer, 2), unsignedWord(answer, 3),
				answeredInRound);
	}

	/** Word {@code index} of {@code data} as an unsigned integer. */
	public static BigInteger unsignedWord(byte[] data, int index) {
		byte[] word = new byte[WORD_BYTES];
		System.arraycopy(data, index * WORD_BYTES, word, 0, WORD_BYTES);
		return new BigInteger(1, word);
	}

	/** Word {@code index} of {@code data} as a two's-complement signed integer. */
	public static BigInteger signedWord(byte[] data, int index) {
		byte[] word = new byte[WORD_BYTES];
		System.arraycopy(data, index * WORD_BYTES, word, 0, WORD_BYTES);
		return new BigInteger(word);
	}

	/** One 32-byte big-endian word holding a value in [0, 2^256). */
	public static byte[] toWord(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] word = new byte[WORD_BYTES];
		int length = Math.min(raw.length, WORD_BYTES);
		System.arraycopy(raw, raw.length - length, word, WORD_BYTES - length, length);
		return word;
	}

	/** Two's-complement word of a signed value in [-2^255, 2^255). */
	public static byte[] toSignedWord(BigInteger value) {
		return toWord(value.signum() < 0 ? value.add(TWO_256) : value);
	}

	/** Lower-case hex with the 0x prefix. */
	public static String hex(byte[] data) {
		return "0x" + HexFormat.of().formatHex(data);
	}

	private static void requireWords(byte[] answer, int words, String what) {
		if (answer.length == 0) {
			throw new AbiDecodingException("empty answer where a " + what
					+ " was expected (no contract at that address at this block, or no such function)");
		}
		if (answer.length != words * WORD_BYTES) {
			throw new AbiDecodingException("answer of " + answer.length + " bytes where a " + what + " of "
					+ words * WORD_BYTES + " was expected");
		}
	}

	private static void requireSupported(String signature) {
		if (!isSupportedSignature(signature)) {
			throw new IllegalArgumentException("'" + signature
					+ "' is not a canonical signature with integer arguments only, such as balances(uint256)");
		}
	}

}
