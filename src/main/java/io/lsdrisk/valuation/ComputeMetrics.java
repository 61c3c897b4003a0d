package io.lsdrisk.valuation;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Times computations of views as {@code lsdrisk_compute_seconds{operation}}, so that a
 * dashboard sees how often and how long views are computed (cache hits are not timed).
 */
@Component
public class ComputeMetrics {

	private final MeterRegistry registry;

	ComputeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Runs and times one computation.
	 * @param operation low-cardinality name ({@code valuation}, {@code comparison}, ...)
	 * @param computation the work
	 * @return its result
	 */
	public <T> T time(String operation, Supplier<T> computation) {
		return timer(operation).record(computation);
	}

	/** The timer of one operation. */
	public Timer timer(String operation) {
		return Timer.builder("lsdrisk.compute")
			.description("Computations of valuation and risk views (cache misses)")
			.tag("operation", operation)
			.register(this.registry);
	}

	public MeterRegistry registry() {
		return this.registry;
	}

}
