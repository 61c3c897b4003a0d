package io.lsdrisk.collateral;

import java.time.Duration;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.collateral.HealthResponse.Source;
import io.lsdrisk.compute.collateral.LeverageLoop;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leverage loops ({@link LeverageLoop}) with the staking yield, peg and market parameters
 * taken from the request or the stored data. The carry formulas take the APRs as
 * continuous rates.
 */
@Service
public class LeverageLoopService {

	private static final int GROWTH_WINDOW_DAYS = 30;

	private final AssetService assets;

	private final PoolStateService states;

	private final LendingMarketService markets;

	private final CollateralProperties properties;

	LeverageLoopService(AssetService assets, PoolStateService states, LendingMarketService markets,
			CollateralProperties properties) {
		this.assets = assets;
		this.states = states;
		this.markets = markets;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public LeverageLoopResponse loop(LeverageLoopRequest request) {
		Asset asset = (request.symbol() != null && !request.symbol().isBlank()) ? this.assets.find(request.symbol())
				: null;
		LendingMarket market = null;
		if (request.market() != null && !request.market().isBlank()) {
			if (asset == null) {
				throw InvalidRequestException.of("symbol", "is required with market");
			}
			market = this.markets.findOptional(request.market(), asset)
				.orElseThrow(() -> InvalidRequestException.of("market",
						"market '" + request.market() + "' has no parameters for " + asset.symbol()));
		}
		PoolState latest = (asset != null) ? this.states.latest(asset) : null;

		double ltv;
		Source ltvSource;
		if (request.ltv() != null) {
			ltv = request.ltv();
			ltvSource = Source.REQUEST;
		}
		else if (market != null) {
			ltv = market.ltv().doubleValue();
			ltvSource = Source.MARKET;
		}
		else {
			throw InvalidRequestException.of("ltv", "is required when no market is given");
		}
		if (ltv >= 1) {
			throw InvalidRequestException.of("ltv", "must be below 1, was " + ltv);
		}
		Double threshold = null;
		Source thresholdSource = null;
		if (request.liquidationThreshold() != null) {
			threshold = request.liquidationThreshold();
			thresholdSource = Source.REQUEST;
		}
		else if (market != null && market.liquidationThreshold().signum() > 0) {
			threshold = market.liquidationThreshold().doubleValue();
			thresholdSource = Source.MARKET;
		}

		double stakingApr;
		Source stakingAprSource;
		if (request.stakingApr() != null) {
			stakingApr = request.stakingApr();
			stakingAprSource = Source.REQUEST;
		}
		else if (asset == null) {
			throw InvalidRequestException.of("stakingApr", "is required when no symbol is given");
		}
		else if (latest != null && latest.stakingApr() != null) {
			stakingApr = latest.stakingApr().doubleValue();
			stakingAprSource = Source.STATE;
		}
		else {
			stakingApr = rateGrowthApr(asset, latest);
			stakingAprSource = Source.DEFAULT;
		}

		double entryPeg = 1.0;
		Source entryPegSource = Source.DEFAULT;
		if (request.entryPeg() != null) {
			entryPeg = request.entryPeg();
			entryPegSource = Source.REQUEST;
		}
		else if (latest != null && latest.marketPriceEth() != null && latest.exchangeRate() != null
				&& latest.exchangeRate().signum() > 0) {
			entryPeg = latest.marketPriceEth().doubleValue() / latest.exchangeRate().doubleValue();
			entryPegSource = Source.STATE;
		}

		double borrowRate = request.borrowRate();
		int loops = request.loops();
		double maxLeverage = LeverageLoop.maxLeverage(ltv);
		double leverage = LeverageLoop.leverageAfterLoops(ltv, loops);
		double netApr = LeverageLoop.netApy(leverage, stakingApr, borrowRate);
		double compounded = LeverageLoop.netReturnContinuous(leverage, stakingApr, borrowRate);
		double netAtMax = LeverageLoop.netApy(maxLeverage, stakingApr, borrowRate);
		double carryYears = this.properties.leverageCarryYears();
		Double healthFactor = null;
		Double peg = null;
		Double pegAfterCarry = null;
		Double yearsToLiquidation = null;
		String reason = null;
		if (threshold == null) {
			reason = "no liquidationThreshold given or stored";
		}
		else if (leverage == 1) {
			reason = "no debt (loops = 0 or ltv = 0): the position cannot be liquidated";
		}
		else {
			healthFactor = LeverageLoop.healthFactor(leverage, threshold);
			peg = LeverageLoop.liquidationPeg(leverage, threshold, entryPeg, stakingApr, borrowRate, 0);
			pegAfterCarry = LeverageLoop.liquidationPeg(leverage, threshold, entryPeg, stakingApr, borrowRate,
					carryYears);
			double years = LeverageLoop.yearsUntilCarryLiquidation(leverage, threshold, stakingApr, borrowRate);
			yearsToLiquidation = Double.isFinite(years) ? years : null;
		}
		return new LeverageLoopResponse((asset != null) ? asset.symbol() : null,
				(market != null) ? market.market() : null, ltv, ltvSource, threshold, thresholdSource, stakingApr,
				stakingAprSource, borrowRate, loops, maxLeverage, leverage, netApr, compounded, netAtMax, healthFactor,
				entryPeg, entryPegSource, peg, pegAfterCarry, carryYears, yearsToLiquidation, reason);
	}

	/** Simple annualised exchange-rate growth over the last 30 days of stored states. */
	private double rateGrowthApr(Asset asset, PoolState latest) {
		if (latest == null || latest.exchangeRate() == null) {
			throw InvalidRequestException.of("stakingApr",
					"is required: " + asset.symbol() + " has no stored exchange rate to derive it from");
		}
		List<PoolState> window = this.states.between(asset,
				latest.observedAt().minus(Duration.ofDays(GROWTH_WINDOW_DAYS)), latest.observedAt());
		PoolState first = window.stream().filter((state) -> state.exchangeRate() != null).findFirst().orElse(null);
		if (first == null) {
			throw InvalidRequestException.of("stakingApr",
					"is required: " + asset.symbol() + " has no stored stakingApr and no 30-day exchange-rate history");
		}
		double days = Duration.between(first.observedAt(), latest.observedAt()).toSeconds() / 86_400.0;
		return (latest.exchangeRate().doubleValue() / first.exchangeRate().doubleValue() - 1) * 365.0 / days;
	}

}
