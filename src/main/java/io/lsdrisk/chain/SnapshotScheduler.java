package io.lsdrisk.chain;

import io.lsdrisk.chain.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Takes a live snapshot every {@code lsdrisk.chain.snapshot-interval} (measured from the
 * end of the previous one, so snapshots never overlap).
 */
class SnapshotScheduler {

	private static final Logger log = LoggerFactory.getLogger(SnapshotScheduler.class);

	private final ChainSnapshots snapshots;

	SnapshotScheduler(ChainSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Scheduled(fixedDelayString = "${lsdrisk.chain.snapshot-interval:5m}",
			initialDelayString = "${lsdrisk.chain.initial-delay:30s}")
	void snapshot() {
		try {
			this.snapshots.snapshotLatest();
		}
		catch (RpcException ex) {
			log.warn("Chain snapshot not taken: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Chain snapshot failed", ex);
		}
	}

}
