package io.github.zhstat.benchmarks;

import io.github.zhstat.ZhStat;
import io.github.zhstat.value.StatValue;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One expression at a time over a fixed mix of 30 real expressions: average time per expression
 * (and with {@code -prof gc}, bytes allocated per expression). zhstat has no cache of results,
 * so reading the same mix again costs what fresh input costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {
    private static final List<String> MIX = Expressions.MIX;
    private static final int N = 30;

    @Benchmark
    @OperationsPerInvocation(N)
    public void zhstat(Blackhole blackhole) {
        for (int i = 0; i < N; i++) {
            StatValue value = ZhStat.parse(MIX.get(i));
            blackhole.consume(value);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void stockAntlr(Blackhole blackhole) {
        for (int i = 0; i < N; i++) {
            blackhole.consume(StockAntlr.parse(MIX.get(i)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void naiveRegex(Blackhole blackhole) {
        for (int i = 0; i < N; i++) {
            blackhole.consume(NaiveRegexExtractor.extract(MIX.get(i)));
        }
    }
}
