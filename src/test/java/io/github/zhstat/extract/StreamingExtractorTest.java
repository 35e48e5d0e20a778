package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhstat.ContractValues;
import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Streaming gives exactly what {@code extract} gives on the whole text, wherever the reads end. */
class StreamingExtractorTest {

    /** Hands out the text in reads of at most {@code size} chars, the first one {@code first} long. */
    private static final class PieceReader extends Reader {
        private final String text;
        private final int first;
        private final int size;
        private int at;

        PieceReader(String text, int first, int size) {
            this.text = text;
            this.first = first;
            this.size = size;
        }

        @Override
        public int read(char[] into, int off, int len) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, at == 0 && first > 0 ? first : size), text.length() - at);
            text.getChars(at, at + n, into, off);
            at += n;
            return n;
        }

        @Override
        public void close() {}
    }

    private static List<Mention> streamed(Reader reader, int chunk) {
        List<Mention> mentions = new ArrayList<>();
        try {
            StreamingExtractor.extract(reader, mentions::add, chunk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mentions;
    }

    private static List<String> reports() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(ContractValues.seed(), ContractValues.dev())) {
            try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
                for (Path file : files.sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }

    @Test
    void givesWhatExtractGivesForReadsOfEverySmallSize() throws IOException {
        for (String text : reports()) {
            List<Mention> whole = ZhStat.extract(text);
            for (int size = 1; size <= 70; size++) {
                assertThat(streamed(new PieceReader(text, 0, size), StreamingExtractor.CHUNK)).as("reads of %s", size)
                        .isEqualTo(whole);
                assertThat(streamed(new StringReader(text), size)).as("chunks of %s", size).isEqualTo(whole);
            }
            for (int chunk : new int[] {7, 100, 1000, StreamingExtractor.CHUNK}) {
                assertThat(streamed(new PieceReader(text, 0, 8192), chunk)).as("chunk %s", chunk).isEqualTo(whole);
            }
        }
    }

    @Test
    void givesWhatExtractGivesWhereverTheFirstReadEnds() throws IOException {
        List<String> reports = reports();
        for (String text : reports) {
            List<Mention> whole = ZhStat.extract(text);
            int step = text.length() < 600 ? 1 : text.length() / 150;
            for (int first = 1; first < text.length(); first += step) {
                assertThat(streamed(new PieceReader(text, first, 1 << 20), 1)).as("first read %s", first)
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void readsSentencesLongerThanTheBufferAndLongerThanAPiece() {
        String run = "同比上升19.17%，挽回损失3.22亿元 1.5 ".repeat(3000) + "。" + " ".repeat(100_000) + "2019年";
        List<Mention> whole = ZhStat.extract(run);

        assertThat(whole).hasSizeGreaterThan(6000);
        assertThat(streamed(new PieceReader(run, 0, 1), 1)).isEqualTo(whole);
        assertThat(streamed(new StringReader(run), 100)).isEqualTo(whole);
    }

    @Test
    void carriesABasisFromSentenceToSentence() {
        String text = "全年地区生产总值比上年增长7%(下同)。工业增加值增长5%。利润总额增长3%。";
        List<Mention> whole = ZhStat.extract(text);

        assertThat(whole.get(whole.size() - 1).value().toString()).contains("EXPLICIT");
        for (int chunk = 1; chunk < text.length(); chunk++) {
            assertThat(streamed(new StringReader(text), chunk)).isEqualTo(whole);
        }
    }

    @Test
    void judgesTheScriptOnTheSameStartAsExtract() {
        String traditional = "去(111)年詐騙案件減少3成2，財損銳減6成2。至112年8月共破獲120件。\n";
        String simplified = "今年诈骗案件减少3成，全市破获案件120件。\n";
        for (String text : List.of(traditional.repeat(3000), simplified.repeat(4000) + traditional.repeat(100),
                traditional.repeat(100) + simplified.repeat(4000) + traditional)) {
            List<Mention> whole = ZhStat.extract(text);
            assertThat(streamed(new StringReader(text), 1)).isEqualTo(whole);
            assertThat(streamed(new PieceReader(text, 0, 333), 100)).isEqualTo(whole);
        }
        assertThat(ZhStat.extract(traditional)).extracting(m -> m.value().toString()).contains("StatDate[2023]");
    }

    @Test
    void cutsNoNumberAtAReadBoundary() {
        String text = "立案1.5万起.增长3.2%.共1,234,567人。";
        List<Mention> whole = ZhStat.extract(text);
        for (int first = 1; first < text.length(); first++) {
            assertThat(streamed(new PieceReader(text, first, 1), 1)).isEqualTo(whole);
        }
    }

    @Test
    void streamsThroughTheFacadeAndPassesOnTheReadersFailure() throws IOException {
        String text = reports().get(0);
        List<Mention> consumed = new ArrayList<>();
        ZhStat.extract(new StringReader(text), consumed::add);
        Reader failing = new Reader() {
            @Override
            public int read(char[] into, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {}
        };

        assertThat(consumed).isEqualTo(ZhStat.extract(text));
        assertThat(streamed(new StringReader(""), 1)).isEmpty();
        assertThatThrownBy(() -> ZhStat.extract(failing, consumed::add)).isInstanceOf(IOException.class)
                .hasMessage("disk on fire");
    }
}
