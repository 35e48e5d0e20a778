package io.github.zhstat.benchmarks;

import io.github.zhstat.ZhStat;
import io.github.zhstat.extract.Extractor;
import io.github.zhstat.parse.Syntax;
import java.util.Random;
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
 * Whole text: the seed corpus concatenated and repeated to 1,000,000 chars. One operation is one
 * char, so the score is chars per second. {@code zhstatOneThread} is the single-thread path;
 * {@code zhstat} is the API, which cuts a text this long into parts extracted in parallel.
 * {@code zhstatOneThreadRandomDigits} reads the same text with every digit drawn at random
 * (seeded): the seed reports repeat, and this shows what repeating does not buy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {
    static final int CHARS = 1_000_000;
    private String text;
    private String randomDigits;

    @Setup
    public void setUp() {
        text = Corpus.ofLength(CHARS);
        Random random = new Random(12);
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = (char) ('0' + random.nextInt(10));
            }
        }
        randomDigits = new String(chars);
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public Object zhstat() {
        return ZhStat.extract(text);
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public Object zhstatOneThread() {
        return Extractor.extract(text, Syntax.get());
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public Object zhstatOneThreadRandomDigits() {
        return Extractor.extract(randomDigits, Syntax.get());
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public Object naiveRegex() {
        return NaiveRegexExtractor.extract(text);
    }
}
