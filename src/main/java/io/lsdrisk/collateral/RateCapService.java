package io.lsdrisk.collateral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.PoolState;
import io.lsdrisk.asset.PoolStateService;
import io.lsdrisk.compute.Provenance;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.collateral.RateCap;
import io.lsdrisk.compute.collateral.RateCapRecommendation;
import io.lsdrisk.compute.collateral.RateCapViolation;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAPO-style growth caps ({@link RateCap}) from the stored exchange rates (one per
 * observation time, in time order).
 */
@Service
public class RateCapService {

	static final int MAX_FLAGS = 1_000;

	static final double SMOOTHING_DAYS = 14;

	static final double LOOKBACK_DAYS = 180;

	private static final String METHOD = "Chaos Labs, Correlated Asset Price Oracle Framework (Aave governance forum,"
			+ " 2024): max 14-day smoothed annualised yield over the last 180 days + 1 standard deviation of the"
			+ " daily annualised yield; CAPO reports min(rate, snapshotRate (1 + cap * days / 365))";

	private final AssetService assets;

	private final PoolStateService states;

	private final CollateralProperties properties;

	RateCapService(AssetService assets, PoolStateService states, CollateralProperties properties) {
		this.assets = assets;
		this.states = states;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public RateCapResponse rateCap(String symbol, Double cap) {
		Asset asset = this.assets.find(symbol);
		if (cap != null && !(cap >= 0 && cap <= 10)) {
			throw InvalidRequestException.of("cap", "must be a yearly growth in [0, 10], was " + cap);
		}
		List<PoolState> stored = this.states.between(asset, Instant.EPOCH, Instant.now().plusSeconds(366L * 86_400));
		TimeSeries series = new TimeSeries();
		List<Instant> rateTimes = new ArrayList<>();
		List<Provenance> rateProvenance = new ArrayList<>();
		for (PoolState state : stored) {
			if (state.exchangeRate() != null && state.exchangeRate().signum() > 0) {
				rateTimes.add(state.observedAt());
				rateProvenance.add(state.provenance());
				series.add(state.observedAt().getEpochSecond() / 86_400.0, state.exchangeRate().doubleValue(),
						state.observedAt());
			}
		}
		if (series.size() < 2) {
			throw NotFoundException.of("symbol", asset.symbol() + " has fewer than 2 stored exchange rates");
		}
		double[] times = series.times();
		double[] rates = series.values();
		RateCapRecommendation recommendation;
		try {
			recommendation = RateCap.recommend(times, rates, SMOOTHING_DAYS, LOOKBACK_DAYS);
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("symbol", asset.symbol() + ": " + ex.getMessage());
		}
		double checked = (cap != null) ? cap : Math.max(0, recommendation.recommendedMaxYearlyGrowth());
		double delay = this.properties.rateCapSnapshotDelayDays();
		List<RateCapViolation> violations = RateCap.violations(times, rates, checked, delay);
		List<RateCapResponse.RateCapFlag> growth = new ArrayList<>();
		List<RateCapResponse.RateCapFlag> falls = new ArrayList<>();
		int growthCount = 0;
		int fallCount = 0;
		for (RateCapViolation violation : violations) {
			RateCapResponse.RateCapFlag flag = new RateCapResponse.RateCapFlag(instant(violation.referenceTimeDays()),
					instant(violation.timeDays()), violation.referenceRate(), violation.rate(), violation.limitRate(),
					violation.annualisedGrowth());
			if (violation.kind() == RateCapViolation.Kind.RATE_FELL) {
				fallCount++;
				if (falls.size() < MAX_FLAGS) {
					falls.add(flag);
				}
			}
			else {
				growthCount++;
				if (growth.size() < MAX_FLAGS) {
					growth.add(flag);
				}
			}
		}
		RateCapResponse.RateCapWindow window = new RateCapResponse.RateCapWindow(
				instant(recommendation.lookbackStartDays()), instant(recommendation.lookbackEndDays()), LOOKBACK_DAYS,
				SMOOTHING_DAYS, recommendation.updateYields().size(), recommendation.smoothedYields().size(),
				series.size(), series.first());
		return new RateCapResponse(asset.symbol(), recommendation.recommendedMaxYearlyGrowth(),
				recommendation.maxSmoothedYield(), instant(recommendation.maxSmoothedYieldTimeDays()),
				recommendation.yieldStandardDeviation(), window, checked, (cap != null) ? "REQUEST" : "RECOMMENDED",
				delay, growthCount, growth, fallCount, falls, METHOD,
				ProvenanceDays.builder()
					.everyObservation(asset.symbol(), rateTimes.toArray(Instant[]::new),
							rateProvenance.toArray(Provenance[]::new))
					.build()
					.toDataProvenance());
	}

	/** Epoch days back to an instant, to the millisecond. */
	private static Instant instant(double epochDays) {
		return Instant.ofEpochMilli(Math.round(epochDays * 86_400_000.0));
	}

}
