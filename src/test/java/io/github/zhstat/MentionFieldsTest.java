package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.zhstat.value.Kind;
import io.github.zhstat.value.StatValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MentionFieldsTest {

    @Test
    void viewsAChangeWithItsMagnitude() {
        Map<String, Object> fields = MentionFields.of(ZhStat.parse("同比上升19.17%"));

        assertThat(fields).containsOnlyKeys("kind", "direction", "basis", "baseline", "form", "magnitude");
        assertThat(fields).containsEntry("kind", "CHANGE").containsEntry("direction", "UP")
                .containsEntry("basis", "YOY").containsEntry("baseline", null).containsEntry("form", "BY");
        @SuppressWarnings("unchecked")
        Map<String, Object> magnitude = (Map<String, Object>) fields.get("magnitude");
        assertThat(magnitude).containsExactly(entry("kind", "PERCENT"),
                entry("value", "19.17"), entry("unit", null), entry("approx", "EXACT"));
    }

    @Test
    void viewsAMentionWithItsSpan() {
        Mention mention = ZhStat.extract("立案2826起").get(0);

        assertThat(MentionFields.of(mention)).containsExactly(entry("start", 2), entry("end", 7), entry("text", "2826起"),
                entry("kind", "QUANTITY"), entry("value", "2826"), entry("unit", "起"), entry("approx", "EXACT"));
    }

    @Test
    void holdsExactlyTheFieldsOfEachKindInOrder() throws Exception {
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        try (Stream<Path> files = Files.list(ContractValues.seed().resolve("corpus"))) {
            for (Path file : files.toList()) {
                for (Mention mention : ZhStat.extract(Files.readString(file))) {
                    StatValue value = mention.value();
                    seen.add(value.kind());
                    assertThat(MentionFields.of(value).keySet()).containsExactlyElementsOf(
                            MentionField.of(value.kind()).stream().map(MentionField::key).toList());
                    Object magnitude = MentionFields.of(value).get("magnitude");
                    if (magnitude != null) {
                        assertThat(((Map<?, ?>) magnitude).keySet()).map(Object::toString).containsExactlyElementsOf(
                                MentionField.magnitudeFields().stream().map(MentionField::key).toList());
                    }
                }
            }
        }
        assertThat(seen).contains(Kind.CHANGE, Kind.QUANTITY, Kind.MONEY, Kind.PERCENT, Kind.DATE);
    }

    @Test
    void describesEachFieldsType() {
        assertThat(MentionField.START.type()).isEqualTo(Integer.class);
        assertThat(MentionField.MAGNITUDE.type()).isEqualTo(Map.class);
        assertThat(MentionField.KIND_OF_BOUNDS.key()).isEqualTo("kind_of_bounds");
        assertThat(MentionField.of(Kind.RANGE)).extracting(MentionField::key)
                .containsExactly("kind", "low", "high", "unit", "approx", "kind_of_bounds");
    }
}
