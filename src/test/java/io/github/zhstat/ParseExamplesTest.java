package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example inputs kept beside the grammar (grammar/examples), read by {@link ZhStat#parse}. */
class ParseExamplesTest {
    private static final Path EXAMPLES = Path.of("grammar", "examples");

    static Stream<Arguments> values() {
        return ContractValues.jsonLines(EXAMPLES.resolve("values.jsonl")).stream()
                .map(line -> Arguments.of(line.get("text").asText(), line));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("values")
    void parsesToTheExpectedValue(String text, JsonNode expected) {
        StatValue value = ZhStat.parse(text);

        assertThat(value).isEqualTo(ContractValues.value(expected));
    }

    static Stream<Arguments> malformed() throws IOException {
        return Files.readAllLines(EXAMPLES.resolve("malformed.tsv"), StandardCharsets.UTF_8).stream()
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
