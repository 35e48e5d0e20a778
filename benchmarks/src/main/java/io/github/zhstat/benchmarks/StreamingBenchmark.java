package io.github.zhstat.benchmarks;

import io.github.zhstat.ZhStat;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The streaming path next to {@code extract} on the same 1,000,000 chars as {@link ExtractBenchmark}:
 * {@code ZhStat.extract(Reader, Consumer)} over a {@link StringReader}. One operation is one char,
 * so the score is chars per second; with {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes per char.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamingBenchmark {
    private String text;

    @Setup
    public void setUp() {
        text = Corpus.ofLength(ExtractBenchmark.CHARS);
    }

    @Benchmark
    @OperationsPerInvocation(ExtractBenchmark.CHARS)
    public Object whole() {
        return ZhStat.extract(text);
    }

    @Benchmark
    @OperationsPerInvocation(ExtractBenchmark.CHARS)
    public void streamed(Blackhole mentions) throws IOException {
        ZhStat.extract(new StringReader(text), mentions::consume);
    }
}
