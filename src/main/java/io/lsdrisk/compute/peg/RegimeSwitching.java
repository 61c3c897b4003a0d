package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

/**
 * The regime model of a simulation: the redemption regime of the start day, the
 * redemption floor that reflects the peg in the {@link PegState#OPEN} state, the dynamics
 * of the {@link PegState#STRESSED} state and the law of its sojourn. See {@link PegState}
 * for the transitions.
 *
 * @param regime the redemption regime on the start day; {@code CLOSED}: no barrier and no
 * switch (the other fields are ignored)
 * @param pegFloor the redemption floor, a peg ratio in (0, 1] for {@code OPEN} (from
 * {@link RedemptionBound#pegFloor}); the diffusion of an {@code OPEN} path is reflected
 * there
 * @param stressed the diffusion of a {@code STRESSED} path: kappa per year, mu in
 * ln(peg), sigma per sqrt(year), those of the closed regime (its jump fields are not
 * used: the jumps of a path are the same in every state)
 * @param meanStressedDays mean of the exponential sojourn in {@code STRESSED}, days,
 * {@code > 0}; {@code Double.POSITIVE_INFINITY}: a stressed path never returns
 */
public record RegimeSwitching(RedemptionRegime regime, double pegFloor, PegModel stressed, double meanStressedDays) {

	/** The closed regime: the model's own dynamics, no barrier, no switch. */
	public static final RegimeSwitching CLOSED = new RegimeSwitching(RedemptionRegime.CLOSED, 0,
			PegModel.withoutJumps(0, 0, 0), Double.POSITIVE_INFINITY);

	public RegimeSwitching {
		Arguments.notNull("regime", regime);
		Arguments.notNull("stressed", stressed);
		if (regime == RedemptionRegime.OPEN && !(pegFloor > 0 && pegFloor <= 1)) {
			throw new IllegalArgumentException("pegFloor must be in (0, 1] in the open regime, was " + pegFloor);
		}
		if (!(meanStressedDays > 0)) {
			throw new IllegalArgumentException("meanStressedDays must be > 0, was " + meanStressedDays);
		}
	}

	/**
	 * The open regime.
	 * @param pegFloor the reflecting redemption floor, in (0, 1]
	 * @param stressed the dynamics while the arbitrage is suspended
	 * @param meanStressedDays mean sojourn in {@code STRESSED}, days
	 */
	public static RegimeSwitching open(double pegFloor, PegModel stressed, double meanStressedDays) {
		return new RegimeSwitching(RedemptionRegime.OPEN, pegFloor, stressed.diffusionOnly(), meanStressedDays);
	}

	/** The state a path starts in. */
	public PegState initialState() {
		return PegState.initial(this.regime);
	}

}
