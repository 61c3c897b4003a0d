package io.lsdrisk.depeg;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A depeg-probability request: the model, the starting peg and the grid of thresholds and
 * horizons.
 *
 * @param model the OU-with-jumps model of ln(peg)
 * @param initialPeg peg ratio now (market price over fair value), in (0, 2]
 * @param thresholds peg thresholds, each in (0, 1]
 * @param horizonsDays horizons in days, each in (0, 3650]
 * @param paths Monte Carlo paths in [10, 1,000,000]; omitted: as many as a standard error
 * of {@code targetStandardError} needs
 * @param seed seed of the random numbers; omitted: the configured default
 * @param targetStandardError accuracy when {@code paths} is omitted, in [0.0001, 0.5];
 * omitted: the configured default (0.002)
 */
record DepegProbabilityRequest(@NotNull @Valid DepegModelParameters model,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("2") Double initialPeg,
		@NotEmpty List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double> thresholds,
		@NotEmpty List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("3650") Double> horizonsDays,
		@Min(10) @Max(1_000_000) Integer paths, Long seed,
		@DecimalMin("0.0001") @DecimalMax("0.5") Double targetStandardError) {

	/**
	 * {@code dx = kappa (mu - x) dt + sigma dW + J dN} for {@code x = ln(peg)}, time in
	 * years.
	 *
	 * @param kappa mean-reversion speed per year, in [0, 10,000]
	 * @param mu long-run mean of ln(peg), in [-5, 5]
	 * @param sigma volatility of ln(peg) per sqrt(year), in [0, 10]
	 * @param jumpIntensity jumps per year, in [0, 365]; omitted: 0
	 * @param jumpMean mean jump of ln(peg), in [-10, 10]; omitted: 0
	 * @param jumpVolatility standard deviation of a jump of ln(peg), in [0, 10]; omitted:
	 * 0
	 */
	record DepegModelParameters(@NotNull @DecimalMin("0") @DecimalMax("10000") Double kappa,
			@NotNull @DecimalMin("-5") @DecimalMax("5") Double mu,
			@NotNull @DecimalMin("0") @DecimalMax("10") Double sigma,
			@DecimalMin("0") @DecimalMax("365") Double jumpIntensity,
			@DecimalMin("-10") @DecimalMax("10") Double jumpMean,
			@DecimalMin("0") @DecimalMax("10") Double jumpVolatility) {

	}

}
