package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every required gold mention of the seed gold whose text is an expression on its own parses to
 * the gold value. Left out: members of distributive lists ({@code 62%} of {@code 同比分别下降15%、62%})
 * and changes whose basis comes from earlier in the sentence, which only extract can read.
 */
class GoldParseTest {

    static Stream<Arguments> goldTexts() throws IOException {
        Map<String, JsonNode> byText = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(ContractValues.seed().resolve("gold"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode line : ContractValues.jsonLines(file)) {
                    if (!line.path("optional").asBoolean() && !line.path("negative").asBoolean() && standsAlone(line)) {
                        byText.putIfAbsent(line.get("text").asText(), line);
                    }
                }
            }
        }
        return byText.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static boolean standsAlone(JsonNode line) {
        if (!line.get("kind").asText().equals("CHANGE")) {
            return true;
        }
        String text = line.get("text").asText();
        boolean writesBasis = text.matches(".*(同比|环比|環比|按年|按月|比|较|較).*");
        boolean writesDirection = !text.matches("[-+0-9.%％ ]+");
        return writesDirection && (writesBasis || line.get("basis").asText().equals("NONE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldTexts")
    void parsesToTheGoldValue(String text, JsonNode gold) {
        StatValue value = ZhStat.parse(text);
        StatValue expected = ContractValues.value(gold);
        if (value instanceof Fraction fraction && !gold.has("approx")) {
            // the contract gives a FRACTION no approx field: compare what the gold line says
            assertThat(fraction.text()).isEqualTo(((Fraction) expected).text());
        } else {
            assertThat(value).isEqualTo(expected);
        }
    }
}
