package io.github.zhstat;

import io.github.zhstat.value.StatValue;
import java.util.Objects;

/**
 * A figure found in a text: where it is and what it says.
 *
 * <p>{@code start} and {@code end} are UTF-16 indices into the text given to
 * {@link ZhStat#extract}, exactly as {@link String#substring(int, int)} takes them, and
 * {@code text} is that substring. A member of a distributive list ({@code 同比分别下降15%、62%})
 * spans only its own figure ({@code 62%}) but carries the whole reading (a {@code Change}).
 * So a value may depend on its sentence: list members take the change or the unit of their list
 * ({@code 1、3、5分钟}), the first date of a span is a date ({@code 2020} of {@code 2020—2022年}, {@code 1} of {@code 1至11月}),
 * and a change may take a basis written before a comma
 * ({@code 同比2018年，平均降幅超17%}); {@link ZhStat#parse} of the text alone reads only the text.
 * This class is immutable, thread-safe and serializable.
 *
 * @param start index of the first char, at least 0
 * @param end index after the last char, above {@code start}
 * @param text the text of the mention, never null
 * @param value what the mention says, never null
 */
public record Mention(int start, int end, String text, StatValue value) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param start index of the first char, at least 0
     * @param end index after the last char, above {@code start}
     * @param text the text of the mention, not null
     * @param value what the mention says, not null
     * @throws NullPointerException if {@code text} or {@code value} is null
     * @throws IllegalArgumentException if {@code start} is negative, {@code end} not above
     *     it, or {@code text} not {@code end - start} chars long
     */
    public Mention {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }
}
