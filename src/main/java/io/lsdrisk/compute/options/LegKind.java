package io.lsdrisk.compute.options;

/**
 * What a strategy leg holds.
 */
public enum LegKind {

	/** Units of the underlying itself (the LSD). */
	UNDERLYING,

	/** European options on the underlying. */
	OPTION

}
