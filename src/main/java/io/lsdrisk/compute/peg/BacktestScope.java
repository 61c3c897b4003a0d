package io.lsdrisk.compute.peg;

/**
 * Which forecasts {@link DepegBacktest} scores, by the provenance of their outcome days.
 */
public enum BacktestScope {

	/**
	 * Only forecasts whose whole outcome window is real data: a generated day can hold no
	 * event the model did not put there, so scoring it flatters any forecaster.
	 */
	REAL,

	/**
	 * Every forecast, generated outcome days included (for inspection, never evidence).
	 */
	ALL

}
