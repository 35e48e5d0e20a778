package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.ContractValues;
import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction over the seed and the development reports against their gold, scored as
 * src/test/scripts/score does: a hit overlaps a required gold mention and carries its value;
 * optional gold costs nothing; anything over a negative gold line is a false positive.
 */
class GoldExtractTest {

    private record Score(int gold, int predicted, int hits, int negatives) {
        double f1() {
            double precision = hits / (double) predicted;
            double recall = hits / (double) gold;
            return 2 * precision * recall / (precision + recall);
        }
    }

    static Stream<Arguments> corpora() {
        return Stream.of(Arguments.of("seed", ContractValues.seed(), 0.99), Arguments.of("dev", ContractValues.dev(), 0.99));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void reachesTheAccuracyTheReadmeStates(String name, Path reports, double floor) throws IOException {
        List<String> misses = new ArrayList<>();
        Score score = score(reports, misses);
        System.out.printf("GoldExtractTest %s: end-to-end F1 %.3f (%d gold, %d predicted, %d hits), %d over negative gold%n",
                name, score.f1(), score.gold(), score.predicted(), score.hits(), score.negatives());

        assertThat(score.negatives()).as("mentions over negative gold lines").isZero();
        assertThat(score.f1()).as("end-to-end F1 of %s; misses: %s", name, misses).isGreaterThanOrEqualTo(floor);
    }

    private static Score score(Path reports, List<String> misses) throws IOException {
        int gold = 0;
        int predicted = 0;
        int hits = 0;
        int negatives = 0;
        try (Stream<Path> files = Files.list(reports.resolve("gold"))) {
            for (Path goldFile : files.sorted().toList()) {
                String name = goldFile.getFileName().toString().replace(".jsonl", "");
                String text = Files.readString(reports.resolve("corpus/" + name + ".txt"), StandardCharsets.UTF_8);
                List<JsonNode> lines = ContractValues.jsonLines(goldFile);
                List<Mention> mentions = new ArrayList<>(ZhStat.extract(text));
                for (JsonNode line : lines) {
                    if (line.path("negative").asBoolean()) {
                        negatives += (int) mentions.stream().filter(m -> overlaps(m, line)).count();
                    }
                }
                for (JsonNode line : lines) {
                    if (line.path("optional").asBoolean()) {
                        mentions.removeIf(m -> overlaps(m, line));
                    }
                }
                for (JsonNode line : lines) {
                    if (line.path("optional").asBoolean() || line.path("negative").asBoolean()) {
                        continue;
                    }
                    gold++;
                    Mention hit = mentions.stream().filter(m -> overlaps(m, line) && sameValue(m.value(), line)).findFirst().orElse(null);
                    if (hit == null) {
                        misses.add(name + " " + line);
                    } else {
                        hits++;
                        mentions.remove(hit);
                        predicted++;
                    }
                }
                predicted += mentions.size();
            }
        }
        return new Score(gold, predicted, hits, negatives);
    }

    private static boolean overlaps(Mention mention, JsonNode line) {
        return mention.start() < line.get("end").asInt() && line.get("start").asInt() < mention.end();
    }

    private static boolean sameValue(StatValue value, JsonNode line) {
        StatValue expected = ContractValues.value(line);
        if (value instanceof Fraction fraction && expected instanceof Fraction gold && !line.has("approx")) {
            return fraction.text().equals(gold.text());
        }
        if (value instanceof Range range && expected instanceof Range gold && !line.has("approx")) {
            return range.withApprox(gold.approx()).equals(gold);   // the contract's RANGE has no approx field
        }
        return value.equals(expected);
    }
}
