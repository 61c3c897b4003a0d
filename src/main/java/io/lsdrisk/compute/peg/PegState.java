package io.lsdrisk.compute.peg;

/**
 * The state of one simulated path of the peg (DOMAIN.md, "Regime state machine"). The
 * state chooses the dynamics and whether the redemption barrier holds:
 * <ul>
 * <li>{@link #CLOSED}: no redemption channel. The model's own dynamics, no barrier, no
 * switch: jumps move the peg and nothing else.</li>
 * <li>{@link #OPEN}: redemption open. The model's own dynamics (whose fast reversion is
 * the arbitrage) with a reflecting barrier at the redemption floor. A stress jump (an
 * exploit, a mass slashing, a detected stress move: a down-jump at or beyond
 * {@link RegimeSwitching#stressLogJump()}) suspends the arbitrage:
 * {@code OPEN -> STRESSED}. A smaller down-jump or an up-jump leaves the path
 * {@code OPEN}.</li>
 * <li>{@link #STRESSED}: the arbitrage is suspended. The stressed dynamics (those of the
 * closed regime), no barrier, for a sojourn time drawn at entry; another stress jump
 * restarts the sojourn. When the sojourn ends: {@code STRESSED -> OPEN}, and a peg below
 * the floor at that time is reflected up to the floor at once (the arbitrage
 * resumes).</li>
 * </ul>
 * An {@code OPEN} path below the floor (one that starts there: the market is already past
 * the bound without a known stress) follows the open dynamics, whose fast reversion is
 * the arbitrage pulling it back, and the barrier holds from the first time it is at or
 * above the floor.
 */
public enum PegState {

	/** No redemption channel: no barrier, no switch. */
	CLOSED,

	/** Redemption open: reflecting barrier at the floor. */
	OPEN,

	/** Arbitrage suspended by a down-jump: stressed dynamics, no barrier. */
	STRESSED;

	/** Whether the redemption floor reflects the peg in this state. */
	public boolean hasBarrier() {
		return this == OPEN;
	}

	/**
	 * The state after a jump.
	 * @param stress whether the jump suspends the arbitrage
	 * ({@link RegimeSwitching#suspendsArbitrage})
	 * @return {@code STRESSED} from {@code OPEN} on a stress jump; otherwise unchanged
	 */
	public PegState afterJump(boolean stress) {
		return (this == OPEN && stress) ? STRESSED : this;
	}

	/**
	 * Whether a jump (re)starts a sojourn: a stress jump in {@code OPEN} or
	 * {@code STRESSED}.
	 */
	public boolean startsSojourn(boolean stress) {
		return this != CLOSED && stress;
	}

	/** The state when a stressed sojourn ends: {@code OPEN} from {@code STRESSED}. */
	public PegState afterSojourn() {
		return (this == STRESSED) ? OPEN : this;
	}

	/**
	 * The state a path starts in: {@code CLOSED} or {@code OPEN} as the regime of the
	 * start day.
	 * @param regime the redemption regime of the start day
	 */
	public static PegState initial(RedemptionRegime regime) {
		return (regime == RedemptionRegime.CLOSED) ? CLOSED : OPEN;
	}

}
