package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.Arrays;

/**
 * Depeg probability of the OU model without jumps from the backward Kolmogorov equation:
 * an independent check of {@link DepegMonteCarlo}.
 * <p>
 * The survival probability {@code u(s, x) = P(min_{t<=s} x_t > b | x_0 = x)} solves
 * {@code u_s = kappa (mu - x) u_x + sigma^2/2 u_xx} on {@code x > b} with
 * {@code u(0, x) = 1}, the absorbing boundary {@code u(s, b) = 0} and, far above,
 * {@code u_x = 0}. Finite differences: central in x (first-order upwind where the drift
 * dominates a cell, to keep the scheme monotone), Crank-Nicolson in time after four
 * implicit-Euler half steps (Rannacher start-up, which damps the oscillation the
 * discontinuous corner {@code u(0, b)} would otherwise cause), tridiagonal systems by the
 * Thomas algorithm. The initial value sits on a grid node.
 */
public final class SurvivalPde {

	/**
	 * Space nodes used by {@link #depegProbability(PegModel, double, double, double)}.
	 */
	public static final int DEFAULT_SPACE_STEPS = 2000;

	/** Time steps used by {@link #depegProbability(PegModel, double, double, double)}. */
	public static final int DEFAULT_TIME_STEPS = 2000;

	private static final int RANNACHER_HALF_STEPS = 4;

	/** Width of the domain above max(x0, mu) in units of the diffusion's spread. */
	private static final double DOMAIN_SPREADS = 10;

	private SurvivalPde() {
	}

	/**
	 * With {@value #DEFAULT_SPACE_STEPS} space and {@value #DEFAULT_TIME_STEPS} time
	 * steps.
	 */
	public static double depegProbability(PegModel model, double initialPeg, double threshold, double horizonDays) {
		return depegProbability(model, initialPeg, threshold, horizonDays, DEFAULT_SPACE_STEPS, DEFAULT_TIME_STEPS);
	}

	/**
	 * {@code P(min_{0<t<=T} peg_t <= threshold)} for the diffusion part of {@code model}.
	 * @param model the model; its jumps must be absent (intensity 0) and sigma
	 * {@code > 0}
	 * @param initialPeg peg at time 0, finite and {@code > 0}
	 * @param threshold in (0, 1]
	 * @param horizonDays in (0, 3650]
	 * @param spaceSteps target number of space steps, at least 50 (the grid is adjusted
	 * to put the initial value on a node)
	 * @param timeSteps number of time steps, at least 10
	 * @return the probability in [0, 1]; 1 when the initial peg is at or below the
	 * threshold
	 */
	public static double depegProbability(PegModel model, double initialPeg, double threshold, double horizonDays,
			int spaceSteps, int timeSteps) {
		Arguments.notNull("model", model);
		if (model.jumpIntensity() != 0) {
			throw new IllegalArgumentException(
					"model.jumpIntensity must be 0 for the PDE, was " + model.jumpIntensity());
		}
		Arguments.positive("sigma", model.sigma());
		Arguments.positive("initialPeg", initialPeg);
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
		}
		if (!(horizonDays > 0 && horizonDays <= DepegMonteCarlo.MAX_HORIZON_DAYS)) {
			throw new IllegalArgumentException("horizonDays must be in (0, 3650], was " + horizonDays);
		}
		if (spaceSteps < 50) {
			throw new IllegalArgumentException("spaceSteps must be >= 50, was " + spaceSteps);
		}
		if (timeSteps < 10) {
			throw new IllegalArgumentException("timeSteps must be >= 10, was " + timeSteps);
		}
		double barrier = Math.log(threshold);
		double initial = Math.log(initialPeg);
		if (initial <= barrier) {
			return 1;
		}
		double horizonYears = DayCount.years(horizonDays);
		double kappa = model.kappa();
		double sigma = model.sigma();
		double spreadYears = (kappa == 0) ? horizonYears : Math.min(horizonYears, 1 / (2 * kappa));
		double top = Math.max(initial, model.mu()) + DOMAIN_SPREADS * sigma * Math.sqrt(spreadYears);
		double target = (top - barrier) / spaceSteps;
		int initialNode = Math.max(10, (int) Math.round((initial - barrier) / target));
		double spacing = (initial - barrier) / initialNode;
		int nodes = Math.max(initialNode + 10, (int) Math.ceil((top - barrier) / spacing)) + 1;

		double[] lower = new double[nodes];
		double[] diagonal = new double[nodes];
		double[] upper = new double[nodes];
		double diffusion = 0.5 * sigma * sigma / (spacing * spacing);
		for (int j = 1; j < nodes; j++) {
			double drift = kappa * (model.mu() - (barrier + j * spacing));
			if (Math.abs(drift) * spacing <= sigma * sigma) {
				lower[j] = diffusion - drift / (2 * spacing);
				upper[j] = diffusion + drift / (2 * spacing);
			}
			else {
				lower[j] = diffusion + Math.max(-drift, 0) / spacing;
				upper[j] = diffusion + Math.max(drift, 0) / spacing;
			}
			diagonal[j] = -(lower[j] + upper[j]);
		}
		// Neumann at the top: the ghost node mirrors node nodes - 2.
		lower[nodes - 1] += upper[nodes - 1];
		upper[nodes - 1] = 0;

		double[] survival = new double[nodes];
		Arrays.fill(survival, 1);
		survival[0] = 0;
		double step = horizonYears / timeSteps;
		Tridiagonal work = new Tridiagonal(nodes);
		for (int half = 0; half < RANNACHER_HALF_STEPS; half++) {
			advance(survival, lower, diagonal, upper, step / 2, 1.0, work);
		}
		for (int n = 2; n < timeSteps; n++) {
			advance(survival, lower, diagonal, upper, step, 0.5, work);
		}
		return Math.min(1, Math.max(0, 1 - survival[initialNode]));
	}

	/**
	 * One theta-scheme step:
	 * {@code (I - theta dt L) u_new = (I + (1 - theta) dt L) u_old}, node 0 held at 0.
	 */
	private static void advance(double[] u, double[] lower, double[] diagonal, double[] upper, double dt,
			double implicitness, Tridiagonal work) {
		int n = u.length;
		double explicitWeight = (1 - implicitness) * dt;
		double[] rightHandSide = work.rightHandSide;
		rightHandSide[0] = 0;
		for (int j = 1; j < n; j++) {
			double operator = lower[j] * u[j - 1] + diagonal[j] * u[j] + ((j + 1 < n) ? upper[j] * u[j + 1] : 0);
			rightHandSide[j] = u[j] + explicitWeight * operator;
		}
		double implicitWeight = implicitness * dt;
		double[] c = work.modifiedUpper;
		double[] d = rightHandSide;
		// Row 0 is the identity (absorbing barrier): c[0] = 0, d[0] = 0.
		c[0] = 0;
		for (int j = 1; j < n; j++) {
			double sub = -implicitWeight * lower[j];
			double denominator = 1 - implicitWeight * diagonal[j] - sub * c[j - 1];
			c[j] = -implicitWeight * upper[j] / denominator;
			d[j] = (d[j] - sub * d[j - 1]) / denominator;
		}
		u[n - 1] = d[n - 1];
		for (int j = n - 2; j >= 0; j--) {
			u[j] = d[j] - c[j] * u[j + 1];
		}
	}

	/** Work arrays of the Thomas algorithm. */
	private static final class Tridiagonal {

		final double[] rightHandSide;

		final double[] modifiedUpper;

		Tridiagonal(int size) {
			this.rightHandSide = new double[size];
			this.modifiedUpper = new double[size];
		}

	}

}
