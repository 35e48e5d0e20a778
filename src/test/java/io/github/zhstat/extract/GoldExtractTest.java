package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.ContractValues;
import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction over the seed corpus against its gold, scored as src/test/scripts/score does:
 * a hit overlaps a required gold mention and carries its value; optional gold costs nothing;
 * anything over a negative gold line is a false positive.
 */
class GoldExtractTest {

    private record Score(int gold, int predicted, int hits, int negatives) {
        double f1() {
            double precision = hits / (double) predicted;
            double recall = hits / (double) gold;
            return 2 * precision * recall / (precision + recall);
        }
    }

    @Test
    void reachesTheAccuracyTheReadmeStates() throws IOException {
        int gold = 0;
        int predicted = 0;
        int hits = 0;
        int negatives = 0;
        List<String> misses = new ArrayList<>();
        try (Stream<Path> files = Files.list(ContractValues.seed().resolve("gold"))) {
            for (Path goldFile : files.sorted().toList()) {
                String name = goldFile.getFileName().toString().replace(".jsonl", "");
                String text = Files.readString(ContractValues.seed().resolve("corpus/" + name + ".txt"), StandardCharsets.UTF_8);
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
        Score score = new Score(gold, predicted, hits, negatives);

        assertThat(score.negatives()).as("mentions over negative gold lines").isZero();
        assertThat(score.f1()).as("end-to-end F1; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean overlaps(Mention mention, JsonNode line) {
        return mention.start() < line.get("end").asInt() && line.get("start").asInt() < mention.end();
    }

    private static boolean sameValue(StatValue value, JsonNode line) {
        StatValue expected = ContractValues.value(line);
        if (value instanceof Fraction fraction && expected instanceof Fraction gold && !line.has("approx")) {
            return fraction.text().equals(gold.text());
        }
        return value.equals(expected);
    }
}
