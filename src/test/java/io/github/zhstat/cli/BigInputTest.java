package io.github.zhstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.ContractValues;
import io.github.zhstat.ZhStat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file far larger than the heap goes through the command line as a stream. */
class BigInputTest {
    private static final long SIZE = 200L << 20;
    private static final String HEAP = "-Xmx128m";

    @TempDir
    Path dir;

    @Test
    void readsTwoHundredMegabytesInAHundredAndTwentyEightMegabyteHeap() throws Exception {
        String report = Files.readString(ContractValues.seed().resolve("corpus/000_e0f65cd25440ed38.txt")) + "\n";
        long perCopy = ZhStat.extract(report).size();
        Path big = dir.resolve("big.txt");
        long copies = 0;
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (long bytes = 0; bytes < SIZE; bytes += report.getBytes(StandardCharsets.UTF_8).length) {
                out.write(report);
                copies++;
            }
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), big.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        child.getOutputStream().close();
        long lines = 0;
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines++;
                last = line;
            }
        }
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        Files.delete(big);

        assertThat(ended).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(lines).isEqualTo(perCopy * copies);
        assertThat(ContractValues.JSON.readTree(last).get("end").asLong())
                .isEqualTo(copies * report.length() - (report.length() - ZhStat.extract(report).get((int) perCopy - 1).end()));
    }
}
