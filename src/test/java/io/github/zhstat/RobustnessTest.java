package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.zhstat.value.Change;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: seeded random and mutated text, long and repetitive input, numbers out of
 * range. {@code extract} never throws and keeps its contract; {@code parse} returns a value or
 * throws {@link StatParseException} with an index inside the input.
 */
class RobustnessTest {
    /** Inputs per generator; four generators make 100,000 inputs a build. */
    private static final int INPUTS = 25_000;
    /** Chars the grammar cares about, so that random text often looks like a figure. */
    private static final String ALPHABET = "0123456789０１２３.,%％、，。；：;:-+~()（）“”\"·・ \n\t零〇一二两三四五六七八九十百千万亿兆"
            + "萬億兩個條處餘約點余多逾超近约以上下不足到至第居全国同比环较与相比上升下降增长减少提升增幅降幅为是的倍成分之半"
            + "起人次件名个家条张台处份元美港块年月日时分钟TBkgABCxyz数几届中全会大分别平均持平今去";
    private static List<String> sentences;

    @BeforeAll
    static void readCorpus() throws IOException {
        sentences = new ArrayList<>();
        for (String document : ContractValues.documents(ContractValues.seed())) {
            sentences.addAll(FuzzInputs.sentences(document));
        }
    }

    @Test
    void randomUnicodeBreaksNothing() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < INPUTS; i++) {
            checkContracts(FuzzInputs.randomUnicode(random));
        }
    }

    @Test
    void randomGrammarCharsBreakNothing() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < INPUTS; i++) {
            checkContracts(FuzzInputs.randomChars(random, ALPHABET));
        }
    }

    @Test
    void mutatedCorpusSentencesBreakNothing() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < INPUTS; i++) {
            checkContracts(FuzzInputs.mutated(random, sentences, ALPHABET));
        }
    }

    @Test
    void everyMentionOfTheCorpusReadsAloneAsInItsSentence() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < INPUTS; i++) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            for (Mention mention : ZhStat.extract(sentence)) {
                assertReadsAlone(mention);
            }
        }
    }

    /**
     * {@code parse(mention.text())} gives the mention's value, but where the value comes partly from
     * the sentence, as Mention documents: list members, and changes with a basis from earlier on.
     */
    private static void assertReadsAlone(Mention mention) {
        StatValue alone;
        try {
            alone = ZhStat.parse(mention.text());
        } catch (StatParseException e) {
            // 1、2亿元 is one range mention, but a list to parse
            assertThat(mention.value()).as(mention.text()).isInstanceOf(Range.class);
            return;
        }
        if (alone.equals(mention.value())) {
            return;
        }
        StatValue value = mention.value();
        boolean listMember = value instanceof Change change && change.magnitude().map(alone::equals).orElse(false);
        boolean carriedBasis = value instanceof Change change && alone instanceof Change read
                && read.basis() == io.github.zhstat.value.Basis.NONE
                && new Change(read.direction(), change.basis(), change.baseline(), read.form(), read.magnitude()).equals(change);
        boolean unitOfList = alone instanceof Quantity quantity && quantity.unit().isEmpty() && value instanceof Magnitude;
        boolean firstOfSpan = alone instanceof Quantity quantity && value instanceof io.github.zhstat.value.StatDate date
                && quantity.value().intValue() == date.year().orElse(date.month().orElse(-1));
        if (!listMember && !carriedBasis && !unitOfList && !firstOfSpan) {
            fail("%s reads as %s alone but as %s in its sentence", mention.text(), alone, value);
        }
    }

    private static void checkContracts(String text) {
        List<Mention> mentions = ZhStat.extract(text);
        int end = 0;
        for (Mention mention : mentions) {
            assertThat(mention.start()).as("sorted, not overlapping: %s in %s", mention, text).isGreaterThanOrEqualTo(end);
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            end = mention.end();
        }
        try {
            assertThat(ZhStat.parse(text)).isNotNull();
        } catch (StatParseException e) {
            assertThat(e.getErrorIndex()).isBetween(0, text.length());
            assertThat(e.getParsedText()).isEqualTo(text);
        }
    }

    @Test
    void readsHugeNumbersExactly() {
        assertThat(ZhStat.parse("9999999999999999999999万亿")).isEqualTo(
                Quantity.of("9999999999999999999999000000000000", null));
        String decimal = "0." + "3".repeat(499) + "7";
        assertThat(((Quantity) ZhStat.parse(decimal + "%".replace("%", "人"))).value()).isEqualTo(new BigDecimal(decimal));
        String digits = "7".repeat(1000);
        assertThat(((Quantity) ZhStat.parse(digits + "人")).value()).isEqualTo(new BigDecimal(digits));
    }

    @Test
    void refusesNumbersBeyondItsLimitsWithAnIndex() {
        String tooLong = "1".repeat(10_000);
        assertThatThrownBy(() -> ZhStat.parse(tooLong + "人")).isInstanceOfSatisfying(StatParseException.class,
                e -> assertThat(e.getErrorIndex()).isZero());
        assertThatThrownBy(() -> ZhStat.parse("一" + "万".repeat(50_000)))
                .isInstanceOf(StatParseException.class);
        assertThatThrownBy(() -> ZhStat.parse("一二三四五六七八九一二三四五六七八九一二三"))
                .isInstanceOf(StatParseException.class);
        assertThat(ZhStat.extract(tooLong + "人")).isEmpty();
    }

    @Test
    void survivesDeepRepetition() {
        for (String unit : List.of("万", "余", "分别", "同比上升", "1、", "“", "第", "十", "是", "比", "1+", "0.")) {
            String text = unit.repeat(200_000 / unit.length());
            checkContracts(text);
            checkContracts("3" + text + "人");
        }
    }

    @Test
    void readsALongLineWithoutPunctuationInFull() {
        String text = "全省共受理报警1400万余起日均接警3.9万余起".repeat(50_000);

        List<Mention> mentions = ZhStat.extract(text);

        assertThat(mentions).hasSize(100_000);
    }
}
