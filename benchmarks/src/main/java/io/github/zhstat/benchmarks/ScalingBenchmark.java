package io.github.zhstat.benchmarks;

import io.github.zhstat.extract.Extractor;
import io.github.zhstat.parse.Syntax;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code extract} on 10 KB to 10 MB of text: time per call should grow tenfold per step. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ScalingBenchmark {
    @Param({"10000", "100000", "1000000", "10000000"})
    public int chars;

    private String text;

    @Setup
    public void setUp() {
        text = Corpus.ofLength(chars);
    }

    @Benchmark
    public Object extract() {
        return Extractor.extract(text, Syntax.get());   // one thread: the cost per char
    }
}
