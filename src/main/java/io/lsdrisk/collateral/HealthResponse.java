package io.lsdrisk.collateral;

import java.time.Instant;
import java.util.List;

import io.lsdrisk.compute.collateral.AlertTier;
import io.lsdrisk.compute.collateral.AssetKind;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /collateral/health}: one result per position, in order, and
 * the stored data the results used.
 *
 * @param results one per position
 * @param storedStates the latest stored state of every LSD whose stored price or exchange
 * rate a result used
 * @param ethUsd the stored ETH/USD used where the request gave none (null when none was
 * needed)
 */
public record HealthResponse(List<PositionHealthResult> results, List<StoredState> storedStates,
		@Nullable StoredEthUsd ethUsd) {

	/**
	 * Health of one position. Money in USD.
	 *
	 * @param healthFactor {@code sum(amount * price * LT) / sum(debt * price)}; null
	 * without debt
	 * @param healthFactorReason why healthFactor is null
	 * @param collateralValueUsd sum of amount times price
	 * @param weightedCollateralValueUsd sum of amount times price times LT
	 * @param debtValueUsd sum of debt times price
	 * @param borrowingPowerLeftUsd {@code max(0, sum(amount * price * LTV) - debt)}
	 * @param liquidationPegRatio peg (market / exchange rate) of the LSD collateral at
	 * which HF = 1
	 * @param liquidationPegMultiplier factor on every LSD's market price at which HF = 1
	 * @param liquidationPegReason why the peg figures are null
	 * @param liquidationEthUsd ETH price in USD at which HF = 1 (USD debt)
	 * @param liquidationEthUsdReason why it is null
	 * @param buffer {@code 1 - 1/HF}; 1 without debt
	 * @param bufferReason why it is null (debt and no weighted collateral)
	 * @param alertTier tier by the documented cut-offs (E-mode: tighter)
	 * @param depegShocks health factor after LSD depegs of 1, 2, 5, 10 and 20 %
	 * @param emode whether E-mode cut-offs applied
	 * @param oracleMode the oracle mode used
	 * @param inputs the inputs actually used, with where each came from
	 */
	public record PositionHealthResult(@Nullable Double healthFactor, @Nullable String healthFactorReason,
			double collateralValueUsd, double weightedCollateralValueUsd, double debtValueUsd,
			double borrowingPowerLeftUsd, @Nullable Double liquidationPegRatio,
			@Nullable Double liquidationPegMultiplier, @Nullable String liquidationPegReason,
			@Nullable Double liquidationEthUsd, @Nullable String liquidationEthUsdReason, @Nullable Double buffer,
			@Nullable String bufferReason, AlertTier alertTier, List<DepegShock> depegShocks, boolean emode,
			OracleMode oracleMode, HealthInputs inputs) {

	}

	/**
	 * @param depegFraction fall of every LSD's market price against ETH
	 * @param healthFactor the health factor the protocol then sees (null without debt)
	 */
	public record DepegShock(double depegFraction, @Nullable Double healthFactor) {

	}

	/**
	 * @param market the lending market used, null when none
	 * @param ethUsd ETH price used, USD
	 * @param ethUsdSource REQUEST (position's ethUsd), ETH_HOLDING (an ETH/WETH holding's
	 * priceUsd), STATE (the latest state of the position's first LSD that has one),
	 * LATEST_STATE (the response's {@code ethUsd}) or DEFAULT (1, when nothing is priced
	 * from ETH/USD and none is stored)
	 * @param oracleModeSource REQUEST, MARKET or DEFAULT (MARKET without a market)
	 * @param emodeSource REQUEST, MARKET or DEFAULT (false)
	 * @param collateral collateral as used
	 * @param debt debt as used
	 */
	public record HealthInputs(@Nullable String market, double ethUsd, Source ethUsdSource, Source oracleModeSource,
			Source emodeSource, List<CollateralUsed> collateral, List<DebtUsed> debt) {

	}

	/**
	 * @param symbol the asset
	 * @param kind LSD, ETH or OTHER (how it moves under depeg and ETH shocks)
	 * @param amount token units
	 * @param priceUsd price used
	 * @param priceSource REQUEST, STATE (stored marketPriceEth or exchangeRate times
	 * ETH/USD, per oracle mode), ETH_USD or STABLECOIN (1 USD)
	 * @param liquidationThreshold LT used
	 * @param liquidationThresholdSource REQUEST or MARKET
	 * @param ltv LTV used
	 * @param ltvSource REQUEST, MARKET, or DEFAULT (LT, or the market's LTV capped at an
	 * LT given in the request)
	 * @param exchangeRate ETH per token behind the peg (LSDs), null otherwise
	 */
	public record CollateralUsed(String symbol, AssetKind kind, double amount, double priceUsd, Source priceSource,
			double liquidationThreshold, Source liquidationThresholdSource, double ltv, Source ltvSource,
			@Nullable Double exchangeRate) {

	}

	/**
	 * @param asset the asset
	 * @param kind LSD, ETH or OTHER
	 * @param amount token units
	 * @param priceUsd price used
	 * @param priceSource REQUEST, STATE, ETH_USD or STABLECOIN
	 */
	public record DebtUsed(String asset, AssetKind kind, double amount, double priceUsd, Source priceSource) {

	}

	/**
	 * A stored state used.
	 *
	 * @param symbol the LSD
	 * @param observedAt when it was observed
	 * @param exchangeRate ETH per token
	 * @param marketPriceEth market price, ETH per token
	 * @param ethUsd ETH/USD of the state
	 * @param source the state's source
	 */
	public record StoredState(String symbol, Instant observedAt, Double exchangeRate, @Nullable Double marketPriceEth,
			@Nullable Double ethUsd, String source) {

	}

	/**
	 * @param value ETH/USD
	 * @param symbol the LSD whose latest state carried it (the most recent latest state
	 * with an ETH/USD)
	 * @param observedAt when
	 */
	public record StoredEthUsd(double value, String symbol, Instant observedAt) {

	}

	/** Where an input came from. */
	public enum Source {

		/** Given in the request. */
		REQUEST,

		/** The stored lending market. */
		MARKET,

		/**
		 * The latest stored state of the asset (for ETH/USD: of the position's first LSD
		 * whose latest state has one; see {@code storedStates}).
		 */
		STATE,

		/**
		 * The most recent latest state of any LSD with an ETH/USD (the response's
		 * {@code ethUsd}).
		 */
		LATEST_STATE,

		/** ETH/USD (ETH and WETH). */
		ETH_USD,

		/** An ETH or WETH holding's priceUsd. */
		ETH_HOLDING,

		/** A stablecoin at 1 USD. */
		STABLECOIN,

		/** A documented default. */
		DEFAULT

	}

}
