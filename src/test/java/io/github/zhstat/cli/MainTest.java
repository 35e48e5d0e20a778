package io.github.zhstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhstat.ContractValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        List<JsonNode> json() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(ContractValues.JSON.readTree(line));
                }
            }
            return lines;
        }
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void printsOneContractObjectPerMentionFromStandardInput() throws IOException {
        Run run = run("同比分别下降15%、62%");

        assertThat(run.status()).isZero();
        List<JsonNode> lines = run.json();
        assertThat(lines).hasSize(2);
        JsonNode second = lines.get(1);
        assertThat(second.get("doc").asText()).isEqualTo("stdin");
        assertThat(second.get("start").asInt()).isEqualTo(10);
        assertThat(second.get("end").asInt()).isEqualTo(13);
        assertThat(second.get("text").asText()).isEqualTo("62%");
        assertThat(second.get("kind").asText()).isEqualTo("CHANGE");
        assertThat(second.get("direction").asText()).isEqualTo("DOWN");
        assertThat(second.get("basis").asText()).isEqualTo("YOY");
        assertThat(second.get("baseline").isNull()).isTrue();
        assertThat(second.get("form").asText()).isEqualTo("BY");
        assertThat(second.get("magnitude").get("kind").asText()).isEqualTo("PERCENT");
        assertThat(second.get("magnitude").get("value").asText()).isEqualTo("62");
    }

    @Test
    void writesValuesAsPlainDecimals() throws IOException {
        JsonNode money = run("挽回损失3.22亿元", "-").json().get(0);

        assertThat(money.get("value").asText()).isEqualTo("322000000");
        assertThat(money.get("unit").asText()).isEqualTo("CNY");
        assertThat(money.get("approx").asText()).isEqualTo("EXACT");
    }

    @Test
    void namesEachDocumentAfterItsFileAndGoesOnAfterABadFile() throws IOException {
        Path first = Files.writeString(dir.resolve("one.txt"), "立案2826起");
        Path second = Files.writeString(dir.resolve("two.txt"), "2019年");

        Run run = run("", first.toString(), dir.resolve("missing.txt").toString(), second.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("missing.txt").contains("no such file");
        assertThat(run.json()).extracting(n -> n.get("doc").asText()).containsExactly("one", "two");
    }

    @Test
    void refusesInvalidUtf8WithAMessage() {
        Run run = run(new byte[] {(byte) 0xff, (byte) 0xfe, '1'}, "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("not valid UTF-8");
    }

    @Test
    void readsADirectoryAsAnError() {
        Run run = run("", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read");
    }

    @Test
    void readsAnEmptyFileAsNoMentions() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Run run = run("", empty.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsATableForPeople() {
        Run run = run("同比上升19.17%", "--format", "table");

        assertThat(run.out()).contains("stdin").contains("同比上升19.17%").contains("19.17");
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void documentsItselfAndItsExitCodes() {
        Run help = run("", "--help");
        Run version = run("", "--version");
        Run wrong = run("", "--no-such-option");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--format").contains("Exit status");
        assertThat(version.out()).startsWith("zhstat ");
        assertThat(wrong.status()).isEqualTo(2);
    }
}
