package io.lsdrisk.compute.peg;

/**
 * Whether {@link DepegMonteCarlo} samples the rare jump sources under a tilted measure
 * (defensive mixture, exact likelihood ratio; see {@link DepegMonteCarlo}).
 */
public enum ImportanceSampling {

	/** Plain Monte Carlo. */
	OFF,

	/**
	 * With a path count: on when the model has a rare jump source (fewer than one jump
	 * expected by the longest horizon). Aiming at an accuracy: on when, in addition, a
	 * plain pilot saw fewer than {@value DepegMonteCarlo#FEW_HITS} hits in some cell.
	 */
	AUTO,

	/** On whenever the model has a rare jump source. */
	ON

}
