package io.lsdrisk.options;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the option endpoints, bound from {@code lsdrisk.options.*} (environment
 * {@code LSDRISK_OPTIONS_*}).
 *
 * @param maxContracts most contracts one batch request may carry (greeks, implied
 * volatility, staking yield); default 10,000
 * @param maxStrategyLegs most legs of a custom strategy; default 100
 * @param defaultGridPoints payoff grid points when a strategy request names none; default
 * 101
 * @param maxGridPoints most payoff grid points; default 10,001
 * @param riskFreeRate continuous risk-free rate per year used where a request gives none;
 * default 0.04
 * @param volatilityWindowDays window of daily closes behind a realised volatility, days;
 * default 90
 * @param minVolatilityReturns fewest daily log returns a realised volatility needs;
 * default 10
 * @param carryWindowDays window of exchange-rate growth behind a rebasing token's staking
 * yield, days; default 30
 * @param defaultExpiryDays expiry of an option on a stored LSD when none is given;
 * default 30
 * @param maxExpiryDays longest expiry of an option on a stored LSD; default 3,650
 * @param depegHedgeStrike peg ratio a depeg hedge insures when no strike is given;
 * default 0.98
 * @param jumpSeriesTolerance truncation tolerance of Merton's series, in price units;
 * default 1e-12
 * @param jumps depeg jump parameters per protocol
 */
@Validated
@ConfigurationProperties("lsdrisk.options")
public record OptionsProperties(@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxContracts,
		@DefaultValue("100") @Min(1) @Max(10_000) int maxStrategyLegs,
		@DefaultValue("101") @Min(2) @Max(10_001) int defaultGridPoints,
		@DefaultValue("10001") @Min(2) @Max(10_001) int maxGridPoints,
		@DefaultValue("0.04") @DecimalMin("-1") @DecimalMax("1") double riskFreeRate,
		@DefaultValue("90") @Min(2) @Max(3650) int volatilityWindowDays,
		@DefaultValue("10") @Min(2) @Max(3650) int minVolatilityReturns,
		@DefaultValue("30") @Min(1) @Max(3650) int carryWindowDays,
		@DefaultValue("30") @Min(0) @Max(36500) int defaultExpiryDays,
		@DefaultValue("3650") @Min(1) @Max(36500) int maxExpiryDays,
		@DefaultValue("0.98") @DecimalMin("0.000000000001") @DecimalMax("1000000000000") double depegHedgeStrike,
		@DefaultValue("1e-12") @DecimalMin("1e-15") @DecimalMax("1") double jumpSeriesTolerance,
		@Valid @DefaultValue Jumps jumps) {

	/**
	 * Depeg jump parameters of Merton's model (see {@code ConfiguredJumpParameters}).
	 *
	 * @param intensity expected depeg jumps a year, default 0.2: one market-stress depeg
	 * (stETH, June 2022) in about five years of LSD history
	 * @param mean mean log jump size, default -0.05: a 5 % drop (the June 2022 stETH/ETH
	 * trough was 0.935, a log move of -0.067)
	 * @param volatility standard deviation of the log jump size, default 0.03
	 * @param protocols overrides per protocol, keyed by the protocol name in lower case
	 * without spaces or punctuation ({@code lido}, {@code rocketpool}); empty by default
	 */
	public record Jumps(@DefaultValue("0.2") @DecimalMin("0") @DecimalMax("50") double intensity,
			@DefaultValue("-0.05") @DecimalMin("-5") @DecimalMax("5") double mean,
			@DefaultValue("0.03") @DecimalMin("0") @DecimalMax("3") double volatility,
			@DefaultValue Map<String, @Valid Protocol> protocols) {

	}

	/**
	 * Jump parameters for one protocol.
	 *
	 * @param intensity expected depeg jumps a year
	 * @param mean mean log jump size
	 * @param volatility standard deviation of the log jump size
	 */
	public record Protocol(@DecimalMin("0") @DecimalMax("50") double intensity,
			@DecimalMin("-5") @DecimalMax("5") double mean, @DecimalMin("0") @DecimalMax("3") double volatility) {

	}

}
