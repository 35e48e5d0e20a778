package io.github.zhstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.ContractValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs in the encodings of Chinese text, names of documents, the table. */
class InputsTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String report(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve("corpus").resolve(name));
    }

    /** The text as the charset can write it: the few chars it has no code for are left out. */
    private static String writable(String text, Charset charset) {
        var encoder = charset.newEncoder();
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> encoder.canEncode(Character.toString(c))).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(Files.createDirectories(dir.resolve(charset.name())).resolve(name), text.getBytes(charset));
    }

    @Test
    void readsGbkAndBig5WithTheEncodingOption() throws IOException {
        String simplified = writable(report(ContractValues.seed(), "000_e0f65cd25440ed38.txt"), GBK);
        String traditional = writable(report(ContractValues.dev(), "h01_hk-police-2019.txt"), BIG5);
        for (var sample : List.of(new Object[] {simplified, GBK, "GBK"}, new Object[] {traditional, BIG5, "big5"},
                new Object[] {simplified, Charset.forName("GB18030"), "GB18030"},
                new Object[] {traditional, StandardCharsets.UTF_16, "UTF-16"})) {
            String text = (String) sample[0];
            Path utf8 = write("doc.txt", text, StandardCharsets.UTF_8);
            Path other = write("doc.txt", text, (Charset) sample[1]);

            Run expected = run(utf8.toString());
            Run read = run("-e", (String) sample[2], other.toString());

            assertThat(read.status()).as("%s", sample[2]).isZero();
            assertThat(expected.out().lines().count()).isGreaterThan(20);
            assertThat(read.out()).as("%s", sample[2]).isEqualTo(expected.out());
        }
    }

    @Test
    void namesTheLikelyEncodingOfAFileThatIsNotUtf8() throws IOException {
        String simplified = writable(report(ContractValues.seed(), "001_11c047fb40f120c0.txt"), GBK);
        String traditional = writable(report(ContractValues.dev(), "h03_hk-crime-2024.txt"), BIG5);

        Run gbk = run(write("gbk.txt", simplified, GBK).toString());
        Run big5 = run(write("big5.txt", traditional, BIG5).toString());
        Run utf16 = run(write("utf16.txt", traditional, StandardCharsets.UTF_16LE).toString());

        assertThat(gbk.status()).isEqualTo(1);
        assertThat(gbk.out()).isEmpty();
        assertThat(gbk.err()).contains("not valid UTF-8").contains("try --encoding GB18030");
        assertThat(big5.err()).contains("not valid UTF-8").contains("try --encoding Big5");
        assertThat(utf16.err()).contains("not valid UTF-8").contains("try --encoding UTF-16LE");
    }

    @Test
    void refusesAnUnknownEncoding() {
        assertThat(run("-e", "no-such-charset", "x.txt").status()).isEqualTo(2);
    }

    @Test
    void tellsFilesOfTheSameNameApartByPath() throws IOException {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("report.txt"), "立案2826起");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("report.md"), "2019年");

        Run byName = run(a.toString(), b.toString());
        Run byPath = run("--doc-name", "path", a.toString(), b.toString());

        assertThat(byName.out()).contains("\"doc\":\"report\"");
        assertThat(byName.err()).contains("--doc-name path");
        assertThat(byPath.err()).isEmpty();
        assertThat(byPath.out()).contains("\"doc\":" + ContractValues.JSON.writeValueAsString(a.toString()))
                .contains("\"doc\":" + ContractValues.JSON.writeValueAsString(b.toString()));
    }

    @Test
    void alignsTheTableByDisplayWidthAcrossFiles() throws IOException {
        Path first = Files.writeString(dir.resolve("short.txt"), "立案2826起，同比上升19.17%。");
        Path second = Files.writeString(dir.resolve("a-much-longer-name.txt"), "挽回经济损失3.22亿元，1400万余起");

        List<String> lines = run("--format", "table", first.toString(), second.toString()).out().lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("doc").contains("start").contains("text").endsWith("value");
        int valueColumn = columnOf(lines.get(0), "value");
        for (String line : lines.subList(1, lines.size())) {
            int at = Math.max(line.indexOf("Quantity"), Math.max(line.indexOf("Change"), line.indexOf("Money")));
            assertThat(TableFormat.displayWidth(line.substring(0, at))).as(line).isEqualTo(valueColumn);
        }
    }

    private static int columnOf(String line, String word) {
        return TableFormat.displayWidth(line.substring(0, line.indexOf(word)));
    }
}
