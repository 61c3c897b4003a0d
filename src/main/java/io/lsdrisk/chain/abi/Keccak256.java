package io.lsdrisk.chain.abi;

/**
 * Keccak-256 as Ethereum uses it: the original Keccak submission with padding byte 0x01,
 * not the FIPS 202 SHA3-256 (padding 0x06) that the JDK ships. Rate 1088 bits, capacity
 * 512, 24 rounds of Keccak-f[1600]. Reference: the Keccak team's specification summary
 * (keccak.team/keccak_specs_summary.html).
 */
public final class Keccak256 {

	private static final int RATE_BYTES = 136;

	private static final long[] ROUND_CONSTANTS = { 0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL,
			0x8000000080008000L, 0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
			0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL, 0x000000008000808bL,
			0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L,
			0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L,
			0x8000000080008008L };

	/** Rotation offsets r[x + 5y]. */
	private static final int[] ROTATIONS = { 0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8,
			18, 2, 61, 56, 14 };

	private Keccak256() {
	}

	/**
	 * @param input bytes to hash, not null
	 * @return the 32-byte digest
	 */
	public static byte[] hash(byte[] input) {
		return sponge(input, (byte) 0x01);
	}

	/**
	 * The sponge with a given domain padding byte: 0x01 for Keccak-256, 0x06 for FIPS 202
	 * SHA3-256 (which lets tests check the permutation against the JDK's SHA3-256).
	 */
	static byte[] sponge(byte[] input, byte padding) {
		long[] state = new long[25];
		int offset = 0;
		while (input.length - offset >= RATE_BYTES) {
			absorb(state, input, offset);
			offset += RATE_BYTES;
		}
		byte[] last = new byte[RATE_BYTES];
		int remaining = input.length - offset;
		System.arraycopy(input, offset, last, 0, remaining);
		last[remaining] ^= padding;
		last[RATE_BYTES - 1] ^= (byte) 0x80;
		absorb(state, last, 0);
		byte[] digest = new byte[32];
		for (int i = 0; i < 32; i++) {
			digest[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
		}
		return digest;
	}

	private static void absorb(long[] state, byte[] block, int offset) {
		for (int i = 0; i < RATE_BYTES / 8; i++) {
			long lane = 0;
			for (int b = 7; b >= 0; b--) {
				lane = (lane << 8) | (block[offset + 8 * i + b] & 0xFFL);
			}
			state[i] ^= lane;
		}
		permute(state);
	}

	private static void permute(long[] a) {
		long[] c = new long[5];
		long[] b = new long[25];
		for (long roundConstant : ROUND_CONSTANTS) {
			// theta
			for (int x = 0; x < 5; x++) {
				c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
			}
			for (int x = 0; x < 5; x++) {
				long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
				for (int y = 0; y < 25; y += 5) {
					a[x + y] ^= d;
				}
			}
			// rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
			for (int x = 0; x < 5; x++) {
				for (int y = 0; y < 5; y++) {
					b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
				}
			}
			// chi
			for (int x = 0; x < 5; x++) {
				for (int y = 0; y < 25; y += 5) {
					a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
				}
			}
			// iota
			a[0] ^= roundConstant;
		}
	}

}
