package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.ContractValues;
import io.github.zhstat.ZhStat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sentences kept beside the grammar, read by {@link ZhStat#extract}: every line of
 * {@code grammar/examples/extract/*.jsonl} holds a sentence and exactly the mentions it gives,
 * each as its text and its contract fields (an empty list: no mention at all).
 */
class ExtractExamplesTest {
    private static final Path EXAMPLES = Path.of("grammar", "examples", "extract");

    /** A mention as the examples write it: the text it spans and its value. */
    private record Expected(String text, Object value) {}

    static Stream<Arguments> sentences() throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            found = files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(found).as("extraction examples in %s", EXAMPLES).isNotEmpty();
        return found.stream()
                .flatMap(file -> ContractValues.jsonLines(file).stream()
                        .map(line -> Arguments.of(file.getFileName() + ": " + line.get("text").asText(), line)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sentences")
    void extractsExactlyTheExpectedMentions(String name, JsonNode example) {
        List<Expected> expected = new ArrayList<>();
        for (JsonNode mention : example.get("mentions")) {
            expected.add(new Expected(mention.get("text").asText(), ContractValues.value(mention)));
        }

        List<Expected> actual = ZhStat.extract(example.get("text").asText()).stream()
                .map(mention -> new Expected(mention.text(), mention.value()))
                .toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
