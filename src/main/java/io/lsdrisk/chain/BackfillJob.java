package io.lsdrisk.chain;

import java.time.Instant;
import java.util.List;

/**
 * A stored backfill job.
 *
 * @param id key
 * @param status RUNNING, COMPLETED, CANCELLED or FAILED
 * @param from first timestamp
 * @param to last timestamp (inclusive)
 * @param stepSeconds time between timestamps
 * @param symbols configured symbols to read, null for all
 * @param next first timestamp not read yet
 * @param done timestamps read
 * @param total timestamps in the job
 * @param errors rows not stored (one per LSD or pool and timestamp)
 * @param lastError the latest error, if any
 * @param lastBlock the block of the latest timestamp read
 * @param createdAt when the job was created
 * @param updatedAt when it last changed
 * @param runStartedAt when the current run started (created or resumed)
 * @param runStartedDone {@code done} when the current run started
 * @param finishedAt when it ended, null while RUNNING
 */
record BackfillJob(long id, String status, Instant from, Instant to, long stepSeconds, List<String> symbols,
		Instant next, int done, int total, int errors, String lastError, Long lastBlock, Instant createdAt,
		Instant updatedAt, Instant runStartedAt, int runStartedDone, Instant finishedAt) {

	static final String RUNNING = "RUNNING";

	static final String COMPLETED = "COMPLETED";

	static final String CANCELLED = "CANCELLED";

	static final String FAILED = "FAILED";

}
