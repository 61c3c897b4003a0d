package io.lsdrisk.compute.liquidity;

import java.math.BigInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link StableSwapExact} against a hand-traced run of the contract's arithmetic, values
 * from an independent transliteration of the contract, a property proved by hand (D = S
 * at balance), and invariant properties of the contract's rounding.
 */
class StableSwapExactTests {

	private static final BigInteger E18 = BigInteger.TEN.pow(18);

	private static final BigInteger FEE_4BP = BigInteger.valueOf(4_000_000);

	private static final BigInteger AMP_50 = BigInteger.valueOf(5000);

	/**
	 * Hand trace of the contract for xp = [1, 20] wei, A_precise = 100 (Ann = 200),
	 * selling 2 wei of ETH. Every division floors. <pre>
	 * get_D: S = 21, D = 21
	 *   round 1: D_P = 21*21/3 = 147; D_P = 147*21/41 = 75
	 *            D = (200*21/100 + 75*2)*21 / ((200-100)*21/100 + 3*75) = 192*21/246 = 16
	 *   round 2: D_P = 16*16/3 = 85; D_P = 85*16/41 = 33
	 *            D = (42 + 66)*16 / (16 + 99) = 1728/115 = 15;  |15 - 16| <= 1: D = 15
	 * get_y(0, 1, x = 3): c = 15*15/(3*2) = 37; c = 37*15*100/(200*2) = 55500/400 = 138
	 *   b = 3 + 15*100/200 = 10; y = 15 -> (225 + 138)/(30 + 10 - 15) = 363/25 = 14; stop: y = 14
	 * get_dy: dy = 20 - 14 - 1 = 5; fee 4e6: 4e6*5/1e10 = 0 -> 5; fee 2e9: 2e9*5/1e10 = 1 -> 4
	 * </pre>
	 */
	@Test
	void reproducesHandTracedContractArithmetic() {
		BigInteger[] balances = { BigInteger.ONE, BigInteger.valueOf(20) };
		BigInteger amp = BigInteger.valueOf(100);
		assertThat(StableSwapExact.getD(balances, amp)).isEqualTo(15);
		assertThat(StableSwapExact.getY(0, 1, BigInteger.valueOf(3), balances, amp)).isEqualTo(14);
		assertThat(StableSwapExact.getDy(0, 1, BigInteger.TWO, balances, amp, FEE_4BP)).isEqualTo(5);
		assertThat(StableSwapExact.getDy(0, 1, BigInteger.TWO, balances, amp, BigInteger.valueOf(2_000_000_000L)))
			.isEqualTo(4);
	}

