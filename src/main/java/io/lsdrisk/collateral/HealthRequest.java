package io.lsdrisk.collateral;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The body of {@code POST /collateral/health}: up to
 * {@code lsdrisk.collateral.max-positions} positions, answered in order.
 *
 * @param positions the positions
 */
public record HealthRequest(@NotNull @Valid List<@NotNull @Valid PositionInput> positions) {

	/**
	 * One lending position, priced in USD (Aave v3's base currency).
	 *
	 * @param market stored lending market whose parameters (LTV, LT, E-mode, oracle mode)
	 * apply; optional when every collateral gives its liquidationThreshold
	 * @param collateral collateral holdings
	 * @param debt borrowed assets (none: the position cannot be liquidated)
	 * @param oracleMode override of the market's oracle mode (default: the market's,
	 * MARKET without a market)
	 * @param emode override of the market's E-mode flag (default: the market's, false
	 * without a market)
	 * @param ethUsd override of the ETH price in USD
	 */
	public record PositionInput(String market, @NotNull @Valid List<@NotNull @Valid CollateralInput> collateral,
			@Valid List<@NotNull @Valid DebtInput> debt, OracleMode oracleMode, Boolean emode,
			@Positive Double ethUsd) {

	}

	/**
	 * @param symbol a registered LSD, ETH/WETH, a stablecoin, or any asset given with
	 * priceUsd and liquidationThreshold
	 * @param amount token units, {@code >= 0}
	 * @param priceUsd override of the stored price, USD per token
	 * @param liquidationThreshold override of the market's LT, in [0, 1]
	 * @param ltv override of the market's LTV, in [0, liquidationThreshold]
	 */
	public record CollateralInput(@NotBlank String symbol, @NotNull @PositiveOrZero Double amount,
			@PositiveOrZero Double priceUsd, @DecimalMin("0") @DecimalMax("1") Double liquidationThreshold,
			@DecimalMin("0") @DecimalMax("1") Double ltv) {

	}

	/**
	 * @param asset ETH/WETH, a stablecoin, a registered LSD, or any asset with priceUsd
	 * @param amount token units, {@code >= 0}
	 * @param priceUsd override of the price, USD per token (required for other assets)
	 */
	public record DebtInput(@NotBlank String asset, @NotNull @PositiveOrZero Double amount,
			@PositiveOrZero Double priceUsd) {

	}

}
