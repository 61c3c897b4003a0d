package io.lsdrisk.compute.peg;

/**
 * The one day count of this package: 365 days a year, as in the API.
 */
final class DayCount {

	static final double DAYS_PER_YEAR = 365.0;

	private DayCount() {
	}

	static double years(double days) {
		return days / DAYS_PER_YEAR;
	}

}
