package io.lsdrisk.collateral;

import io.lsdrisk.collateral.HealthResponse.Source;
import org.jspecify.annotations.Nullable;

/**
 * A leverage loop (deposit the LSD, borrow ETH, stake it into more LSD, repeat). Per unit
 * of equity; rates are decimals per year.
 *
 * @param symbol the LSD, null when not given
 * @param market the lending market, null when not given
 * @param ltv LTV used
 * @param ltvSource REQUEST or MARKET
 * @param liquidationThreshold LT used, null when neither given nor stored
 * @param liquidationThresholdSource REQUEST, MARKET, or null
 * @param stakingApr staking APR used
 * @param stakingAprSource REQUEST, STATE (latest stored stakingApr) or DEFAULT (30-day
 * exchange-rate growth, simple)
 * @param borrowRate borrow APR
 * @param loops borrow-and-redeposit steps
 * @param maxLeverage {@code 1 / (1 - ltv)}: the limit of infinitely many loops
 * @param leverage {@code (1 - ltv^(loops+1)) / (1 - ltv)}: collateral per unit of equity
 * after the loops
 * @param netApr {@code L stakingApr - (L - 1) borrowRate}: simple annual return on equity
 * @param netApyCompounded {@code L e^stakingApr - (L - 1) e^borrowRate - 1}: the one-year
 * return with both APRs compounded continuously, not rebalanced
 * @param netAprAtMaxLeverage {@code netApr} at maxLeverage
 * @param healthFactor {@code L LT / (L - 1)} at entry (null without debt or LT)
 * @param entryPeg peg ratio at entry
 * @param entryPegSource REQUEST, STATE or DEFAULT (1)
 * @param liquidationPegRatio peg at which HF = 1 under a market oracle, at entry:
 * {@code entryPeg (L - 1) / (L LT)}
 * @param liquidationPegRatioAfterCarry the same after {@code carryYears} of staking
 * against borrowing: {@code entryPeg (L - 1) e^((b - y) t) / (L LT)}
 * @param carryYears t
 * @param yearsUntilCarryLiquidation years until carry alone brings HF to 1 (null: never)
 * @param liquidationReason why the liquidation figures are null
 */
public record LeverageLoopResponse(@Nullable String symbol, @Nullable String market, double ltv, Source ltvSource,
		@Nullable Double liquidationThreshold, @Nullable Source liquidationThresholdSource, double stakingApr,
		Source stakingAprSource, double borrowRate, int loops, double maxLeverage, double leverage, double netApr,
		double netApyCompounded, double netAprAtMaxLeverage, @Nullable Double healthFactor, double entryPeg,
		Source entryPegSource, @Nullable Double liquidationPegRatio, @Nullable Double liquidationPegRatioAfterCarry,
		double carryYears, @Nullable Double yearsUntilCarryLiquidation, @Nullable String liquidationReason) {

}
