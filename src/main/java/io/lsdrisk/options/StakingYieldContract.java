package io.lsdrisk.options;

import jakarta.validation.constraints.NotNull;

/**
 * A cap or floor on the average staking APR over a window ending at expiry, in a normal
 * (Bachelier) model of the forward APR.
 *
 * @param type CAP or FLOOR
 * @param forwardApr forward of the average staking APR, decimal per year, in [-10, 10]
 * @param strikeApr strike APR, decimal per year, in [-10, 10]
 * @param normalVolatility normal volatility of the APR, absolute APR per sqrt(year)
 * (0.005 = 50 bp), in [0, 10]
 * @param expiryYears time to the end of the averaging window (expiry and payment), in [0,
 * 100]
 * @param averagingPeriodYears length of the averaging window ending at expiry, in [0,
 * expiryYears]; default 0 (the APR at expiry)
 * @param discountRate continuous discount rate per year, in [-1, 1]
 * @param notional amount the APR accrues on, in (0, 1e12]; default 1
 * @param accrualFraction year fraction the APR is paid over, in (0, 100]; default 1
 */
record StakingYieldContract(@NotNull StakingYieldType type, @NotNull Double forwardApr, @NotNull Double strikeApr,
		@NotNull Double normalVolatility, @NotNull Double expiryYears, Double averagingPeriodYears,
		@NotNull Double discountRate, Double notional, Double accrualFraction) {

}
