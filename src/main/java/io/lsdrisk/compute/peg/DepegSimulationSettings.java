package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.List;

/**
 * Numerical and scenario choices of {@link DepegMonteCarlo}.
 *
 * @param stepDays simulation step in days, finite and in (0, 365]; 1 (daily) by default,
 * refined for fast mean reversion (see {@link DepegMonteCarlo}). Transitions are exact at
 * any step, and with {@link Monitoring#CONTINUOUS} the bridge correction accounts for
 * crossings between steps
 * @param monitoring continuous (bridge-corrected) or discrete observation of the minimum
 * @param antithetic whether to pair each path with its mirror (-Z) path; the standard
 * error is then computed over pair averages
 * @param eventJumps protocol event risk (exploit, mass slashing) added to the model's own
 * jumps, see {@link ProtocolEventRisk}
 * @param regimeSwitching the regime model: closed (no barrier), or open with the
 * reflecting redemption floor, the stressed dynamics a down-jump switches a path to and
 * the sojourn law ({@link PegState})
 * @param importanceSampling whether rare jump sources are importance-sampled
 */
public record DepegSimulationSettings(double stepDays, Monitoring monitoring, boolean antithetic,
		List<JumpComponent> eventJumps, RegimeSwitching regimeSwitching, ImportanceSampling importanceSampling) {

	/**
	 * Daily steps, continuous monitoring, antithetic pairs, no event jumps, the closed
	 * regime, no importance sampling.
	 */
	public static final DepegSimulationSettings DEFAULT = new DepegSimulationSettings(1, Monitoring.CONTINUOUS, true,
			List.of(), RegimeSwitching.CLOSED, ImportanceSampling.OFF);

	public DepegSimulationSettings {
		if (!(Double.isFinite(stepDays) && stepDays > 0 && stepDays <= 365)) {
			throw new IllegalArgumentException("stepDays must be finite and in (0, 365], was " + stepDays);
		}
		Arguments.notNull("monitoring", monitoring);
		Arguments.notNull("eventJumps", eventJumps);
		eventJumps = List.copyOf(eventJumps);
		Arguments.notNull("regimeSwitching", regimeSwitching);
		Arguments.notNull("importanceSampling", importanceSampling);
	}

	public DepegSimulationSettings withMonitoring(Monitoring newMonitoring) {
		return new DepegSimulationSettings(this.stepDays, newMonitoring, this.antithetic, this.eventJumps,
				this.regimeSwitching, this.importanceSampling);
	}

	public DepegSimulationSettings withAntithetic(boolean newAntithetic) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, newAntithetic, this.eventJumps,
				this.regimeSwitching, this.importanceSampling);
	}

	public DepegSimulationSettings withStepDays(double newStepDays) {
		return new DepegSimulationSettings(newStepDays, this.monitoring, this.antithetic, this.eventJumps,
				this.regimeSwitching, this.importanceSampling);
	}

	public DepegSimulationSettings withEventJumps(List<JumpComponent> newEventJumps) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, this.antithetic, newEventJumps,
				this.regimeSwitching, this.importanceSampling);
	}

	public DepegSimulationSettings withRegimeSwitching(RegimeSwitching newRegimeSwitching) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, this.antithetic, this.eventJumps,
				newRegimeSwitching, this.importanceSampling);
	}

	public DepegSimulationSettings withImportanceSampling(ImportanceSampling newImportanceSampling) {
		return new DepegSimulationSettings(this.stepDays, this.monitoring, this.antithetic, this.eventJumps,
				this.regimeSwitching, newImportanceSampling);
	}

}
