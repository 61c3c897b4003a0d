package io.lsdrisk.compute.peg;

/**
 * The state of one simulated path of the peg (DOMAIN.md, "Regime state machine"). The
 * state chooses the dynamics and whether the redemption barrier holds:
 * <ul>
 * <li>{@link #CLOSED}: no redemption channel. The model's own dynamics, no barrier, no
 * switch: jumps move the peg and nothing else.</li>
 * <li>{@link #OPEN}: redemption open. The model's own dynamics (whose fast reversion is
 * the arbitrage) with a reflecting barrier at the redemption floor. A down-jump (an
 * exploit, a mass slashing, a detected stress move: any jump with a negative log size)
 * suspends the arbitrage: {@code OPEN -> STRESSED}. An up-jump leaves the path
 * {@code OPEN}.</li>
 * <li>{@link #STRESSED}: the arbitrage is suspended. The stressed dynamics (those of the
 * closed regime), no barrier, for a sojourn time drawn at entry; another down-jump
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
	 * The state after a jump of {@code logJump} in ln(peg).
	 * @param logJump the jump, finite
	 * @return {@code STRESSED} from {@code OPEN} on a down-jump; otherwise unchanged
	 */
	public PegState afterJump(double logJump) {
		return (this == OPEN && logJump < 0) ? STRESSED : this;
	}

	/**
	 * Whether a jump of {@code logJump} (re)starts a sojourn: a down-jump in {@code OPEN}
	 * or {@code STRESSED}.
	 */
	public boolean startsSojourn(double logJump) {
		return this != CLOSED && logJump < 0;
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
