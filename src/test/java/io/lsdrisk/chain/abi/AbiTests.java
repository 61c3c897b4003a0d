package io.lsdrisk.chain.abi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keccak-256 against published vectors and, for multi-block inputs, against the JDK's
 * SHA3-256 (the same permutation with padding 0x06); selectors against the values every
 * Ethereum tool prints; decoding against hand-built words.
 */
class AbiTests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void keccakOfTheEmptyStringIsThePublishedVector() {
		assertThat(HEX.formatHex(Keccak256.hash(new byte[0])))
			.isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
	}

	@Test
	void keccakOfAbcIsThePublishedVector() {
		assertThat(HEX.formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
	}

	@Test
	void spongeWithSha3PaddingEqualsTheJdkSha3AtEveryLengthAroundTheRate() throws Exception {
		// Lengths 0..400 cross the 136-byte rate twice, including the 135/136/137 edges
		// where the padding byte and the final 0x80 share or change blocks.
		SplittableRandom random = new SplittableRandom(8);
		MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
		for (int length = 0; length <= 400; length++) {
			byte[] input = new byte[length];
			for (int i = 0; i < length; i++) {
				input[i] = (byte) random.nextInt(256);
			}
			assertThat(Keccak256.sponge(input, (byte) 0x06)).as("length %d", length).isEqualTo(sha3.digest(input));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "totalSupply() | 18160ddd", "balanceOf(address) | 70a08231", "latestRoundData() | feaf968c",
					"getExchangeRate() | e6aa216c", "transfer(address,uint256) | a9059cbb", "decimals() | 313ce567",
					"approve(address,uint256) | 095ea7b3" })
	void selectorsAreTheFirstFourBytesOfTheHash(String signature, String selector) {
		assertThat(HEX.formatHex(Abi.selector(signature))).isEqualTo(selector);
	}

	@Test
	void aCallWithAnArgumentIsTheSelectorAndOneBigEndianWord() {
		byte[] data = Abi.encodeCall("convertToAssets(uint256)", List.of(BigInteger.TEN.pow(18)));
		assertThat(data).hasSize(36);
		// 1e18 = 0x0de0b6b3a7640000, right-aligned in the 32-byte word.
		assertThat(HEX.formatHex(data, 4, 36))
			.isEqualTo("0000000000000000000000000000000000000000000000000de0b6b3a7640000");
		assertThat(HEX.formatHex(data, 0, 4)).isEqualTo(HEX.formatHex(Abi.selector("convertToAssets(uint256)")));
	}

	@Test
	void onlyCanonicalIntegerSignaturesAreEncoded() {
		assertThat(Abi.isSupportedSignature("balances(uint256)")).isTrue();
		assertThat(Abi.isSupportedSignature("balances(int128)")).isTrue();
		assertThat(Abi.isSupportedSignature("balanceOf(address)")).isFalse();
		assertThat(Abi.isSupportedSignature("balances(uint)")).isFalse();
		assertThat(Abi.isSupportedSignature("balances( uint256)")).isFalse();
		assertThatThrownBy(() -> Abi.encodeCall("balances(uint256)", List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("takes 1 argument(s), 0 given");
		assertThatThrownBy(() -> Abi.encodeCall("balances(uint256)", List.of(BigInteger.ONE.negate())))
			.hasMessageContaining("must be in [0, 2^256)");
	}

	@Test
	void aUint256AnswerMustBeExactlyOneWord() {
		byte[] word = HEX.parseHex("00000000000000000000000000000000000000000000000000000000000004d2");
		assertThat(Abi.decodeUint256(word)).isEqualTo(BigInteger.valueOf(1234));
		assertThatThrownBy(() -> Abi.decodeUint256(new byte[0])).isInstanceOf(AbiDecodingException.class)
			.hasMessageContaining("empty answer");
		assertThatThrownBy(() -> Abi.decodeUint256(new byte[31])).hasMessageContaining("answer of 31 bytes");
		assertThatThrownBy(() -> Abi.decodeUint256(new byte[64])).hasMessageContaining("answer of 64 bytes");
	}

	@Test
	void theHighestUint256IsReadUnsignedAndAsInt256IsMinusOne() {
		byte[] allOnes = new byte[32];
		java.util.Arrays.fill(allOnes, (byte) 0xff);
		assertThat(Abi.decodeUint256(allOnes)).isEqualTo(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));
		assertThat(Abi.signedWord(allOnes, 0)).isEqualTo(BigInteger.ONE.negate());
		assertThat(Abi.toSignedWord(BigInteger.valueOf(-2))[31]).isEqualTo((byte) 0xfe);
	}

	@Test
	void latestRoundDataIsFiveWords() {
		// Chainlink ETH/USD round 110680464442257309697 of 2023-04-05 22:38:35 UTC
		// (db/sample):
		// 1908.19 USD at 8 decimals = 190819000000.
		BigInteger round = new BigInteger("110680464442257309697");
		byte[] answer = concat(Abi.toWord(round), Abi.toWord(BigInteger.valueOf(190_819_000_000L)),
				Abi.toWord(BigInteger.valueOf(1_680_734_315L)), Abi.toWord(BigInteger.valueOf(1_680_734_315L)),
				Abi.toWord(round));
		ChainlinkRound decoded = Abi.decodeLatestRoundData(answer);
		assertThat(decoded.roundId()).isEqualTo(round);
		assertThat(decoded.answer()).isEqualTo(BigInteger.valueOf(190_819_000_000L));
		assertThat(decoded.updatedAt()).isEqualTo(BigInteger.valueOf(1_680_734_315L));
		assertThat(decoded.answeredInRound()).isEqualTo(round);
		byte[] negative = concat(Abi.toWord(round), Abi.toSignedWord(BigInteger.valueOf(-5)), new byte[96]);
		assertThat(Abi.decodeLatestRoundData(negative).answer()).isEqualTo(BigInteger.valueOf(-5));
		assertThatThrownBy(() -> Abi.decodeLatestRoundData(new byte[128])).hasMessageContaining("answer of 128 bytes");
		byte[] oversizedRound = concat(Abi.toWord(BigInteger.ONE.shiftLeft(80)), new byte[128]);
		assertThatThrownBy(() -> Abi.decodeLatestRoundData(oversizedRound)).hasMessageContaining("uint80");
	}

	static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, offset, part.length);
			offset += part.length;
		}
		return all;
	}

}
