package io.github.zhstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.zhstat.ContractValues;
import io.github.zhstat.Mention;
import io.github.zhstat.MentionFields;
import io.github.zhstat.ZhStat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line writes exactly the library's contract view of each mention. */
class MentionJsonTest {
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

    @Test
    void writesTheContractViewOfEverySeedMention() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(ContractValues.seed().resolve("corpus"))) {
            files = list.sorted().toList();
        }
        List<Map<String, Object>> expected = new ArrayList<>();
        for (Path file : files) {
            for (Mention mention : ZhStat.extract(Files.readString(file))) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("doc", Main.docName(file.toString()));
                line.putAll(MentionFields.of(mention));
                expected.add(line);
            }
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(files.stream().map(Path::toString).toArray(String[]::new),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<Map<String, Object>> written = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            written.add(ContractValues.JSON.readValue(line, OBJECT));
        }

        assertThat(status).isZero();
        assertThat(expected).hasSizeGreaterThan(400);
        assertThat(written).isEqualTo(expected);
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i).keySet()).containsExactlyElementsOf(expected.get(i).keySet());
        }
    }
}
