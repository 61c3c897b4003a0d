package io.lsdrisk.liquidity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.asset.ProvenanceRule;
import io.lsdrisk.asset.StatesIngested;
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
 * Ingests and reads DEX pool states per (LSD, venue). Venue names are lower-case
 * ({@code curve-steth-eth}); a batch is all-or-nothing and idempotent on observedAt.
 */
@Service
public class LiquidityPoolStateService {

	private static final Pattern VENUE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final BigDecimal MAX_AMPLIFICATION = new BigDecimal("1000000");

	private final AssetService assets;

	private final LiquidityPoolStates states;

	private final IngestionMetrics metrics;

	private final LsdRiskProperties.Limits limits;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ProvenanceRule provenance;

	LiquidityPoolStateService(AssetService assets, LiquidityPoolStates states, IngestionMetrics metrics,
			LsdRiskProperties properties, Clock clock, ApplicationEventPublisher events, ProvenanceRule provenance) {
		this.assets = assets;
		this.states = states;
		this.metrics = metrics;
		this.limits = properties.limits();
		this.clock = clock;
		this.events = events;
		this.provenance = provenance;
	}

	@Transactional
	public IngestionResult ingest(String symbol, String venue, List<LiquidityPoolStateRequest> rows, boolean upsert) {
		Asset asset = this.assets.find(symbol);
		String name = venue(venue);
		IngestionResult result = BatchIngestion.apply(validate(rows), LiquidityPoolState::observedAt,
				this.states.writer(asset.id(), name), upsert);
		this.metrics.record("liquidity_pool_state", result);
		if (result.inserted() + result.updated() > 0) {
			this.events.publishEvent(
					new StatesIngested(asset.symbol(), "liquidity_pool_state", result.inserted() + result.updated()));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public CursorPage<LiquidityPoolState> history(String symbol, String venue, Instant from, Instant to, Integer limit,
			String cursor) {
		Asset asset = this.assets.find(symbol);
		String name = venue(venue);
		PageLimits.Window window = PageLimits.window(from, to, limit, cursor, this.limits);
		return PageLimits.page(this.states.range(asset.id(), name, window.start(), window.end(), window.after(),
				window.pageSize() + 1), window.pageSize(), LiquidityPoolState::observedAt);
	}

	/** The latest state of each venue of an asset, by venue name. */
	@Transactional(readOnly = true)
	public Map<String, LiquidityPoolState> latestByVenue(Asset asset) {
		Map<String, LiquidityPoolState> latest = new LinkedHashMap<>();
		for (String venue : this.states.venues(asset.id())) {
			latest.put(venue, this.states.latest(asset.id(), venue));
		}
		return latest;
	}

	/** Every state of one venue with from <= observedAt < to, in time order. */
	@Transactional(readOnly = true)
	public List<LiquidityPoolState> between(Asset asset, String venue, Instant from, Instant to) {
		return this.states.range(asset.id(), venue(venue), from, to, PageLimits.BEFORE_ALL, Integer.MAX_VALUE);
	}

	private static String venue(String venue) {
		String name = (venue != null) ? venue.toLowerCase(Locale.ROOT) : "";
		if (!VENUE.matcher(name).matches()) {
			throw InvalidRequestException.of("venue",
					"must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		return name;
	}

	private List<LiquidityPoolState> validate(List<LiquidityPoolStateRequest> rows) {
		RowChecks.checkBatchSize(rows, this.limits.maxBatchSize());
		RowChecks checks = new RowChecks(this.clock.instant());
		List<LiquidityPoolState> states = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			LiquidityPoolStateRequest row = rows.get(i);
			String p = "[" + i + "].";
			if (row == null) {
				checks.fail("[" + i + "]", "must be an object, not null");
				continue;
			}
			BigDecimal amplification = checks.positive(p + "amplification", row.amplification());
			if (amplification != null && (amplification.compareTo(BigDecimal.ONE) < 0
					|| amplification.compareTo(MAX_AMPLIFICATION) > 0)) {
				checks.fail(p + "amplification", "must be within [1, 1000000] (A as the pool reports it), was "
						+ row.amplification().toPlainString());
			}
			if (row.fee() == null) {
				checks.fail(p + "fee", "is required (a fraction of the output amount in [0, 1))");
			}
			String source = checks.source(p + "source", row.source(), "api");
			states.add(new LiquidityPoolState(checks.observedAt(p + "observedAt", row.observedAt()),
					checks.positive(p + "balanceEth", row.balanceEth()),
					checks.positive(p + "balanceLsd", row.balanceLsd()), amplification,
					checks.optionalWithin(p + "fee", row.fee(), BigDecimal.ZERO, BigDecimal.ONE, true), source,
					this.provenance.of(source)));
		}
		checks.throwIfAny();
		return states;
	}

}
