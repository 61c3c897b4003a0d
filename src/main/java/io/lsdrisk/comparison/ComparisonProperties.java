package io.lsdrisk.comparison;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules of the comparative risk table, bound from {@code lsdrisk.comparison.*}. Each
 * dimension's level is the first rung of its ladder that the evidence reaches.
 *
 * @param totalStakedEth all ETH staked on the beacon chain, the denominator of market
 * shares (default 34,000,000 ETH, an approximate public figure for late 2025; update it)
 * @param depthMovePercent the DEX price move whose depth is measured, percent (default 2)
 * @param depegThreshold peg ratio of the depeg probability (default 0.98)
 * @param depegHorizonDays horizon of the depeg probability, days (default 30)
 * @param discountLookbackDays history searched for the maximum discount, days (default
 * 1,460: four years, so that June 2022 counts)
 * @param maxSymbols most symbols {@code ?symbols=} may name (default 50)
 * @param illiquidity illiquidity ladder
 * @param slashing slashing ladder
 * @param smartContract smart-contract ladder
 * @param depeg depeg ladder
 * @param governance governance-concentration ladder
 * @param yield yield ladder
 * @param nativeStaking the native-staking column
 */
@Validated
@ConfigurationProperties("lsdrisk.comparison")
public record ComparisonProperties(@DefaultValue("34000000") @DecimalMin("1") double totalStakedEth,
		@DefaultValue("2") @DecimalMin("0.01") @DecimalMax("50") double depthMovePercent,
		@DefaultValue("0.98") @DecimalMin("0.5") @DecimalMax("1") double depegThreshold,
		@DefaultValue("30") @Min(1) @Max(3650) int depegHorizonDays,
		@DefaultValue("1460") @Min(1) @Max(36500) int discountLookbackDays,
		@DefaultValue("50") @Min(1) @Max(1000) int maxSymbols, @Valid @DefaultValue Illiquidity illiquidity,
		@Valid @DefaultValue Slashing slashing, @Valid @DefaultValue SmartContract smartContract,
		@Valid @DefaultValue Depeg depeg, @Valid @DefaultValue Governance governance, @Valid @DefaultValue Yield yield,
		@Valid @DefaultValue NativeStaking nativeStaking) {

	/**
	 * LOW when the DEX depth to the move is at least {@code lowMinDepthEth}; MEDIUM when
	 * it is at least {@code mediumMinDepthEth} or redemption is open with a wait of at
	 * most {@code mediumMaxWaitDays}; HIGH otherwise.
	 *
	 * @param lowMinDepthEth default 10,000 ETH
	 * @param mediumMinDepthEth default 1,000 ETH
	 * @param mediumMaxWaitDays default 7 days
	 */
	public record Illiquidity(@DefaultValue("10000") @DecimalMin("0") double lowMinDepthEth,
			@DefaultValue("1000") @DecimalMin("0") double mediumMinDepthEth,
			@DefaultValue("7") @DecimalMin("0") double mediumMaxWaitDays) {
	}

	/**
	 * LOW with at least {@code lowMinOperators} node operators (a correlated slashing
	 * hits a small part of the pool); MEDIUM with at least {@code mediumMinOperators};
	 * HIGH otherwise.
	 *
	 * @param lowMinOperators default 100
	 * @param mediumMinOperators default 10
	 */
	public record Slashing(@DefaultValue("100") @Min(1) int lowMinOperators,
			@DefaultValue("10") @Min(1) int mediumMinOperators) {
	}

	/**
	 * LOW with at least {@code lowMinAudits} audits and {@code lowMinAgeYears} years in
	 * production; MEDIUM with at least {@code mediumMinAudits} and
	 * {@code mediumMinAgeYears}; HIGH otherwise.
	 *
	 * @param lowMinAudits default 10
	 * @param lowMinAgeYears default 3
	 * @param mediumMinAudits default 3
	 * @param mediumMinAgeYears default 1
	 */
	public record SmartContract(@DefaultValue("10") @Min(0) int lowMinAudits,
			@DefaultValue("3") @DecimalMin("0") double lowMinAgeYears, @DefaultValue("3") @Min(0) int mediumMinAudits,
			@DefaultValue("1") @DecimalMin("0") double mediumMinAgeYears) {
	}

	/**
	 * HIGH when the maximum discount reached {@code highMaxDiscountBps}, the current
	 * discount {@code highCurrentDiscountBps} or the depeg probability
	 * {@code highProbability}; MEDIUM at the medium figures; LOW otherwise.
	 *
	 * @param highMaxDiscountBps default 300 bp
	 * @param mediumMaxDiscountBps default 100 bp
	 * @param highCurrentDiscountBps default 100 bp
	 * @param mediumCurrentDiscountBps default 25 bp
	 * @param highProbability default 0.05
	 * @param mediumProbability default 0.01
	 */
	public record Depeg(@DefaultValue("300") @DecimalMin("0") double highMaxDiscountBps,
			@DefaultValue("100") @DecimalMin("0") double mediumMaxDiscountBps,
			@DefaultValue("100") @DecimalMin("0") double highCurrentDiscountBps,
			@DefaultValue("25") @DecimalMin("0") double mediumCurrentDiscountBps,
			@DefaultValue("0.05") @DecimalMin("0") @DecimalMax("1") double highProbability,
			@DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double mediumProbability) {
	}

	/**
	 * HIGH at a share of all staked ETH of at least {@code highMinShare}, by default one
	 * third: a protocol with a third of the stake can stop finality; MEDIUM from
	 * {@code mediumMinShare}; LOW below.
	 *
	 * @param highMinShare default 1/3 (the one-third threshold)
	 * @param mediumMinShare default 0.10
	 */
	public record Governance(@DefaultValue("0.333333333333") @DecimalMin("0") @DecimalMax("1") double highMinShare,
			@DefaultValue("0.10") @DecimalMin("0") @DecimalMax("1") double mediumMinShare) {
	}

	/**
	 * The shortfall is native staking's APR minus the LSD's 30-day APR: LOW up to
	 * {@code lowMaxShortfall}, MEDIUM up to {@code mediumMaxShortfall}, HIGH beyond.
	 *
	 * @param lowMaxShortfall default 0.003 (30 bp a year)
	 * @param mediumMaxShortfall default 0.008 (80 bp a year)
	 */
	public record Yield(@DefaultValue("0.003") double lowMaxShortfall,
			@DefaultValue("0.008") double mediumMaxShortfall) {
	}

	/**
	 * The native-staking column. Its illiquidity is measured with the same ladder (no DEX
	 * market, the exit wait below); its slashing, smart-contract and depeg levels are the
	 * seed's, configurable.
	 *
	 * @param exitWaitDays exit queue plus withdrawal sweep, days (default 9, approximate)
	 * @param stakingApr native staking APR, decimal per year (default 0.029, consensus
	 * plus execution rewards in late 2025, approximate)
	 * @param slashingLevel default MEDIUM (direct: the validator bears its own slashing)
	 * @param smartContractLevel default LOW (no code beyond the protocol)
	 * @param depegLevel default LOW (staked ETH is ETH)
	 */
	public record NativeStaking(@DefaultValue("9") @DecimalMin("0") double exitWaitDays,
			@DefaultValue("0.029") @DecimalMin("-1") @DecimalMax("1") double stakingApr,
			@DefaultValue("MEDIUM") @NotNull RiskLevel slashingLevel,
			@DefaultValue("LOW") @NotNull RiskLevel smartContractLevel,
			@DefaultValue("LOW") @NotNull RiskLevel depegLevel) {
	}

}
