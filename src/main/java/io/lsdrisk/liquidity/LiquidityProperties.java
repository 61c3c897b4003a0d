package io.lsdrisk.liquidity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Settings of the StableSwap analytics, bound from {@code lsdrisk.liquidity.*}.
 *
 * @param depthPegRatios targets of the stored venues' depth tables, as peg ratios (market
 * price over exchange rate; ETH per token for a rebasing token), each in (0, 1]; default
 * 0.99, 0.98, 0.95, 0.90
 * @param standardSaleTokens the LSD sale quoted for every stored venue, in tokens
 * (default 1,000)
 * @param maxHistoryPoints most states of one venue analysed for {@code from}/{@code to}
 * (default 500); a window with more is sampled evenly, always keeping its last state
 * @param maxDepthPrices most target prices one quote request may ask for (default 20)
 */
@Validated
@ConfigurationProperties("lsdrisk.liquidity")
public record LiquidityProperties(@DefaultValue( {
		"0.99", "0.98", "0.95", "0.90" }) @NotEmpty @Size(
				max = 20) List<@DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double> depthPegRatios,
		@DefaultValue("1000") @DecimalMin(value = "0", inclusive = false) double standardSaleTokens,
		@DefaultValue("500") @Min(2) @Max(100_000) int maxHistoryPoints,
		@DefaultValue("20") @Min(1) @Max(1000) int maxDepthPrices){

}
