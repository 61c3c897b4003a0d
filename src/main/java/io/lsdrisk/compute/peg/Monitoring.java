package io.lsdrisk.compute.peg;

/**
 * How the minimum of the peg over a horizon is observed.
 */
public enum Monitoring {

	/**
	 * Continuously: a crossing between two simulated times is accounted for with the
	 * Brownian-bridge crossing probability (the depeg probability of the issue).
	 */
	CONTINUOUS,

	/**
	 * At the simulated times only (with one step a day: the daily close), to compare with
	 * a daily observed series.
	 */
	DISCRETE

}
