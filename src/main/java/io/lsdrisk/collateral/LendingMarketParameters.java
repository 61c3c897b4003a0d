package io.lsdrisk.collateral;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /lending-markets/{market}/{symbol}}; see
 * {@link LendingMarketRequest} for each field. Fractions are decimals (0.95, not 9500
 * bp).
 */
public record LendingMarketParameters(@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal ltv,
		@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal liquidationThreshold,
		@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal liquidationBonus, @NotNull Boolean emode,
		@NotNull OracleMode oracleMode,
		@DecimalMin("0") @DecimalMax(value = "1e20", inclusive = false) BigDecimal supplyCap) {

}