	/**
	 * Expected values come from a separate line-by-line Python transliteration of
	 * {@code get_D}, {@code get_y}, {@code get_dy} and {@code exchange} in
	 * {@code StableSwapSTETH.vy} (curvefi/curve-contract at 1af1c92), run with Python's
	 * arbitrary-precision integers, whose {@code //} is the EVM's floor division for
	 * these non-negative operands (every intermediate was also checked to stay below
	 * 2^256). Admin fee 5e9 as in the stETH pool.
	 */
	static Stream<Arguments> contractValues() {
		return Stream.of(
				Arguments.of("balanced 1000/1000, A=50, sell 1 stETH", "1000000000000000000000",
						"1000000000000000000000", 5000, 1, "1000000000000000000", 4000000, "2000000000000000000000",
						"999000019607477522636", "999580400365468373", "399992157008990", "199996078504495",
						"999000219603556027132", "1001000000000000000000"),
				Arguments.of("2022-06-14 balances, A=50, sell 1,000 stETH", "109891950756000000000000",
						"498670801727000000000000", 5000, 1, "1000000000000000000000", 4000000,
						"604529171198234167217175", "108957999530433936763940", "933577645075836810765",
						"373580490226425294", "186790245113212647", "108958186320679049976588",
						"499670801727000000000000"),
				Arguments.of("2022-06-14 balances, A=50, sell 100,000 stETH", "109891950756000000000000",
						"498670801727000000000000", 5000, 1, "100000000000000000000000", 4000000,
						"604529171198234167217175", "30280673616416013594813", "79579432628728152810624",
						"31844510855833594562", "15922255427916797281", "30296595871843930392095",
						"598670801727000000000000"),
				Arguments.of("2022-06-14 balances, A=50, sell 10 ETH", "109891950756000000000000",
						"498670801727000000000000", 5000, 0, "10000000000000000000", 4000000,
						"604529171198234167217175", "498660100912590507362186", "10696534083728840758",
						"4280325763797055", "2140162881898527", "109901950756000000000000", "498660103052753389260715"),
				Arguments.of("5/95 pool, A=30, fee 1 bp, sell 3 stETH", "50000000000000000000000",
						"950000000000000000000000", 3000, 1, "3000000000000000000", 1000000, "942308738047481455240670",
						"49998690507614297359278", "1309361436464070457", "130949238570264", "65474619285132",
						"49998690573088916644411", "950003000000000000000000"),
				Arguments.of("balanced 1e7/1e7, A=5000, sell 1e6 stETH", "10000000000000000000000000",
						"10000000000000000000000000", 500000, 1, "1000000000000000000000000", 4000000,
						"20000000000000000000000000", "9000020197486545180968164", "999579810592449437104223",
						"399991921005381927612", "199995960502690963806", "9000220193447047871931971",
						"11000000000000000000000000"),
				Arguments.of("odd balances, A=1, sell ETH", "123456789012345678901", "987654321098765432109", 100, 0,
						"55555555555555555555", 4000000, "870368578489353216834", "818598409320927784187",
						"168988289413126512862", "67622364711135059", "33811182355567529", "179012344567901234456",
						"818632220503283351718"),
				Arguments.of("A ramping at 37.25, sell 2.5 stETH", "300000123456789012345678",
						"420000987654321098765432", 3725, 1, "2500000000000000000", 4000000, "719732496933013821847741",
						"299997646341546195087337", "2476124396720131437", "990846097126903", "495423048563451",
						"299997646836969243650790", "420003487654321098765432"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contractValues")
	void matchesContractTransliteration(String label, String balanceEth, String balanceLsd, long amp, int i, String dx,
			long fee, String expectedD, String expectedY, String expectedDy, String expectedFee,
			String expectedAdminFee, String expectedEthAfter, String expectedLsdAfter) {
		BigInteger[] balances = { new BigInteger(balanceEth), new BigInteger(balanceLsd) };
		BigInteger ampPrecise = BigInteger.valueOf(amp);
		BigInteger dxWei = new BigInteger(dx);
		BigInteger feeScaled = BigInteger.valueOf(fee);
		int j = 1 - i;
		assertThat(StableSwapExact.getD(balances, ampPrecise)).isEqualTo(new BigInteger(expectedD));
		assertThat(StableSwapExact.getY(i, j, balances[i].add(dxWei), balances, ampPrecise))
			.isEqualTo(new BigInteger(expectedY));
		assertThat(StableSwapExact.getDy(i, j, dxWei, balances, ampPrecise, feeScaled))
			.isEqualTo(new BigInteger(expectedDy));
		ExactExchange exchange = StableSwapExact.exchange(i, j, dxWei, balances, ampPrecise, feeScaled,
				StableSwapExact.STETH_POOL_ADMIN_FEE);
		assertThat(exchange.receivedWei()).isEqualTo(new BigInteger(expectedDy));
		assertThat(exchange.feeWei()).isEqualTo(new BigInteger(expectedFee));
		assertThat(exchange.adminFeeWei()).isEqualTo(new BigInteger(expectedAdminFee));
		assertThat(exchange.balanceEthAfterWei()).isEqualTo(new BigInteger(expectedEthAfter));
		assertThat(exchange.balanceLsdAfterWei()).isEqualTo(new BigInteger(expectedLsdAfter));
	}

	/**
	 * At x0 = x1 = x the first round gives D = S exactly: D_P = floor(4x^2/(2x+1)) = 2x -
	 * 1, then floor((2x-1) 2x/(2x+1)) = 2x - 2; with q = floor(2x Ann/100) the update is
	 * floor(2x (q + 4x - 4)/(q + 4x - 6)) = 2x + floor(4x/(q + 4x - 6)) = 2x when Ann >=
	 * 100 and x >= 4, and the loop stops at once.
	 */
	@Test
	void invariantOfBalancedPoolIsExactlyTheSum() {
		for (BigInteger x : new BigInteger[] { BigInteger.valueOf(4), BigInteger.valueOf(1001), E18,
				new BigInteger("12345000000000000000007"), BigInteger.TEN.pow(25) }) {
			for (long amp : new long[] { 50, 100, 150, 3725, 5000, 500_000, 100_000_000 }) {
				assertThat(StableSwapExact.getD(new BigInteger[] { x, x }, BigInteger.valueOf(amp)))
					.as("x=%s amp=%d", x, amp)
					.isEqualTo(x.shiftLeft(1));
			}
		}
	}

	@Test
	void tradesAreSymmetricAtBalance() {
		BigInteger[] balances = { E18.multiply(BigInteger.valueOf(777_777)),
				E18.multiply(BigInteger.valueOf(777_777)) };
		for (BigInteger dx : new BigInteger[] { E18, E18.multiply(BigInteger.valueOf(50_000)),
				E18.multiply(BigInteger.valueOf(2_000_000)) }) {
			assertThat(StableSwapExact.getDy(0, 1, dx, balances, AMP_50, FEE_4BP))
				.isEqualTo(StableSwapExact.getDy(1, 0, dx, balances, AMP_50, FEE_4BP));
		}
	}

	/**
	 * D never falls through a trade: without fee it stays equal up to the contract's
	 * rounding (which favours the pool by a few wei), with fee it rises by the providers'
	 * share of the fee times about the marginal value of a coin.
	 */
	@Test
	void invariantIsConservedUpToFees() {
		BigInteger[] balances = { new BigInteger("109891950756000000000000"),
				new BigInteger("498670801727000000000000") };
		BigInteger d0 = StableSwapExact.getD(balances, AMP_50);
		for (int i = 0; i < 2; i++) {
			for (BigInteger dx : new BigInteger[] { E18, E18.multiply(BigInteger.valueOf(40_000)) }) {
				ExactExchange noFee = StableSwapExact.exchange(i, 1 - i, dx, balances, AMP_50, BigInteger.ZERO,
						StableSwapExact.STETH_POOL_ADMIN_FEE);
				BigInteger dNoFee = StableSwapExact
					.getD(new BigInteger[] { noFee.balanceEthAfterWei(), noFee.balanceLsdAfterWei() }, AMP_50);
				assertThat(dNoFee.subtract(d0)).isBetween(BigInteger.ZERO, BigInteger.valueOf(10));

				ExactExchange withFee = StableSwapExact.exchange(i, 1 - i, dx, balances, AMP_50, FEE_4BP,
						StableSwapExact.STETH_POOL_ADMIN_FEE);
				BigInteger dWithFee = StableSwapExact
					.getD(new BigInteger[] { withFee.balanceEthAfterWei(), withFee.balanceLsdAfterWei() }, AMP_50);
				BigInteger keptFee = withFee.feeWei().subtract(withFee.adminFeeWei());
				assertThat(dWithFee).isGreaterThan(dNoFee);
				// D grows by the kept fee times dD/dx_j, which lies between 0.5 and 2
				// here.
				assertThat(dWithFee.subtract(dNoFee)).isBetween(keptFee.shiftRight(1), keptFee.shiftLeft(1));
			}
		}
	}

	@Test
	void outputGrowsWithSizeAndEachExtraTokenBuysLess() {
		BigInteger[] balances = { new BigInteger("109891950756000000000000"),
				new BigInteger("498670801727000000000000") };
		BigInteger step = E18.multiply(BigInteger.valueOf(10_000));
		BigInteger previousOut = BigInteger.ZERO;
		BigInteger previousIncrement = null;
		for (int k = 1; k <= 20; k++) {
			BigInteger out = StableSwapExact.getDy(1, 0, step.multiply(BigInteger.valueOf(k)), balances, AMP_50,
					FEE_4BP);
			BigInteger increment = out.subtract(previousOut);
			assertThat(increment).isPositive();
			if (previousIncrement != null) {
				assertThat(increment).isLessThan(previousIncrement);
			}
			previousOut = out;
			previousIncrement = increment;
		}
		assertThat(previousOut).isLessThan(balances[0]);
	}

	@Test
	void revertsWhereTheContractReverts() {
		BigInteger[] balanced = { E18.multiply(BigInteger.valueOf(1000)), E18.multiply(BigInteger.valueOf(1000)) };
		// get_y returns the old balance for dx = 0, so xp[j] - y - 1 underflows.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StableSwapExact.getDy(1, 0, BigInteger.ZERO, balanced, AMP_50, FEE_4BP))
			.withMessageContaining("reverts")
			.withMessageContaining("underflow");
		BigInteger huge = BigInteger.TWO.pow(200);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StableSwapExact.getD(new BigInteger[] { huge, huge }, AMP_50))
			.withMessageContaining("overflow");
	}

	@Test
	void rejectsInvalidArgumentsNamingThem() {
		BigInteger[] balances = { E18, E18 };
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwapExact.getD(new BigInteger[] { E18 }, AMP_50))
			.withMessageContaining("balancesWei");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StableSwapExact.getD(new BigInteger[] { E18.negate(), E18 }, AMP_50))
			.withMessageContaining("balancesWei[0]");
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwapExact.getD(balances, BigInteger.ZERO))
			.withMessageContaining("ampPrecise");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StableSwapExact.getDy(1, 1, E18, balances, AMP_50, FEE_4BP))
			.withMessageContaining("i and j");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StableSwapExact.getDy(1, 0, E18, balances, AMP_50, StableSwapExact.FEE_DENOMINATOR))
			.withMessageContaining("feeScaled");
		assertThatIllegalArgumentException().isThrownBy(() -> StableSwapExact.toWei(Double.NaN))
			.withMessageContaining("amountTokens");
	}

	@Test
	void convertsUnitsExactly() {
		assertThat(StableSwapExact.toWei(1.5)).isEqualTo(new BigInteger("1500000000000000000"));
		assertThat(StableSwapExact.toTokens(new BigInteger("2500000000000000000"))).isEqualTo(2.5);
		assertThat(StableSwapExact.ampPrecise(37.25)).isEqualTo(3725);
		assertThat(StableSwapExact.feeScaled(0.0004)).isEqualTo(4_000_000);
	}

}
