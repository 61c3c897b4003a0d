package io.lsdrisk.collateral;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.asset.AssetService;
import io.lsdrisk.ingest.Decimals;
import io.lsdrisk.web.FieldViolation;
import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lending-market parameters per (market, LSD). Market names are lower-case.
 */
@Service
public class LendingMarketService {

	private static final Pattern MARKET = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final BigDecimal MAX_SUPPLY_CAP = new BigDecimal("1e20");

	private final LendingMarkets markets;

	private final AssetService assets;

	private final Clock clock;

	private final JdbcClient jdbc;

	LendingMarketService(LendingMarkets markets, AssetService assets, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.markets = markets;
		this.assets = assets;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LendingMarket> list(String market, String symbol) {
		Map<Long, String> symbols = new HashMap<>();
		this.assets.all().forEach((asset) -> symbols.put(asset.id(), asset.symbol()));
		List<LendingMarketEntity> rows = (symbol != null) ? this.markets.findByAsset(this.assets.find(symbol).id())
				: this.markets.findAllInOrder();
		List<LendingMarket> result = new ArrayList<>();
		for (LendingMarketEntity row : rows) {
			if (market == null || row.market().equalsIgnoreCase(market)) {
				result.add(view(row, symbols.get(row.assetId())));
			}
		}
		return result;
	}

	/**
	 * @throws NotFoundException when the market has no parameters for the LSD
	 */
	@Transactional(readOnly = true)
	public LendingMarket find(String market, String symbol) {
		Asset asset = this.assets.find(symbol);
		return this.markets.findById(new LendingMarketEntity.Key(name(market), asset.id()))
			.map((row) -> view(row, asset.symbol()))
			.orElseThrow(() -> NotFoundException.of("market",
					"Market '" + market + "' has no parameters for " + asset.symbol()));
	}

	/**
	 * A market's parameters for one registered LSD, if stored.
	 * @param market market name (any case)
	 * @param asset the LSD
	 * @return the parameters, empty when the market has none for the LSD
	 */
	@Transactional(readOnly = true)
	public Optional<LendingMarket> findOptional(String market, Asset asset) {
		return this.markets.findById(new LendingMarketEntity.Key(name(market), asset.id()))
			.map((row) -> view(row, asset.symbol()));
	}

	/**
	 * @param market market name (any case)
	 * @return whether any LSD has parameters in the market
	 */
	@Transactional(readOnly = true)
	public boolean exists(String market) {
		return this.markets.existsByMarket(name(market));
	}

	/**
	 * Creates or replaces a market's parameters for one LSD.
	 * @return true when the row was new
	 */
	@Transactional
	public boolean put(LendingMarketRequest request) {
		check(request);
		Asset asset = this.assets.find(request.symbol());
		String market = name(request.market());
		// Serialises writers of one (market, asset) row, so two concurrent PUTs do not
		// both insert.
		this.jdbc.sql("select pg_advisory_xact_lock(4, hashtext(:key))")
			.param("key", market + "/" + asset.id())
			.query()
			.listOfRows();
		LendingMarketEntity.Key key = new LendingMarketEntity.Key(market, asset.id());
		LendingMarketEntity row = this.markets.findById(key).orElse(null);
		boolean created = row == null;
		if (created) {
			row = new LendingMarketEntity(market, asset.id());
		}
		row.apply(request, this.clock.instant());
		this.markets.save(row);
		return created;
	}

	private static LendingMarket view(LendingMarketEntity row, String symbol) {
		LendingMarketRequest p = row.parameters(symbol);
		return new LendingMarket(p.market(), symbol, Decimals.canonical(p.ltv()),
				Decimals.canonical(p.liquidationThreshold()), Decimals.canonical(p.liquidationBonus()), p.emode(),
				p.oracleMode(), Decimals.canonical(p.supplyCap()));
	}

	static String name(String market) {
		String name = (market != null) ? market.toLowerCase(Locale.ROOT) : "";
		if (!MARKET.matcher(name).matches()) {
			throw InvalidRequestException.of("market",
					"must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		return name;
	}

	/** The same rules as the API's, for callers that bypass it (the sample data). */
	private static void check(LendingMarketRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		fraction(violations, "ltv", request.ltv());
		fraction(violations, "liquidationThreshold", request.liquidationThreshold());
		fraction(violations, "liquidationBonus", request.liquidationBonus());
		if (request.ltv() != null && request.liquidationThreshold() != null
				&& request.liquidationThreshold().compareTo(request.ltv()) < 0) {
			violations.add(new FieldViolation("liquidationThreshold", "must be at least ltv"));
		}
		if (request.oracleMode() == null) {
			violations.add(new FieldViolation("oracleMode", "is required (EXCHANGE_RATE or MARKET)"));
		}
		if (request.supplyCap() != null
				&& (request.supplyCap().signum() < 0 || request.supplyCap().compareTo(MAX_SUPPLY_CAP) >= 0)) {
			violations.add(new FieldViolation("supplyCap", "must be within [0, 1e20) token units"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations.get(0).field() + ": " + violations.get(0).message(),
					violations);
		}
	}

	private static void fraction(List<FieldViolation> violations, String field, BigDecimal value) {
		if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			violations.add(new FieldViolation(field, "is required and must be within [0, 1]"));
		}
	}

}
