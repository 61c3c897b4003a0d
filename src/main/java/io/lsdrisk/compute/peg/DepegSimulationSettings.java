package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.List;

/**
 * Numerical and scenario choices of {@link DepegMonteCarlo}.
 *
 * @param stepDays simulation step in days, finite and in (0, 365]; 1 (daily) by default.
 * Transitions are exact at any step, and with {@link Monitoring#CONTINUOUS} the bridge
 * correction accounts for crossings between steps, so daily steps are nearly unbiased
 * while {@code kappa * step} stays small (see {@link DepegMonteCarlo})
 * @param monitoring continuous (bridge-corrected) or discrete observation of the minimum
 * @param antithetic whether to pair each path with its mirror (-Z) path; the standard
 * error is then computed over pair averages
 * @param eventJumps protocol event risk (exploit, mass slashing) added to the model's own
 * jumps, see {@link ProtocolEventRisk}
 * @param pegFloor in the open redemption regime, the arbitrage bound of
 * {@link RedemptionBound}: the diffusion of the peg stays at or above it until the path's
 * first jump (an exploit, a mass slashing or a detected stress move suspends the
 * arbitrage for the rest of the path); inactive when the peg starts below it; in [0, 1],
 * 0 for none
 */
public record DepegSimulationSettings(double stepDays, Monitoring monitoring, boolean antithetic,
		List<JumpComponent> eventJumps, double pegFloor) {

	/** Daily steps, continuous monitoring, antithetic pairs, no event jumps, no floor. */
	public static final DepegSimulationSettings DEFAULT = new DepegSimulationSettings(1, Monitoring.CONTINUOUS, true,
			List.of(), 0);

	public DepegSimulationSettings {
		if (!(Double.isFinite(stepDays) && stepDays > 0 && stepDays <= 365)) {
			throw new IllegalArgumentException("stepDays must be finite and in (0, 365], was " + stepDays);
		}
		Arguments.notNull("monitoring", monitoring);
		Arguments.notNull("eventJumps", eventJumps);
		eventJumps = List.copyOf(eventJumps);
		if (!(pegFloor >= 0 && pegFloor <= 1)) {
			throw new IllegalArgumentException("pegFloor must be in [0, 1], was " + pegFloor);
		}
	}

	public DepegSimulationSettings withMonitoring(Monitoring newMonitoring) {
		return new DepegSimulationSettings(this.stepDays, newMonitoring, this.antithetic, this.eventJumps,
				this.pegFloor);
	}

	public DepegSimulationSettings withAntithetic(boolean newAntithetic) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, newAntithetic, this.eventJumps,
				this.pegFloor);
	}

	public DepegSimulationSettings withStepDays(double newStepDays) {
		return new DepegSimulationSettings(newStepDays, this.monitoring, this.antithetic, this.eventJumps,
				this.pegFloor);
	}

	public DepegSimulationSettings withEventJumps(List<JumpComponent> newEventJumps) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, this.antithetic, newEventJumps,
				this.pegFloor);
	}

	public DepegSimulationSettings withPegFloor(double newPegFloor) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, this.antithetic, this.eventJumps,
				newPegFloor);
	}

}
