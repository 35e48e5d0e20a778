package io.github.zhstat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.ContractValues;
import io.github.zhstat.parse.Syntax;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.Change;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A long text extracted in parallel parts gives what it gives in one thread. */
class ParallelExtractTest {

    @Test
    void theCorpusInPartsGivesWhatItGivesWhole() throws IOException {
        String corpus = corpus();
        String text = corpus.repeat(ParallelCuts.MIN_CHARS * 3 / corpus.length() + 1);
        assertThat(ParallelCuts.of(text).size()).as("the text is cut")
                .isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), text.length() / ParallelCuts.MIN_CHARS + 1) + 1);
        assertThat(Extractor.extract(text)).isEqualTo(Extractor.extract(text, Syntax.get()));
    }

    @Test
    void cutsFallAfterSentenceEndsWhateverSurroundsThem() {
        SplittableRandom random = new SplittableRandom(5);
        String[] pieces = {"。", "同比上升", "3.5%", "，", "十", "万", "\n", "1、", "2019年", ".", "…", "是去年的3倍"};
        StringBuilder text = new StringBuilder();
        while (text.length() < ParallelCuts.MIN_CHARS * 2 + 10) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        List<Integer> cuts = ParallelCuts.of(text);
        for (int i = 1; i < cuts.size() - 1; i++) {
            assertThat(Syntax.isHardSentenceEnd(text.charAt(cuts.get(i) - 1))).isTrue();
        }
        assertThat(Extractor.extract(text)).isEqualTo(Extractor.extract(text, Syntax.get()));
    }

    /** A basis written with (下同) governs the changes after it, in every later part too. */
    @Test
    void aBasisThatStandsForTheTextCrossesTheCuts() {
        String filler = "全年共接待游客。";
        String text = "同比(下同)，营业收入增长5%。" + filler.repeat(ParallelCuts.MIN_CHARS * 2 / filler.length())
                + "利润增长3%。";
        List<io.github.zhstat.Mention> whole = Extractor.extract(text, Syntax.get());
        assertThat(ParallelCuts.of(text).size()).isGreaterThan(2);
        assertThat(whole.get(whole.size() - 1).value()).as("the basis stands at the end")
                .isInstanceOfSatisfying(Change.class, change -> assertThat(change.basis()).isEqualTo(Basis.YOY));
        assertThat(Extractor.extract(text)).isEqualTo(whole);
    }

    @Test
    void aLongTextWithNoSentenceEndIsOnePart() {
        String text = "十".repeat(ParallelCuts.MIN_CHARS * 2);
        assertThat(ParallelCuts.of(text)).containsExactly(0, text.length());
    }

    private static String corpus() {
        return String.join("", ContractValues.documents(ContractValues.seed()));
    }
}
