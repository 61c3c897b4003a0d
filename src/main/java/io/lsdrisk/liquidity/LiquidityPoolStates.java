package io.lsdrisk.liquidity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.ProvenanceRule;
import io.lsdrisk.ingest.Decimals;
import io.lsdrisk.ingest.SeriesWriter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Liquidity-pool time series per (asset, venue), in plain SQL.
 */
@Repository
class LiquidityPoolStates {

	private static final String COLUMNS = "observed_at, balance_eth, balance_lsd, amplification, fee, source";

	private final RowMapper<LiquidityPoolState> mapper = this::map;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ProvenanceRule provenance;

	LiquidityPoolStates(JdbcClient jdbc, JdbcTemplate template, ProvenanceRule provenance) {
		this.jdbc = jdbc;
		this.template = template;
		this.provenance = provenance;
	}

	SeriesWriter<LiquidityPoolState> writer(long assetId, String venue) {
		return new SeriesWriter<>() {
			@Override
			public void lock() {
				LiquidityPoolStates.this.lock(assetId);
			}

			@Override
			public Map<Instant, LiquidityPoolState> findAt(List<Instant> times) {
				return LiquidityPoolStates.this.findAt(assetId, venue, times);
			}

			@Override
			public void insert(List<LiquidityPoolState> rows) {
				LiquidityPoolStates.this.insert(assetId, venue, rows);
			}

			@Override
			public void update(List<LiquidityPoolState> rows) {
				LiquidityPoolStates.this.update(assetId, venue, rows);
			}
		};
	}

	private void lock(long assetId) {
		this.jdbc.sql("select pg_advisory_xact_lock(2, cast(:id as integer))")
			.param("id", assetId)
			.query()
			.listOfRows();
	}

	List<String> venues(long assetId) {
		return this.jdbc.sql("select distinct venue from liquidity_pool_state where asset_id = :id order by venue")
			.param("id", assetId)
			.query(String.class)
			.list();
	}

	LiquidityPoolState latest(long assetId, String venue) {
		return this.jdbc
			.sql("select " + COLUMNS + " from liquidity_pool_state where asset_id = :id and venue = :venue"
					+ " order by observed_at desc limit 1")
			.param("id", assetId)
			.param("venue", venue)
			.query(this.mapper)
			.optional()
			.orElse(null);
	}

	List<LiquidityPoolState> range(long assetId, String venue, Instant from, Instant to, Instant after, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from liquidity_pool_state where asset_id = :id and venue = :venue"
					+ " and observed_at >= :from and observed_at < :to and observed_at > :after"
					+ " order by observed_at limit :limit")
			.param("id", assetId)
			.param("venue", venue)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("after", Timestamp.from(after))
			.param("limit", limit)
			.query(this.mapper)
			.list();
	}

	Map<Instant, LiquidityPoolState> findAt(long assetId, String venue, List<Instant> times) {
		Map<Instant, LiquidityPoolState> found = new HashMap<>();
		Timestamp[] keys = times.stream().map(Timestamp::from).toArray(Timestamp[]::new);
		this.template.query((connection) -> {
			var statement = connection.prepareStatement("select " + COLUMNS
					+ " from liquidity_pool_state where asset_id = ? and venue = ? and observed_at = any(?)");
			statement.setLong(1, assetId);
			statement.setString(2, venue);
			statement.setArray(3, connection.createArrayOf("timestamptz", keys));
			return statement;
		}, (ResultSet rows) -> {
			LiquidityPoolState state = map(rows, 0);
			found.put(state.observedAt(), state);
		});
		return found;
	}

	void insert(long assetId, String venue, List<LiquidityPoolState> states) {
		this.template.batchUpdate(
				"insert into liquidity_pool_state (asset_id, venue, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
				states, 1000, (statement, state) -> {
					statement.setLong(1, assetId);
					statement.setString(2, venue);
					statement.setTimestamp(3, Timestamp.from(state.observedAt()));
					statement.setBigDecimal(4, state.balanceEth());
					statement.setBigDecimal(5, state.balanceLsd());
					statement.setBigDecimal(6, state.amplification());
					statement.setBigDecimal(7, state.fee());
					statement.setString(8, state.source());
				});
	}

	void update(long assetId, String venue, List<LiquidityPoolState> states) {
		this.template.batchUpdate("update liquidity_pool_state set balance_eth = ?, balance_lsd = ?,"
				+ " amplification = ?, fee = ?, source = ?, ingested_at = now()"
				+ " where asset_id = ? and venue = ? and observed_at = ?", states, 1000, (statement, state) -> {
					statement.setBigDecimal(1, state.balanceEth());
					statement.setBigDecimal(2, state.balanceLsd());
					statement.setBigDecimal(3, state.amplification());
					statement.setBigDecimal(4, state.fee());
					statement.setString(5, state.source());
					statement.setLong(6, assetId);
					statement.setString(7, venue);
					statement.setTimestamp(8, Timestamp.from(state.observedAt()));
				});
	}

	private LiquidityPoolState map(ResultSet rows, int rowNumber) throws SQLException {
		String source = rows.getString("source");
		return new LiquidityPoolState(rows.getTimestamp("observed_at").toInstant(),
				Decimals.canonical(rows.getBigDecimal("balance_eth")),
				Decimals.canonical(rows.getBigDecimal("balance_lsd")),
				Decimals.canonical(rows.getBigDecimal("amplification")), Decimals.canonical(rows.getBigDecimal("fee")),
				source, this.provenance.of(source));
	}

}
