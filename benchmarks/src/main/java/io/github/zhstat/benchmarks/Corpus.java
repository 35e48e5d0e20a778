package io.github.zhstat.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed corpus (src/test/resources/reports/seed/corpus, or -Dzhstat.corpus=DIR) concatenated and repeated to a size. */
final class Corpus {
    private Corpus() {}

    static String ofLength(int length) {
        String seed = seed();
        StringBuilder text = new StringBuilder(length + seed.length());
        while (text.length() < length) {
            text.append(seed);
        }
        text.setLength(length);
        return text.toString();
    }

    private static String seed() {
        Path dir = Path.of(System.getProperty("zhstat.corpus", "src/test/resources/reports/seed/corpus"));
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder seed = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seed.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return seed.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmarks read the seed corpus; run them from the repository root"
                    + " or set -Dzhstat.corpus=DIR", e);
        }
    }
}
