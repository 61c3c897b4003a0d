package io.lsdrisk.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Backfill jobs in the {@code backfill_job} table. Progress is written after every
 * timestamp, and only while the job is RUNNING, so a cancel is never overwritten.
 */
@Repository
class BackfillJobs {

	private final JdbcClient jdbc;

	BackfillJobs(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	long create(Instant from, Instant to, long stepSeconds, List<String> symbols, int total, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into backfill_job (status, from_time, to_time, step_seconds, symbols, next_time, total,
				    created_at, updated_at, run_started_at, run_started_done)
				values ('RUNNING', :from, :to, :step, :symbols, :from, :total, :now, :now, :now, 0)""")
			.param("from", utc(from))
			.param("to", utc(to))
			.param("step", stepSeconds)
			.param("symbols", (symbols == null) ? null : String.join(",", symbols))
			.param("total", total)
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<BackfillJob> find(long id) {
		return this.jdbc.sql("select * from backfill_job where id = :id").param("id", id).query(this::map).optional();
	}

	List<Long> running() {
		return this.jdbc.sql("select id from backfill_job where status = 'RUNNING' order by id")
			.query(Long.class)
			.list();
	}

	void startRun(long id, Instant now) {
		this.jdbc.sql("""
				update backfill_job set run_started_at = :now, run_started_done = done, updated_at = :now
				where id = :id and status = 'RUNNING'""").param("id", id).param("now", utc(now)).update();
	}

	/** Records one timestamp read; false when the job is no longer RUNNING. */
	boolean advance(long id, Instant next, int newErrors, String lastError, Long lastBlock, Instant now) {
		return this.jdbc.sql("""
				update backfill_job set next_time = :next, done = done + 1, errors = errors + :errors,
				    last_error = coalesce(:lastError, last_error), last_block = coalesce(:block, last_block),
				    updated_at = :now
				where id = :id and status = 'RUNNING'""")
			.param("id", id)
			.param("next", utc(next))
			.param("errors", newErrors)
			.param("lastError", truncate(lastError))
			.param("block", lastBlock)
			.param("now", utc(now))
			.update() == 1;
	}

	/** Ends a RUNNING job; false when it was not RUNNING. */
	boolean finish(long id, String status, String lastError, Instant now) {
		return this.jdbc.sql("""
				update backfill_job set status = :status, last_error = coalesce(:lastError, last_error),
				    finished_at = :now, updated_at = :now
				where id = :id and status = 'RUNNING'""")
			.param("id", id)
			.param("status", status)
			.param("lastError", truncate(lastError))
			.param("now", utc(now))
			.update() == 1;
	}

	private BackfillJob map(ResultSet rs, int row) throws SQLException {
		String symbols = rs.getString("symbols");
		long lastBlock = rs.getLong("last_block");
		Long block = rs.wasNull() ? null : lastBlock;
		return new BackfillJob(rs.getLong("id"), rs.getString("status"), instant(rs, "from_time"),
				instant(rs, "to_time"), rs.getLong("step_seconds"),
				(symbols == null) ? null : Arrays.asList(symbols.split(",")), instant(rs, "next_time"),
				rs.getInt("done"), rs.getInt("total"), rs.getInt("errors"), rs.getString("last_error"), block,
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "run_started_at"),
				rs.getInt("run_started_done"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= 1000) ? text : text.substring(0, 997) + "...";
	}

}
