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

/**
 * {@code extract} on 1,000,000 chars of one repeated unit, against 1,000,000 chars of the corpus
 * ({@code unit = corpus}): hostile input must cost the same order of time as real text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialBenchmark {
    @Param({"corpus", "1、", "同比上升", "“", "十", "万", "3人、"})
    public String unit;

    private String text;

    @Setup
    public void setUp() {
        int chars = 1_000_000;
        text = unit.equals("corpus") ? Corpus.ofLength(chars) : unit.repeat(chars / unit.length() + 1).substring(0, chars);
    }

    @Benchmark
    public Object extract() {
        return Extractor.extract(text, Syntax.get());   // one thread: the cost per char
    }
}
