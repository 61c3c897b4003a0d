package io.lsdrisk.benchmark;

import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.peg.DepegAccuracy;
import io.lsdrisk.compute.peg.DepegMonteCarlo;
import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.ImportanceSampling;
import io.lsdrisk.compute.peg.PegModel;
import io.lsdrisk.compute.peg.ProtocolEventRisk;
import io.lsdrisk.compute.peg.RedemptionBound;
import io.lsdrisk.compute.peg.RegimeSwitching;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Depeg Monte Carlo on one thread. Figures are per call (one full estimate).
 * <ul>
 * <li>{@code hundredThousandPathsThirtyDailySteps}: 100,000 paths of 30 daily steps, one
 * set of thresholds (0.99/0.98/0.95/0.90), goal under 100 ms;</li>
 * <li>{@code defaultAccuracyTermStructureToThirtyDays} and {@code ...ToOneYear}: what the
 * endpoint does by default, paths chosen for a standard error of at most 0.002 in every
 * cell, for horizons 1/7/30 days and 1/7/30/90/365 days (goal under 100 ms), with the
 * service's step limit of 2 days (the kappa rule makes it 1.89 days here). The model is
 * the stETH fit of May to December 2022 with jumps: a 26-day half-life, the stressed
 * closed regime where the probabilities are far from 0 and 1 and paths are most
 * costly;</li>
 * <li>{@code servedOpenRegimeTermStructureToOneYear}: the served model of an open-regime
 * LSD (the sample stETH fit: a 0.54-day half-life, reflected at the redemption floor of a
 * 3-day wait, default event risk, configured stressed dynamics, 30-day sojourns), default
 * accuracy with importance sampling chosen automatically;</li>
 * <li>{@code rareProbabilityToTenPercent}: one cell near 1e-4 (a 20 % depeg within 30
 * days, reachable only by an exploit) under the same served model at the default
 * accuracy: importance-sampled to a relative standard error of at most 10 %, goal under
 * 200 ms.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DepegMonteCarloBenchmark {

	private static final PegModel MODEL = new PegModel(9.67, -0.0091, 0.0335, 25.4, -0.0045, 0.0107);

	private static final double INITIAL_PEG = 0.995;

	private static final double[] THRESHOLDS = { 0.99, 0.98, 0.95, 0.90 };

	private static final PegModel OPEN_MODEL = PegModel.withoutJumps(466.67, -0.000647, 0.01691);

	/** The step limit the service uses ({@code lsdrisk.depeg.max-step-days}). */
	private static final DepegSimulationSettings AS_SERVED = DepegSimulationSettings.DEFAULT.withStepDays(2);

	private static final DepegSimulationSettings SERVED = AS_SERVED
		.withEventJumps(ProtocolEventRisk.DEFAULT.components())
		.withRegimeSwitching(RegimeSwitching.open(RedemptionBound.pegFloor(0.04, 0, 3 / 365.0, 0.0005),
				PegModel.withoutJumps(9.73, -0.0091, 0.0335), 30))
		.withImportanceSampling(ImportanceSampling.AUTO);

	private static final DepegAccuracy DEFAULT_ACCURACY = new DepegAccuracy(0.002, 0.10, DepegMonteCarlo.MAX_PATHS);

	private long seed = 1;

	@Benchmark
	public void hundredThousandPathsThirtyDailySteps(Blackhole blackhole) {
		blackhole.consume(
				DepegMonteCarlo.estimate(MODEL, INITIAL_PEG, THRESHOLDS, new double[] { 30 }, 100_000, this.seed++));
	}

	@Benchmark
	public void defaultAccuracyTermStructureToThirtyDays(Blackhole blackhole) {
		blackhole.consume(DepegMonteCarlo.estimateToStandardError(MODEL, INITIAL_PEG, THRESHOLDS,
				new double[] { 1, 7, 30 }, 0.002, this.seed++, AS_SERVED));
	}

	@Benchmark
	public void defaultAccuracyTermStructureToOneYear(Blackhole blackhole) {
		blackhole.consume(DepegMonteCarlo.estimateToStandardError(MODEL, INITIAL_PEG, THRESHOLDS,
				new double[] { 1, 7, 30, 90, 365 }, 0.002, this.seed++, AS_SERVED));
	}

	@Benchmark
	public void servedOpenRegimeTermStructureToOneYear(Blackhole blackhole) {
		blackhole.consume(DepegMonteCarlo.estimateToAccuracy(OPEN_MODEL, 0.9995, THRESHOLDS,
				new double[] { 1, 7, 30, 90, 365 }, DEFAULT_ACCURACY, this.seed++, SERVED));
	}

	@Benchmark
	public void rareProbabilityToTenPercent(Blackhole blackhole) {
		blackhole.consume(DepegMonteCarlo.estimateToAccuracy(OPEN_MODEL, 0.9995, new double[] { 0.80 },
				new double[] { 30 }, DEFAULT_ACCURACY, this.seed++, SERVED));
	}

}
