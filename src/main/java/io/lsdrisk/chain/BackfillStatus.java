package io.lsdrisk.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A backfill job's progress.
 *
 * @param id the job
 * @param status RUNNING, COMPLETED, CANCELLED or FAILED
 * @param from first timestamp (UTC)
 * @param to last timestamp (UTC, inclusive)
 * @param stepHours hours between timestamps
 * @param symbols LSDs read; null for every configured LSD
 * @param nextTimestamp first timestamp not yet read (after {@code to} when all are read)
 * @param done timestamps read
 * @param total timestamps in the job
 * @param rate timestamps read per second since the job started or last resumed; null
 * before the first
 * @param errors rows not stored, one per LSD or pool and timestamp (reasons in the log)
 * @param estimatedTimeLeftSeconds seconds until the job ends at the current rate; null
 * when unknown or not running
 * @param lastError the latest error, if any
 * @param lastBlock the block of the latest timestamp read
 * @param createdAt when the job was created
 * @param updatedAt when it last changed
 * @param finishedAt when it ended; null while running
 */
public record BackfillStatus(long id, String status, Instant from, Instant to, double stepHours,
		@Nullable List<String> symbols, Instant nextTimestamp, int done, int total, @Nullable Double rate, int errors,
		@Nullable Long estimatedTimeLeftSeconds, @Nullable String lastError, @Nullable Long lastBlock,
		Instant createdAt, Instant updatedAt, @Nullable Instant finishedAt) {

	static BackfillStatus of(BackfillJob job, Instant now) {
		boolean running = BackfillJob.RUNNING.equals(job.status());
		Instant runEnd = running ? now : job.finishedAt();
		Double rate = null;
		if (job.runStartedAt() != null && runEnd != null && job.done() > job.runStartedDone()) {
			rate = rate(job.done() - job.runStartedDone(), Duration.between(job.runStartedAt(), runEnd));
		}
		Long left = (running && rate != null) ? secondsLeft(job.total() - job.done(), rate) : null;
		return new BackfillStatus(job.id(), job.status(), job.from(), job.to(), job.stepSeconds() / 3600.0,
				job.symbols(), job.next(), job.done(), job.total(), rate, job.errors(), left, job.lastError(),
				job.lastBlock(), job.createdAt(), job.updatedAt(), job.finishedAt());
	}

	/** Steps per second; elapsed below a millisecond counts as one. */
	static double rate(int steps, Duration elapsed) {
		return steps / (Math.max(1, elapsed.toMillis()) / 1000.0);
	}

	static Long secondsLeft(int remaining, double rate) {
		return (rate > 0) ? (long) Math.ceil(remaining / rate) : null;
	}

}
