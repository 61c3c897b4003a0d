package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.ingest.Decimals;
import io.lsdrisk.ingest.SeriesWriter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pool-state time series, in plain SQL: bulk writes and keyset reads that JPA would
 * only slow down.
 */
@Repository
class PoolStates {

	private static final String COLUMNS = "observed_at, block_number, exchange_rate, market_price_eth, eth_usd, "
			+ "total_pooled_eth, token_supply, staking_apr, withdrawal_queue_eth, validator_count, source";

	private final RowMapper<PoolState> mapper = this::map;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ProvenanceRule provenance;

	PoolStates(JdbcClient jdbc, JdbcTemplate template, ProvenanceRule provenance) {
		this.jdbc = jdbc;
		this.template = template;
		this.provenance = provenance;
	}

	SeriesWriter<PoolState> writer(long assetId) {
		return new SeriesWriter<>() {
			@Override
			public void lock() {
				PoolStates.this.lock(assetId);
			}

			@Override
			public Map<Instant, PoolState> findAt(List<Instant> times) {
				return PoolStates.this.findAt(assetId, times);
			}

			@Override
			public void insert(List<PoolState> rows) {
				PoolStates.this.insert(assetId, rows);
			}

			@Override
			public void update(List<PoolState> rows) {
				PoolStates.this.update(assetId, rows);
			}
		};
	}

	/** Serialises writers of one asset's series until the transaction ends. */
	private void lock(long assetId) {
		this.jdbc.sql("select pg_advisory_xact_lock(1, cast(:id as integer))")
			.param("id", assetId)
			.query()
			.listOfRows();
	}

	PoolState latest(long assetId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from pool_state where asset_id = :id order by observed_at desc limit 1")
			.param("id", assetId)
			.query(this.mapper)
			.optional()
			.orElse(null);
	}

	PoolState latestAtOrBefore(long assetId, Instant at) {
		return this.jdbc
			.sql("select " + COLUMNS + " from pool_state where asset_id = :id and observed_at <= :at"
					+ " order by observed_at desc limit 1")
			.param("id", assetId)
			.param("at", Timestamp.from(at))
			.query(this.mapper)
			.optional()
			.orElse(null);
	}

	/** The latest state of every asset, by asset id; one index probe per asset. */
	Map<Long, PoolState> latestOfEach() {
		Map<Long, PoolState> latest = new HashMap<>();
		this.template.query(
				"select a.id as asset_id, s.* from lsd_asset a cross join lateral (select " + COLUMNS
						+ " from pool_state p where p.asset_id = a.id order by p.observed_at desc limit 1) s",
				(ResultSet rows) -> {
					latest.put(rows.getLong("asset_id"), map(rows, 0));
				});
		return latest;
	}

	/** Rows with from <= observedAt < to and observedAt > after, in time order. */
	List<PoolState> range(long assetId, Instant from, Instant to, Instant after, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from pool_state where asset_id = :id and observed_at >= :from"
					+ " and observed_at < :to and observed_at > :after order by observed_at limit :limit")
			.param("id", assetId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("after", Timestamp.from(after))
			.param("limit", limit)
			.query(this.mapper)
			.list();
	}

	Map<Instant, PoolState> findAt(long assetId, List<Instant> times) {
		Map<Instant, PoolState> found = new HashMap<>();
		Timestamp[] keys = times.stream().map(Timestamp::from).toArray(Timestamp[]::new);
		this.template.query((connection) -> {
			var statement = connection
				.prepareStatement("select " + COLUMNS + " from pool_state where asset_id = ? and observed_at = any(?)");
			statement.setLong(1, assetId);
			statement.setArray(2, connection.createArrayOf("timestamptz", keys));
			return statement;
		}, (ResultSet rows) -> {
			PoolState state = map(rows, 0);
			found.put(state.observedAt(), state);
		});
		return found;
	}

	void insert(long assetId, List<PoolState> states) {
		this.template.batchUpdate(
				"insert into pool_state (asset_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				states, 1000, (statement, state) -> {
					statement.setLong(1, assetId);
					bind(statement, state, 2);
				});
	}

	void update(long assetId, List<PoolState> states) {
		this.template.batchUpdate("update pool_state set block_number = ?, exchange_rate = ?, market_price_eth = ?,"
				+ " eth_usd = ?, total_pooled_eth = ?, token_supply = ?, staking_apr = ?, withdrawal_queue_eth = ?,"
				+ " validator_count = ?, source = ?, ingested_at = now() where asset_id = ? and observed_at = ?",
				states, 1000, (statement, state) -> {
					statement.setObject(1, state.blockNumber(), Types.BIGINT);
					statement.setBigDecimal(2, state.exchangeRate());
					statement.setBigDecimal(3, state.marketPriceEth());
					statement.setBigDecimal(4, state.ethUsd());
					statement.setBigDecimal(5, state.totalPooledEth());
					statement.setBigDecimal(6, state.tokenSupply());
					statement.setBigDecimal(7, state.stakingApr());
					statement.setBigDecimal(8, state.withdrawalQueueEth());
					statement.setObject(9, state.validatorCount(), Types.INTEGER);
					statement.setString(10, state.source());
					statement.setLong(11, assetId);
					statement.setTimestamp(12, Timestamp.from(state.observedAt()));
				});
	}

	private static void bind(java.sql.PreparedStatement statement, PoolState state, int first) throws SQLException {
		statement.setTimestamp(first, Timestamp.from(state.observedAt()));
		statement.setObject(first + 1, state.blockNumber(), Types.BIGINT);
		statement.setBigDecimal(first + 2, state.exchangeRate());
		statement.setBigDecimal(first + 3, state.marketPriceEth());
		statement.setBigDecimal(first + 4, state.ethUsd());
		statement.setBigDecimal(first + 5, state.totalPooledEth());
		statement.setBigDecimal(first + 6, state.tokenSupply());
		statement.setBigDecimal(first + 7, state.stakingApr());
		statement.setBigDecimal(first + 8, state.withdrawalQueueEth());
		statement.setObject(first + 9, state.validatorCount(), Types.INTEGER);
		statement.setString(first + 10, state.source());
	}

	private PoolState map(ResultSet rows, int rowNumber) throws SQLException {
		String source = rows.getString("source");
		return new PoolState(rows.getTimestamp("observed_at").toInstant(),
				(Long) rows.getObject("block_number", Long.class), exact(rows, "exchange_rate"),
				exact(rows, "market_price_eth"), exact(rows, "eth_usd"), exact(rows, "total_pooled_eth"),
				exact(rows, "token_supply"), exact(rows, "staking_apr"), exact(rows, "withdrawal_queue_eth"),
				(Integer) rows.getObject("validator_count", Integer.class), source, this.provenance.of(source));
	}

	private static BigDecimal exact(ResultSet rows, String column) throws SQLException {
		return Decimals.canonical(rows.getBigDecimal(column));
	}

}
