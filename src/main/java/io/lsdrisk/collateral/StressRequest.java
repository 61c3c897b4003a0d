package io.lsdrisk.collateral;

import java.util.List;

import io.lsdrisk.compute.collateral.CascadeSimulator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The body of {@code POST /collateral/stress}. LSD amounts in tokens of the collateral,
 * everything else in ETH.
 *
 * @param symbol the collateral LSD: its stored pool is used when {@code pool} is absent,
 * and its stored exchange rate and market parameters fill gaps in {@code rules}
 * @param venue the stored pool's venue (default: the LSD's only or first)
 * @param pool a pool given in the request instead of the stored one
 * @param positions positions, one by one
 * @param buckets a distribution of positions as buckets of equal positions
 * @param rules the lending market's liquidation rules
 * @param shock the shock that starts the cascade
 * @param timing ROUNDS (default: synchronous rounds) or SEQUENTIAL (one liquidation at a
 * time)
 */
public record StressRequest(String symbol, String venue, @Valid StressPool pool,
		@Valid List<@NotNull @Valid StressPosition> positions, @Valid List<@NotNull @Valid StressBucket> buckets,
		@NotNull @Valid StressRules rules, @NotNull @Valid StressShock shock, CascadeSimulator.Timing timing) {

	/**
	 * A StableSwap pool, coin 0 ETH, coin 1 the pool's token.
	 *
	 * @param balanceEth ETH
	 * @param balanceLsd pool tokens
	 * @param amplification A as the contract reports it
	 * @param fee fraction of the output, in [0, 1)
	 * @param adminFeeShare share of each fee leaving the pool (default 0.5)
	 * @param poolRate ETH per pool token applied by a rate-scaled pool (default 1)
	 * @param tokensPerCollateral pool tokens one collateral token unwraps to (default 1)
	 */
	public record StressPool(@NotNull @Positive Double balanceEth, @NotNull @Positive Double balanceLsd,
			@NotNull @DecimalMin("1") @DecimalMax("100000") Double amplification,
			@NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double fee,
			@DecimalMin("0") @DecimalMax("1") Double adminFeeShare, @Positive Double poolRate,
			@Positive Double tokensPerCollateral) {

	}

	/**
	 * @param lsdAmount collateral tokens
	 * @param otherCollateralEth other collateral, ETH (default 0)
	 * @param debtEth debt, ETH
	 * @param liquidationThreshold LT, in [0, 1]
	 */
	public record StressPosition(@NotNull @PositiveOrZero Double lsdAmount, @PositiveOrZero Double otherCollateralEth,
			@NotNull @PositiveOrZero Double debtEth,
			@NotNull @DecimalMin("0") @DecimalMax("1") Double liquidationThreshold) {

	}

	/**
	 * Equal positions holding only the LSD, at a health factor measured at the starting
	 * oracle price (before the shock).
	 *
	 * @param positionCount positions in the bucket, 1 to 1,000,000
	 * @param lsdAmountPerPosition tokens each
	 * @param healthFactor of each, {@code > 0}
	 * @param liquidationThreshold LT, in (0, 1]
	 * @param debtEthPerPosition optional: must equal
	 * {@code lsdAmountPerPosition * oraclePrice * LT / healthFactor} (relative 1e-6)
	 * @param totalLsdAmount optional: must equal {@code positionCount *
	 * lsdAmountPerPosition} (relative 1e-9)
	 */
	public record StressBucket(@NotNull @Min(1) @Max(1_000_000) Integer positionCount,
			@NotNull @PositiveOrZero Double lsdAmountPerPosition, @NotNull @Positive Double healthFactor,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double liquidationThreshold,
			@PositiveOrZero Double debtEthPerPosition, @PositiveOrZero Double totalLsdAmount) {

	}

	/**
	 * @param market stored lending market for the bonus and oracle mode (needs symbol)
	 * @param closeFactor share of the debt one liquidation repays, in (0, 1] (default
	 * 0.5)
	 * @param fullLiquidationHealthFactor below it the close factor is 1, in [0, 1]
	 * (default 0.95, Aave v3; 0 for Aave v2)
	 * @param liquidationBonus in [0, 1) (default: the market's)
	 * @param oracleMode MARKET or EXCHANGE_RATE (default: the market's)
	 * @param exchangeRate ETH per collateral token the EXCHANGE_RATE oracle reports
	 * (default: the LSD's latest stored rate; under MARKET, the pool's starting price)
	 */
	public record StressRules(String market,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double closeFactor,
			@DecimalMin("0") @DecimalMax("1") Double fullLiquidationHealthFactor,
			@DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double liquidationBonus, OracleMode oracleMode,
			@Positive Double exchangeRate) {

	}

	/**
	 * @param pegDropFraction an outside sale pushing the market price down by this
	 * fraction first, in [0, 1) (default 0)
	 * @param initialSaleLsd then a sale of this many collateral tokens (default 0)
	 */
	public record StressShock(@DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double pegDropFraction,
			@PositiveOrZero Double initialSaleLsd) {

	}

}
