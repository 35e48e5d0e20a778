package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.value.Approx;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Direction;
import io.github.zhstat.value.Form;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ranges carry their approximation, magnitudes give one number, values travel serialized. */
class ValueModelTest {

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static List<Mention> reportMentions() throws IOException {
        List<Mention> mentions = new ArrayList<>();
        for (Path dir : List.of(ContractValues.seed(), ContractValues.dev())) {
            try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
                for (Path file : files.sorted().toList()) {
                    mentions.addAll(ZhStat.extract(Files.readString(file)));
                }
            }
        }
        return mentions;
    }

    @Test
    void readsTheApproximationOfARange() {
        assertThat(((Range) ZhStat.parse("约3至5万人")).approx()).isEqualTo(Approx.ABOUT);
        assertThat(((Range) ZhStat.parse("3至5万余人")).approx()).isEqualTo(Approx.MORE_THAN);
        assertThat(((Range) ZhStat.parse("3至5万人左右")).approx()).isEqualTo(Approx.ABOUT);
        assertThat(((Range) ZhStat.parse("3至5万人")).approx()).isEqualTo(Approx.EXACT);
        assertThat(MentionFields.of(ZhStat.parse("约3至5万人"))).containsEntry("approx", "ABOUT");
    }

    @Test
    void givesTheNumberOfEveryMagnitude() {
        assertThat(List.of("1400万余起", "3.22亿元", "19.17%", "20个百分点", "3.3倍")).map(ZhStat::parse)
                .map(v -> ((Magnitude) v).number()).containsExactly(new BigDecimal("14000000"),
                        new BigDecimal("322000000"), new BigDecimal("19.17"), new BigDecimal("20"), new BigDecimal("3.3"));
    }

    @Test
    void everyMentionOfTheReportsComesBackEqualFromItsSerialForm() throws Exception {
        List<Mention> mentions = reportMentions();

        assertThat(mentions).hasSizeGreaterThan(700);
        assertThat(deserialized(serialized(new ArrayList<>(mentions)))).isEqualTo(mentions);
    }

    @Test
    void emptyFieldsTravelAsNothing() throws Exception {
        List<StatValue> values = List.of(new Change(Direction.FLAT, Basis.YOY, Optional.empty(), Form.BY, Optional.empty()),
                new StatDate(OptionalInt.empty(), OptionalInt.of(11), OptionalInt.empty()),
                ZhStat.parse("两三个"), ZhStat.parse("约3至5万人"), ZhStat.parse("是去年同期的3倍"), ZhStat.parse("数万"));
        for (StatValue value : values) {
            byte[] bytes = serialized(value);

            assertThat(deserialized(bytes)).as("%s", value).isEqualTo(value);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("java.util.Optional");
        }
    }
}
