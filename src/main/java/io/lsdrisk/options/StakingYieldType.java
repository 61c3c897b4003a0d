package io.lsdrisk.options;

/**
 * A staking-yield option's right.
 */
public enum StakingYieldType {

	/** Pays the average APR above the strike. */
	CAP,

	/** Pays the average APR below the strike. */
	FLOOR

}
