package io.lsdrisk.collateral;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the collateral health, haircut, rate-cap and stress endpoints, bound from
 * {@code lsdrisk.collateral.*} (environment {@code LSDRISK_COLLATERAL_*}).
 *
 * @param maxPositions most positions one {@code POST /collateral/health} may carry
 * (default 10,000)
 * @param maxStressPositions most positions plus buckets one stress request may carry
 * (default 100,000)
 * @param maxStressRounds round limit of a cascade (default 1,000,000; a cascade that hits
 * it says {@code converged: false})
 * @param maxReportedRounds most rounds listed in a stress answer; later rounds are
 * counted in the totals only (default 10,000)
 * @param stablecoins debt or collateral symbols priced at 1 USD unless the request gives
 * {@code priceUsd} (default USDC, USDT, DAI)
 * @param poolRoutes LSDs without a pool of their own that sell through another LSD's
 * pool, unwrapped at their exchange rate (lower-case symbol to lower-case symbol; default
 * {@code wsteth -> steth})
 * @param snapshots which real Aave position snapshot {@code GET /lsds/{symbol}/stress}
 * uses for a symbol (lower-case symbol to {@code AAVE_V2_STETH} or
 * {@code AAVE_V3_WSTETH}; default steth and wsteth)
 * @param defaultMarket lending market of the haircut and rate-cap endpoints when the
 * request names none (default {@code aave-v3})
 * @param horizonHours default liquidation horizon of the haircut (default 24)
 * @param confidence default one-sided confidence of the haircut's price move (default
 * 0.99)
 * @param liquidationSizeFraction default liquidation size as a fraction of the market's
 * supply cap, or of the pool's LSD balance when the market has no cap (default 0.10, the
 * 10 % of Gauntlet's E-mode condition)
 * @param liquidatorMargin what a liquidator needs beyond slippage (gas, capital, profit),
 * fraction (default 0.005)
 * @param smartLtvConfidenceFactor c of Risk DAO's SmartLTV (default 2)
 * @param rateCapSnapshotDelayDays age of the CAPO snapshot rate when flagging growth
 * above a cap (default 7, as Aave's wstETH adapter)
 * @param leverageCarryYears horizon of the loop's carry-adjusted liquidation peg (default
 * 1)
 */
@Validated
@ConfigurationProperties("lsdrisk.collateral")
public record CollateralProperties(@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxPositions,
		@DefaultValue("100000") @Min(1) @Max(10_000_000) int maxStressPositions,
		@DefaultValue("1000000") @Min(1) int maxStressRounds,
		@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxReportedRounds, @DefaultValue( {
				"USDC", "USDT", "DAI" }) List<String> stablecoins,
		Map<String, String> poolRoutes, Map<String, PositionSnapshot> snapshots,
		@DefaultValue("aave-v3") String defaultMarket, @DefaultValue("24") @DecimalMin("0.001") double horizonHours,
		@DefaultValue("0.99") @DecimalMin("0.5") @DecimalMax("0.999999") double confidence,
		@DefaultValue("0.10") @DecimalMin("0") @DecimalMax("1") double liquidationSizeFraction,
		@DefaultValue("0.005") @DecimalMin("0") @DecimalMax("1") double liquidatorMargin,
		@DefaultValue("2") @DecimalMin("0") double smartLtvConfidenceFactor,
		@DefaultValue("7") @DecimalMin("0.001") double rateCapSnapshotDelayDays,
		@DefaultValue("1") @DecimalMin("0") double leverageCarryYears){

	public CollateralProperties {
		poolRoutes = (poolRoutes == null || poolRoutes.isEmpty()) ? Map.of("wsteth", "steth") : Map.copyOf(poolRoutes);
		snapshots = (snapshots == null || snapshots.isEmpty())
				? Map.of("steth", PositionSnapshot.AAVE_V2_STETH, "wsteth", PositionSnapshot.AAVE_V3_WSTETH)
				: Map.copyOf(snapshots);
		stablecoins = List.copyOf(stablecoins);
	}

}
