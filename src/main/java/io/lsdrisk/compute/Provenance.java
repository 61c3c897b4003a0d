package io.lsdrisk.compute;

/**
 * Where a figure's input came from: observed history or a generated continuation. A
 * result computed from a mix states how many days of each it used
 * ({@link DataProvenance}); a score or a calibration computed on {@link #SYNTHETIC} days
 * is never evidence.
 */
public enum Provenance {

	/** Observed: a feed, a contract read, a published series. */
	REAL,

	/**
	 * Generated: the sample data's synthetic continuation, or any other simulated input.
	 */
	SYNTHETIC

}
