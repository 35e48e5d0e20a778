package io.github.zhstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void countsTheBytesReadOnABar() throws IOException {
        byte[] file = new byte[3 << 20];
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (InputStream in = Progress.bar(new ByteArrayInputStream(file), file.length, "report",
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            assertThat(in.readAllBytes()).hasSize(file.length);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("report").contains("100%").contains("3/3MB");
    }

    @Test
    void leavesAShortFileAlone() {
        InputStream in = new ByteArrayInputStream(new byte[10]);

        assertThat(Progress.wrap(in, 10, "short", System.err)).isSameAs(in);
    }
}
