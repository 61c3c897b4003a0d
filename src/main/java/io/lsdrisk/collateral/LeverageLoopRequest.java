package io.lsdrisk.collateral;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code POST /collateral/leverage-loop}. Rates are simple annual rates
 * (APR), decimals.
 *
 * @param symbol the LSD looped (for the stored staking APR, peg and market parameters)
 * @param stakingApr staking yield, APR; default: the LSD's latest stored
 * {@code stakingApr}, else its exchange-rate growth over the last 30 days
 * @param ltv LTV of each borrow, in [0, 1); default: the market's
 * @param liquidationThreshold LT, in (0, 1]; default: the market's
 * @param market stored lending market for ltv and liquidationThreshold
 * @param borrowRate ETH borrow rate, APR
 * @param loops borrow-and-redeposit steps, 0 to 1,000
 * @param entryPeg peg ratio (market / exchange rate) at entry; default: the LSD's latest
 * stored one, else 1
 */
public record LeverageLoopRequest(String symbol, @DecimalMin("-1") @DecimalMax("10") Double stakingApr,
		@DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double ltv,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double liquidationThreshold, String market,
		@NotNull @DecimalMin("-1") @DecimalMax("10") Double borrowRate, @NotNull @Min(0) @Max(1000) Integer loops,
		@Positive @DecimalMax("10") Double entryPeg) {

}
