package io.github.zhstat.benchmarks;

import io.github.zhstat.ZhStat;
import io.github.zhstat.extract.Extractor;
import io.github.zhstat.parse.Syntax;
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

/**
 * 10,000,000 chars of the corpus: {@code ZhStat.extract}, which cuts the text at sentence ends
 * into one part per core, against the same extraction in one thread. Chars per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParallelExtractBenchmark {
    static final int CHARS = 10_000_000;
    private String text;

    @Setup
    public void setUp() {
        text = Corpus.ofLength(CHARS);
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public Object parallel() {
        return ZhStat.extract(text);
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public Object oneThread() {
        return Extractor.extract(text, Syntax.get());
    }
}
