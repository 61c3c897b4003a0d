package io.lsdrisk.sample;

/**
 * Stress episodes of a synthetic peg, shaped on stETH's June 2022 episode: ln(peg) falls
 * linearly by {@code depth} over {@code downDays}, then recovers over
 * {@code recoveryDays} along {@code depth (e^{-3u} - e^{-3}) / (1 - e^{-3})}, {@code u} =
 * the share of the recovery elapsed (fast at first: 82 % recovered halfway through,
 * exactly back at the end). Episodes start at a Poisson rate; each draws its depth
 * uniformly in [minDepth, maxDepth] and its durations uniformly among the whole days of
 * their ranges. Overlapping episodes add up.
 *
 * @param ratePerYear expected episode starts per year
 * @param minDepth smallest fall of ln(peg)
 * @param maxDepth largest fall of ln(peg)
 * @param minDownDays shortest fall, days
 * @param maxDownDays longest fall, days
 * @param minRecoveryDays shortest recovery, days
 * @param maxRecoveryDays longest recovery, days
 */
record StressShape(double ratePerYear, double minDepth, double maxDepth, int minDownDays, int maxDownDays,
		int minRecoveryDays, int maxRecoveryDays) {

	static final StressShape NONE = new StressShape(0, 0, 0, 1, 1, 1, 1);

	StressShape {
		if (!(ratePerYear >= 0) || !(minDepth >= 0) || maxDepth < minDepth || minDownDays < 1
				|| maxDownDays < minDownDays || minRecoveryDays < 1 || maxRecoveryDays < minRecoveryDays) {
			throw new IllegalArgumentException("invalid stress shape");
		}
	}

	/**
	 * The fall of ln(peg) {@code days} after an episode's start: 0 on its start day,
	 * {@code depth} on its trough day ({@code downDays} later), 0 again from
	 * {@code downDays + recoveryDays} on.
	 */
	static double profile(double depth, int downDays, int recoveryDays, long days) {
		if (days <= 0 || days >= downDays + recoveryDays) {
			return 0.0;
		}
		if (days <= downDays) {
			return depth * days / downDays;
		}
		double u = (double) (days - downDays) / recoveryDays;
		return depth * (Math.exp(-3 * u) - Math.exp(-3)) / (1 - Math.exp(-3));
	}

}
