package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example inputs kept beside the grammar, read by {@link ZhStat#parse}: every
 * {@code grammar/examples/*.jsonl} holds inputs with their values, every {@code *.tsv} malformed
 * inputs with their error index.
 */
class ParseExamplesTest {
    private static final Path EXAMPLES = Path.of("grammar", "examples");

    static Stream<Arguments> values() throws IOException {
        return files(".jsonl").stream()
                .flatMap(file -> ContractValues.jsonLines(file).stream())
                .map(line -> Arguments.of(line.get("text").asText(), line));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("values")
    void parsesToTheExpectedValue(String text, JsonNode expected) {
        StatValue value = ZhStat.parse(text);

        assertThat(value).isEqualTo(ContractValues.value(expected));
    }

    static Stream<Arguments> malformed() throws IOException {
        return files(".tsv").stream()
                .flatMap(file -> lines(file).stream())
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(parts -> Arguments.of(unescape(parts[0]), Integer.parseInt(parts[1])));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void refusesMalformedInputAtTheRightIndex(String text, int index) {
        assertThatThrownBy(() -> ZhStat.parse(text))
                .isInstanceOfSatisfying(StatParseException.class, e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(index);
                    assertThat(e.getParsedText()).isEqualTo(text);
                    assertThat(e.getMessage()).contains("at index " + index);
                });
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("example files %s in %s", suffix, EXAMPLES).isNotEmpty();
            return found;
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Undoes the escapes of malformed.tsv: backslash-n and backslash-u followed by four hex digits. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < text.length() + 0 && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
