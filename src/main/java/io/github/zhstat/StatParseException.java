package io.github.zhstat;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Thrown by {@link ZhStat#parse} when the input is not one whole statistical expression.
 *
 * <p>Like {@link java.time.format.DateTimeParseException}, it carries the text and the
 * UTF-16 index where the text stops making sense: the first char that could not be read,
 * the first char of a number that is not well formed, or the start of text left over after
 * a complete expression. The index is within {@code [0, text.length()]}; it equals the length
 * when the text ends too early.
 */
public final class StatParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The input that was parsed. */
    private final String parsedText;
    /** The UTF-16 index where the input stops making sense. */
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param message the reason, not null
     * @param parsedText the input, not null
     * @param errorIndex the UTF-16 index of the problem, within the input or at its end
     */
    public StatParseException(String message, CharSequence parsedText, int errorIndex) {
        super(Objects.requireNonNull(message, "message must not be null") + " at index " + errorIndex
                + " in \"" + Objects.requireNonNull(parsedText, "parsedText must not be null") + "\"");
        checkArgument(errorIndex >= 0 && errorIndex <= parsedText.length(), "errorIndex %s is outside the text", errorIndex);
        this.parsedText = parsedText.toString();
        this.errorIndex = errorIndex;
    }

    /** {@return the text that was parsed, never null} */
    public String getParsedText() {
        return parsedText;
    }

    /** {@return the UTF-16 index where the text stops making sense} */
    public int getErrorIndex() {
        return errorIndex;
    }
}
