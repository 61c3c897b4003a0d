package io.lsdrisk.collateral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsdrisk.compute.DataProvenance;
import io.lsdrisk.compute.collateral.CascadeSimulator;
import org.jspecify.annotations.Nullable;

/**
 * A liquidation cascade: every round, the final state and the totals. Collateral in LSD
 * tokens, debt, bad debt and other collateral in ETH, prices in ETH per collateral token.
 *
 * <p>
 * Conservation: {@code initialCollateralLsd = remainingCollateralLsd +
 * totalCollateralLiquidated}; {@code initialDebtEth = remainingDebtEth + totalDebtRepaid
 * + badDebt}; the same for other collateral.
 *
 * @param rounds the rounds in order (at most
 * {@code lsdrisk.collateral.max-reported-rounds}; see roundCount)
 * @param roundCount rounds run
 * @param finalPrice market price after the last round
 * @param finalPegRatio finalPrice over the oracle's exchange rate
 * @param finalOraclePrice the protocol's price at the end
 * @param initialPrice market price before the shock
 * @param shockedPrice market price after the shock, before round 1
 * @param exogenousSaleLsd tokens the shock sold
 * @param totalCollateralLiquidated LSD seized over all rounds
 * @param totalOtherCollateralLiquidatedEth other collateral seized
 * @param totalDebtRepaid debt repaid
 * @param badDebt debt left on positions with no collateral, never negative
 * @param positionsLiquidated distinct positions liquidated at least once
 * @param converged false when the round limit stopped the cascade
 * @param initialCollateralLsd LSD held at the start
 * @param remainingCollateralLsd LSD held at the end
 * @param initialOtherCollateralEth other collateral at the start
 * @param remainingOtherCollateralEth at the end
 * @param initialDebtEth debt at the start
 * @param remainingDebtEth debt outstanding at the end
 * @param timing ROUNDS or SEQUENTIAL
 * @param rules the rules used
 * @param shock the shock used
 * @param pool the pool used
 * @param book the positions used
 * @param dataProvenance real and generated days of the stored states used: the stored
 * pool state (and the exchange rates that scale or unwrap it) and the stored state whose
 * exchange rate the oracle reads; no days for the JUNE_2022 scenario (its pool is a
 * documented constant); absent when the request gave every input
 */
public record StressResponse(List<StressRound> rounds, int roundCount, double finalPrice, double finalPegRatio,
		double finalOraclePrice, double initialPrice, double shockedPrice, double exogenousSaleLsd,
		double totalCollateralLiquidated, double totalOtherCollateralLiquidatedEth, double totalDebtRepaid,
		double badDebt, long positionsLiquidated, boolean converged, double initialCollateralLsd,
		double remainingCollateralLsd, double initialOtherCollateralEth, double remainingOtherCollateralEth,
		double initialDebtEth, double remainingDebtEth, CascadeSimulator.Timing timing, StressRulesUsed rules,
		StressShockUsed shock, DexPool pool, StressBook book,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DataProvenance dataProvenance) {

	/**
	 * @param round 1-based
	 * @param price the oracle price at which positions were tested and seized
	 * @param marketPriceBefore market price before the round's sale
	 * @param marketPriceAfter after it
	 * @param positionsLiquidated positions liquidated this round (a bucket counts its
	 * members)
	 * @param collateralSeized LSD seized and sold, tokens
	 * @param otherCollateralSeizedEth other collateral seized, not sold
	 * @param debtRepaid debt repaid, ETH
	 * @param badDebt debt written off this round, ETH
	 * @param ethReceived ETH the sale returned
	 */
	public record StressRound(int round, double price, double marketPriceBefore, double marketPriceAfter,
			long positionsLiquidated, double collateralSeized, double otherCollateralSeizedEth, double debtRepaid,
			double badDebt, double ethReceived) {

	}

	/**
	 * @param market the stored market read, null when none
	 * @param closeFactor share of debt per liquidation
	 * @param fullLiquidationHealthFactor below it the close factor is 1
	 * @param liquidationBonus bonus
	 * @param oracleMode oracle mode
	 * @param exchangeRate ETH per token the EXCHANGE_RATE oracle reports
	 * @param exchangeRateSource REQUEST, STATE, POOL (the pool's starting price) or
	 * SCENARIO
	 */
	public record StressRulesUsed(@Nullable String market, double closeFactor, double fullLiquidationHealthFactor,
			double liquidationBonus, OracleMode oracleMode, double exchangeRate, String exchangeRateSource) {

	}

	/**
	 * @param pegDropFraction peg drop
	 * @param initialSaleLsd initial sale, tokens
	 */
	public record StressShockUsed(double pegDropFraction, double initialSaleLsd) {

	}

	/**
	 * @param source REQUEST, or the snapshot's name
	 * @param file the snapshot's classpath file, null for a request
	 * @param entries positions and buckets
	 * @param positions positions they stand for
	 * @param totalLsd LSD held, tokens
	 * @param totalDebtEth debt, ETH
	 * @param scenario the documented scenario replayed, null when none
	 * @param note how the positions were built
	 */
	public record StressBook(String source, @Nullable String file, int entries, long positions, double totalLsd,
			double totalDebtEth, @Nullable String scenario, String note) {

	}

}
