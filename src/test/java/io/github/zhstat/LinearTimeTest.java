package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.extract.Extractor;
import io.github.zhstat.parse.Syntax;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No input blows up the time of {@code extract}: a megabyte of the most repetitive input takes
 * the same order of time as a megabyte of real reports. The bound is a generous ratio measured in
 * the same JVM, not a time; the JMH AdversarialBenchmark has the figures.
 */
class LinearTimeTest {
    private static final int CHARS = 1_000_000;
    private static final double MAX_RATIO = 25;

    @ParameterizedTest
    @ValueSource(strings = {"1、", "同比上升", "“", "十", "万", "余", "第", "是去年的", "3人、", "一二三四五六七八九"})
    void adversarialInputTakesTheOrderOfTimeOfRealText(String unit) throws IOException {
        String normal = repeat(corpus(), CHARS);
        String adversarial = repeat(unit, CHARS);

        double normalNanos = bestOfThree(normal);
        double adversarialNanos = bestOfThree(adversarial);

        assertThat(adversarialNanos / normalNanos).as("time of %s… over time of the corpus", unit).isLessThan(MAX_RATIO);
    }

    private static double bestOfThree(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Extractor.extract(text, Syntax.get());   // one thread: the cost per char
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static String corpus() {
        return String.join("", ContractValues.documents(ContractValues.seed()));
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
