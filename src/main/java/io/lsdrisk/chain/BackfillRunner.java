package io.lsdrisk.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.lsdrisk.chain.rpc.BlockHeader;
import io.lsdrisk.chain.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs backfill jobs in the background on {@code lsdrisk.chain.backfill.threads} threads:
 * for each timestamp, the block at or before it ({@link BlockFinder}), then a snapshot of
 * the job's LSDs at that block, then the progress in the database. Jobs still RUNNING
 * when the service starts resume at their next timestamp; stopping the service leaves
 * them RUNNING for that. A timestamp whose block cannot be found (the node is down after
 * all retries) fails the job, which keeps its progress.
 */
class BackfillRunner implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BackfillRunner.class);

	private final BackfillJobs jobs;

	private final ChainSnapshots snapshots;

	private final BlockFinder blocks;

	private final List<String> configuredSymbols;

	private final int threads;

	private final Duration progressLogInterval;

	private final Clock clock;

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	private ExecutorService executor;

	/** Set by {@link #close()} for the threads of the executor it stops. */
	private AtomicBoolean stopping = new AtomicBoolean();

	BackfillRunner(BackfillJobs jobs, ChainSnapshots snapshots, BlockFinder blocks, FeedPlan plan,
			ChainProperties properties, Clock clock) {
		this.jobs = jobs;
		this.snapshots = snapshots;
		this.blocks = blocks;
		this.configuredSymbols = plan.symbols();
		this.threads = properties.backfill().threads();
		this.progressLogInterval = properties.backfill().progressLogInterval();
		this.clock = clock;
	}

	/** Runs the job in the background unless it is running already. */
	synchronized void submit(long id) {
		if (!this.active.add(id)) {
			return;
		}
		if (this.executor == null) {
			this.stopping = new AtomicBoolean();
			AtomicInteger count = new AtomicInteger();
			this.executor = Executors.newFixedThreadPool(this.threads, (task) -> {
				Thread thread = new Thread(task, "backfill-" + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
		}
		AtomicBoolean stop = this.stopping;
		this.executor.execute(() -> {
			try {
				run(id, stop);
			}
			catch (RuntimeException ex) {
				log.error("Backfill {} stopped by an unexpected error", id, ex);
				this.jobs.finish(id, BackfillJob.FAILED, "unexpected error: " + ex.getMessage(), this.clock.instant());
			}
			finally {
				this.active.remove(id);
			}
		});
	}

	/** Resumes every job left RUNNING, as after a restart. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeRunning() {
		List<Long> running = this.jobs.running();
		if (!running.isEmpty()) {
			log.info("Resuming backfill jobs {}", running);
		}
		running.forEach(this::submit);
	}

	/** True while the job runs on a thread of this runner. */
	boolean isActive(long id) {
		return this.active.contains(id);
	}

	/**
	 * Stops every job's thread, leaving the jobs RUNNING in the database so that they
	 * resume at the next start.
	 */
	@Override
	public synchronized void close() {
		if (this.executor != null) {
			this.stopping.set(true);
			this.executor.shutdownNow();
			try {
				this.executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
		}
	}

	private void run(long id, AtomicBoolean stop) {
		BackfillJob job = this.jobs.find(id).orElse(null);
		if (job == null || !BackfillJob.RUNNING.equals(job.status())) {
			return;
		}
		this.jobs.startRun(id, this.clock.instant());
		List<String> symbols = (job.symbols() != null) ? job.symbols() : this.configuredSymbols;
		log.info("Backfill {} {} from {} to {} every {} h for {}: {} of {} timestamps done", id,
				(job.done() > 0) ? "resumes" : "starts", job.next(), job.to(), job.stepSeconds() / 3600.0, symbols,
				job.done(), job.total());
		Instant runStart = this.clock.instant();
		Instant lastLog = runStart;
		int doneAtStart = job.done();
		int done = job.done();
		int errors = job.errors();
		BlockHeader head;
		BlockHeader previous = null;
		try {
			head = this.blocks.head();
		}
		catch (RpcException ex) {
			fail(id, "the latest block cannot be read: " + ex.getMessage());
			return;
		}
		for (Instant at = job.next(); !at.isAfter(job.to()); at = at.plusSeconds(job.stepSeconds())) {
			if (stopped(stop)) {
				log.info("Backfill {} paused at {} (service stopping); it resumes at the next start", id, at);
				return;
			}
			BlockHeader block;
			try {
				if (at.isAfter(head.timestamp())) {
					head = this.blocks.head();
				}
				block = this.blocks.atOrBefore(at, previous, head);
			}
			catch (RpcException ex) {
				if (stopped(stop)) {
					return;
				}
				fail(id, "no block found for " + at + ": " + ex.getMessage());
				return;
			}
			SnapshotOutcome outcome = this.snapshots.snapshotAt(block, symbols, false);
			if (stopped(stop)) {
				// Reads cut short by the stop are not errors: the timestamp is read again
				// on resume.
				log.info("Backfill {} paused at {} (service stopping); it resumes at the next start", id, at);
				return;
			}
			previous = block;
			String error = outcome.skipped().isEmpty() ? null
					: at + " (block " + block.number() + "): " + outcome.skipped();
			if (!this.jobs.advance(id, at.plusSeconds(job.stepSeconds()), outcome.skipped().size(), error,
					block.number(), this.clock.instant())) {
				log.info("Backfill {} cancelled at {}: {} of {} timestamps done", id, at, done, job.total());
				return;
			}
			done++;
			errors += outcome.skipped().size();
			Instant now = this.clock.instant();
			if (Duration.between(lastLog, now).compareTo(this.progressLogInterval) >= 0) {
				lastLog = now;
				logProgress(id, done, job.total(), errors, done - doneAtStart, Duration.between(runStart, now));
			}
		}
		this.jobs.finish(id, BackfillJob.COMPLETED, null, this.clock.instant());
		logProgress(id, done, job.total(), errors, done - doneAtStart,
				Duration.between(runStart, this.clock.instant()));
		log.info("Backfill {} completed", id);
	}

	private static boolean stopped(AtomicBoolean stop) {
		return stop.get() || Thread.currentThread().isInterrupted();
	}

	private void fail(long id, String reason) {
		log.warn("Backfill {} failed: {}", id, reason);
		this.jobs.finish(id, BackfillJob.FAILED, reason, this.clock.instant());
	}

	private static void logProgress(long id, int done, int total, int errors, int doneThisRun, Duration elapsed) {
		double rate = BackfillStatus.rate(doneThisRun, elapsed);
		Long left = BackfillStatus.secondsLeft(total - done, rate);
		log.info("Backfill {}: {}/{} timestamps, {} errors, {} per second, about {} s left", id, done, total, errors,
				String.format("%.2f", rate), (left != null) ? left : "?");
	}

}
