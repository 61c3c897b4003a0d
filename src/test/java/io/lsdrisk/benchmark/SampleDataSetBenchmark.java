package io.lsdrisk.benchmark;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.lsdrisk.sample.SampleDataSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time of one {@link SampleDataSet#build} (it runs at every service start): reading the
 * sample files and generating about five years of daily rows for six assets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SampleDataSetBenchmark {

	private final LocalDate today = LocalDate.of(2026, 11, 26);

	@Benchmark
	public void build(Blackhole blackhole) {
		blackhole.consume(SampleDataSet.build(this.today));
	}

}
