package io.lsdrisk.asset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lsdrisk.ingest.RecordDifferences;
import io.lsdrisk.web.ConflictException;
import io.lsdrisk.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up and registers LSD assets; symbols are case-insensitive everywhere.
 */
@Service
public class AssetService {

	private final Assets assets;

	private final PoolStates states;

	private final JdbcClient jdbc;

	AssetService(Assets assets, PoolStates states, JdbcClient jdbc) {
		this.assets = assets;
		this.states = states;
		this.jdbc = jdbc;
	}

	/**
	 * @throws NotFoundException when no asset has this symbol
	 */
	@Transactional(readOnly = true)
	public Asset find(String symbol) {
		return findOptional(symbol).orElseThrow(() -> NotFoundException.forSymbol(symbol));
	}

	@Transactional(readOnly = true)
	public Optional<Asset> findOptional(String symbol) {
		return this.assets.findBySymbol(symbol).map(AssetEntity::toAsset);
	}

	@Transactional(readOnly = true)
	public List<Asset> all() {
		return this.assets.findAllInOrder().stream().map(AssetEntity::toAsset).toList();
	}

	@Transactional(readOnly = true)
	public List<AssetResponse> allWithLatestState() {
		Map<Long, PoolState> latest = this.states.latestOfEach();
		return all().stream().map((asset) -> AssetResponse.of(asset, latest.get(asset.id()))).toList();
	}

	@Transactional(readOnly = true)
	public AssetResponse withLatestState(String symbol) {
		Asset asset = find(symbol);
		return AssetResponse.of(asset, this.states.latest(asset.id()));
	}

	/**
	 * Registers an asset. Registering the same definition again changes nothing; a
	 * different definition under a taken symbol is a conflict.
	 * @return true when the asset was new
	 */
	@Transactional
	public boolean register(AssetRequest request) {
		// Serialises registrations of one symbol, so two concurrent ones do not both
		// insert.
		this.jdbc.sql("select pg_advisory_xact_lock(3, hashtext(lower(:symbol)))")
			.param("symbol", request.symbol())
			.query()
			.listOfRows();
		Optional<AssetEntity> existing = this.assets.findBySymbol(request.symbol());
		if (existing.isPresent()) {
			Asset stored = existing.get().toAsset();
			AssetRequest storedRequest = new AssetRequest(stored.symbol(), stored.name(), stored.protocol(),
					stored.tokenModel(), stored.underlying(), stored.launchDate(), stored.nodeOperatorCount(),
					stored.withdrawalWaitDays(), stored.withdrawalsEnabledAt(), stored.auditCount(), stored.metadata());
			AssetRequest normalised = new AssetRequest(request.symbol(), request.name(), request.protocol(),
					request.tokenModel(), request.underlying(), request.launchDate(), request.nodeOperatorCount(),
					request.withdrawalWaitDays(), request.withdrawalsEnabledAt(), request.auditCount(),
					(request.metadata() != null) ? request.metadata() : Map.of());
			var differences = RecordDifferences.between(storedRequest, normalised, java.util.Set.of());
			if (differences.isEmpty()) {
				return false;
			}
			throw new ConflictException("Symbol '" + stored.symbol() + "' is already registered with other values",
					differences);
		}
		this.assets.saveAndFlush(new AssetEntity(request));
		return true;
	}

}
