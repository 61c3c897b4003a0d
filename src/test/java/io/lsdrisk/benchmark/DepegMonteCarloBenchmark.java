package io.lsdrisk.benchmark;

import java.util.concurrent.TimeUnit;

import io.lsdrisk.compute.peg.DepegMonteCarlo;
import io.lsdrisk.compute.peg.DepegSimulationSettings;
import io.lsdrisk.compute.peg.PegModel;
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
 * <li>{@code hundredThousandPathsThirtyDailySteps}: the target, 100,000 paths of
 * 30 daily steps, one set of thresholds (0.99/0.98/0.95/0.90), under 100 ms;</li>
 * <li>{@code defaultAccuracyTermStructureToThirtyDays} and {@code ...ToOneYear}: what the
 * endpoint does by default, paths chosen for a standard error of at most 0.002 in every
 * cell, for horizons 1/7/30 days and 1/7/30/90/365 days.</li>
 * </ul>
 * The model is the stETH fit of May to December 2022 with jumps: a 26-day half-life, the
 * stressed regime where the probabilities are far from 0 and 1 and paths are most costly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DepegMonteCarloBenchmark {

	private static final PegModel MODEL = new PegModel(9.67, -0.0091, 0.0335, 25.4, -0.0045, 0.0107);

	private static final double INITIAL_PEG = 0.995;

	private static final double[] THRESHOLDS = { 0.99, 0.98, 0.95, 0.90 };

	private long seed = 1;

	@Benchmark
	public void hundredThousandPathsThirtyDailySteps(Blackhole blackhole) {
		blackhole.consume(
				DepegMonteCarlo.estimate(MODEL, INITIAL_PEG, THRESHOLDS, new double[] { 30 }, 100_000, this.seed++));
	}

	@Benchmark
	public void defaultAccuracyTermStructureToThirtyDays(Blackhole blackhole) {
		blackhole.consume(DepegMonteCarlo.estimateToStandardError(MODEL, INITIAL_PEG, THRESHOLDS,
				new double[] { 1, 7, 30 }, 0.002, this.seed++, DepegSimulationSettings.DEFAULT));
	}

	@Benchmark
	public void defaultAccuracyTermStructureToOneYear(Blackhole blackhole) {
		blackhole.consume(DepegMonteCarlo.estimateToStandardError(MODEL, INITIAL_PEG, THRESHOLDS,
				new double[] { 1, 7, 30, 90, 365 }, 0.002, this.seed++, DepegSimulationSettings.DEFAULT));
	}

}
