package io.lsdrisk.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts requests the service refused, by status and reason, as
 * {@code lsdrisk_requests_rejected_total}.
 */
@Component
public class RejectionMetrics {

	private final MeterRegistry registry;

	RejectionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void rejected(int status, String reason) {
		Counter.builder("lsdrisk.requests.rejected")
			.description("Requests refused with a 4xx or 5xx problem")
			.tag("status", Integer.toString(status))
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

}
