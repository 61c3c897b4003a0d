package io.lsdrisk.liquidity;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A trade against a two-coin StableSwap pool given in full (coin 0 ETH, coin 1 the LSD).
 *
 * @param amplification A as the pool contract reports it ({@code A_precise() / 100}), in
 * [1, 1,000,000]
 * @param fee swap fee as a fraction of the output amount, in [0, 1)
 * @param balances {@code [eth, lsd]} balances in token units, each > 0 and at most 1e15
 * @param sell the coin sold into the pool, {@code LSD} or {@code ETH}
 * @param amount amount sold, in tokens of {@code sell}, >= 0
 * @param depthPrices target marginal prices of the depth table, ETH per LSD, each in (0,
 * 10]; default 0.99, 0.98, 0.95, 0.90
 */
record StableSwapQuoteRequest(@NotNull @DecimalMin("1") @DecimalMax("1000000") Double amplification,
		@NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double fee,
		@NotNull @Size(min = 2, max = 2,
				message = "must hold exactly two balances, [eth, lsd]") List<@NotNull @Positive @DecimalMax("1e15") Double> balances,
		@NotNull @Pattern(regexp = "LSD|ETH", message = "must be LSD or ETH") String sell,
		@NotNull @PositiveOrZero Double amount,
		List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") Double> depthPrices) {

}
