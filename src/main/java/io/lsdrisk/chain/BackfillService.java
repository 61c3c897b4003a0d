package io.lsdrisk.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.lsdrisk.web.InvalidRequestException;
import io.lsdrisk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Starts, reports and cancels backfill jobs. Without an RPC endpoint every operation is a
 * {@link ChainDisabledException}.
 */
@Service
public class BackfillService {

	private static final Logger log = LoggerFactory.getLogger(BackfillService.class);

	private final BackfillJobs jobs;

	private final ObjectProvider<BackfillRunner> runner;

	private final ObjectProvider<FeedPlan> plan;

	private final ChainProperties.Backfill settings;

	private final Clock clock;

	BackfillService(BackfillJobs jobs, ObjectProvider<BackfillRunner> runner, ObjectProvider<FeedPlan> plan,
			ChainProperties properties, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.plan = plan;
		this.settings = properties.backfill();
		this.clock = clock;
	}

	/**
	 * Stores a new job and starts it in the background.
	 * @throws InvalidRequestException naming the field at fault
	 */
	public BackfillStatus start(BackfillRequest request) {
		BackfillRunner backfills = runner();
		Instant now = this.clock.instant();
		if (request.to().isAfter(now)) {
			throw InvalidRequestException.of("to", "must not be in the future, was " + request.to());
		}
		if (request.to().isBefore(request.from())) {
			throw InvalidRequestException.of("to",
					"must not be before from (" + request.from() + "), was " + request.to());
		}
		int stepHours = (request.stepHours() != null) ? request.stepHours() : this.settings.defaultStepHours();
		long stepSeconds = Duration.ofHours(stepHours).toSeconds();
		long total = Duration.between(request.from(), request.to()).toSeconds() / stepSeconds + 1;
		if (total > this.settings.maxSteps()) {
			throw InvalidRequestException.of("to", "the range holds " + total + " timestamps of " + stepHours
					+ " h; at most " + this.settings.maxSteps() + " per job (lsdrisk.chain.backfill.max-steps)");
		}
		List<String> symbols = symbols(request.symbols());
		long id = this.jobs.create(request.from(), request.to(), stepSeconds, symbols, (int) total, now);
		log.info("Backfill {} created: {} to {} every {} h, {} timestamps, LSDs {}", id, request.from(), request.to(),
				stepHours, total, (symbols != null) ? symbols : "all configured");
		backfills.submit(id);
		return status(id);
	}

	public BackfillStatus status(long id) {
		runner();
		return BackfillStatus.of(find(id), this.clock.instant());
	}

	/**
	 * Cancels a running job; the timestamp being read finishes, no further one starts. A
	 * job that already ended is answered as it is.
	 */
	public BackfillStatus cancel(long id) {
		runner();
		BackfillJob job = find(id);
		if (this.jobs.finish(id, BackfillJob.CANCELLED, null, this.clock.instant())) {
			log.info("Backfill {} cancelled after {} of {} timestamps", id, job.done(), job.total());
		}
		return status(id);
	}

	private BackfillJob find(long id) {
		return this.jobs.find(id).orElseThrow(() -> NotFoundException.of("id", "No backfill job with id " + id));
	}

	private List<String> symbols(List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			return null;
		}
		FeedPlan feeds = this.plan.getObject();
		Set<String> symbols = new LinkedHashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String configured = feeds.configuredSymbol(requested.get(i).strip());
			if (configured == null) {
				throw InvalidRequestException.of("symbols[" + i + "]", "'" + requested.get(i)
						+ "' has no configured feed; configured: " + String.join(", ", feeds.symbols()));
			}
			symbols.add(configured);
		}
		return new ArrayList<>(symbols);
	}

	private BackfillRunner runner() {
		BackfillRunner backfills = this.runner.getIfAvailable();
		if (backfills == null) {
			throw new ChainDisabledException();
		}
		return backfills;
	}

}
