package io.github.zhstat;

import io.github.zhstat.extract.Extractor;
import io.github.zhstat.extract.StreamingExtractor;
import io.github.zhstat.parse.StrictParser;
import io.github.zhstat.value.StatValue;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the statistical figures of Chinese text.
 *
 * <pre>{@code
 * StatValue v = ZhStat.parse("同比上升19.17%");      // Change[UP, YOY, BY, Percent 19.17]
 * for (Mention m : ZhStat.extract(report)) {
 *     System.out.println(m.start() + " " + m.text() + " " + m.value());
 * }
 * }</pre>
 *
 * <p>Both methods are thread-safe and keep no state between calls that changes their result.
 */
public final class ZhStat {
    private ZhStat() {}

    /**
     * Reads one whole expression, such as {@code 1400万余起}, {@code 同比上升19.17%} or
     * {@code 居全国第二}, simplified or traditional, with half- or full-width digits.
     *
     * @param text the expression, not null; surrounding spaces are allowed
     * @return its value, never null
     * @throws StatParseException if the text is not exactly one expression; its error index
     *     is where the text stops making sense
     * @throws NullPointerException if {@code text} is null
     */
    public static StatValue parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        return StrictParser.parse(text);
    }

    /**
     * Finds every figure of a text, in order: counts, money, percentages, changes, ranges,
     * ordinals, fractions and dates. Numbers that name things (hotlines such as 110, case
     * codes such as “7·02”, code names such as G20, meetings such as 十九届四中全会) are left out.
     *
     * <p>Never throws for a non-null text, whatever it holds; time grows linearly with its length.
     *
     * @param text the text, not null
     * @return the mentions, sorted by start, not overlapping; immutable, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static List<Mention> extract(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        return Extractor.extract(text);
    }

    /**
     * Finds every figure of a text read from {@code reader}, handing each to {@code action} as
     * soon as its sentence has been read. The mentions, their offsets into the whole text and
     * their order are those of {@link #extract(CharSequence)} on the whole text. Memory grows
     * with the longest sentence, not with the text (a run of over four million chars with no
     * sentence end is cut). The reader is read to its end, not closed.
     *
     * <pre>{@code
     * try (Reader text = Files.newBufferedReader(path, Charset.forName("GB18030"))) {
     *     ZhStat.extract(text, mention -> System.out.println(mention));
     * }
     * }</pre>
     *
     * @param reader the text, not null; it is read in blocks of 64K chars, so it needs no buffer
     * @param action takes the mentions in order, not null; what it throws ends the reading
     * @throws IOException if the reader throws, or the text is longer than
     *     {@link Integer#MAX_VALUE} chars (offsets are ints)
     * @throws NullPointerException if an argument is null
     */
    public static void extract(Reader reader, Consumer<? super Mention> action) throws IOException {
        StreamingExtractor.extract(reader, action);
    }
}
