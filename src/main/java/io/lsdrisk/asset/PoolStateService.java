package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.ingest.BatchIngestion;
import io.lsdrisk.ingest.CursorPage;
import io.lsdrisk.ingest.IngestionMetrics;
import io.lsdrisk.ingest.IngestionResult;
import io.lsdrisk.ingest.PageLimits;
import io.lsdrisk.ingest.RowChecks;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ingests and reads LSD pool states. A batch is all-or-nothing and idempotent on (asset,
 * observedAt).
 */
@Service
public class PoolStateService {

	private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

	private final AssetService assets;

	private final PoolStates states;

	private final IngestionMetrics metrics;

	private final LsdRiskProperties.Limits limits;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ProvenanceRule provenance;

	PoolStateService(AssetService assets, PoolStates states, IngestionMetrics metrics, LsdRiskProperties properties,
			Clock clock, ApplicationEventPublisher events, ProvenanceRule provenance) {
		this.assets = assets;
		this.states = states;
		this.metrics = metrics;
		this.limits = properties.limits();
		this.clock = clock;
		this.events = events;
		this.provenance = provenance;
	}

	/**
	 * Stores a batch of states for one asset.
	 * @param upsert replace stored rows that differ instead of answering 409
	 * @throws InvalidRequestException for rule violations (nothing is stored)
	 * @throws ConflictException for rows that differ from stored ones without upsert
	 */
	@Transactional
	public IngestionResult ingest(String symbol, List<PoolStateRequest> rows, boolean upsert) {
		Asset asset = this.assets.find(symbol);
		IngestionResult result = BatchIngestion.apply(validate(rows), PoolState::observedAt,
				this.states.writer(asset.id()), upsert);
		this.metrics.record("pool_state", result);
		if (result.inserted() + result.updated() > 0) {
			this.events
				.publishEvent(new StatesIngested(asset.symbol(), "pool_state", result.inserted() + result.updated()));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public CursorPage<PoolState> history(String symbol, Instant from, Instant to, Integer limit, String cursor) {
		Asset asset = this.assets.find(symbol);
		PageLimits.Window window = PageLimits.window(from, to, limit, cursor, this.limits);
		List<PoolState> rows = this.states.range(asset.id(), window.start(), window.end(), window.after(),
				window.pageSize() + 1);
		return PageLimits.page(rows, window.pageSize(), PoolState::observedAt);
	}

	/** The latest state of an asset, null if it has none. */
	@Transactional(readOnly = true)
	public PoolState latest(Asset asset) {
		return this.states.latest(asset.id());
	}

	/** The last state observed at or before {@code at}, null if none. */
	@Transactional(readOnly = true)
	public PoolState latestAtOrBefore(Asset asset, Instant at) {
		return this.states.latestAtOrBefore(asset.id(), at);
	}

	/** Every state with from <= observedAt < to, in time order, for analytics. */
	@Transactional(readOnly = true)
	public List<PoolState> between(Asset asset, Instant from, Instant to) {
		return this.states.range(asset.id(), from, to, PageLimits.BEFORE_ALL, Integer.MAX_VALUE);
	}

	private List<PoolState> validate(List<PoolStateRequest> rows) {
		RowChecks.checkBatchSize(rows, this.limits.maxBatchSize());
		RowChecks checks = new RowChecks(this.clock.instant());
		List<PoolState> states = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			PoolStateRequest row = rows.get(i);
			String p = "[" + i + "].";
			if (row == null) {
				checks.fail("[" + i + "]", "must be an object, not null");
				continue;
			}
			String source = checks.source(p + "source", row.source(), "api");
			states.add(new PoolState(checks.observedAt(p + "observedAt", row.observedAt()),
					checks.optionalNonNegative(p + "blockNumber", row.blockNumber()),
					checks.positive(p + "exchangeRate", row.exchangeRate()),
					checks.optionalPositive(p + "marketPriceEth", row.marketPriceEth()),
					checks.optionalPositive(p + "ethUsd", row.ethUsd()),
					checks.optionalNonNegative(p + "totalPooledEth", row.totalPooledEth()),
					checks.optionalNonNegative(p + "tokenSupply", row.tokenSupply()),
					checks.optionalWithin(p + "stakingApr", row.stakingApr(), MINUS_ONE, BigDecimal.ONE, false),
					checks.optionalNonNegative(p + "withdrawalQueueEth", row.withdrawalQueueEth()),
					checks.optionalNonNegative(p + "validatorCount", row.validatorCount()), source,
					this.provenance.of(source)));
		}
		checks.throwIfAny();
		return states;
	}

}
