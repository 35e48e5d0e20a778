package io.github.zhstat.parse;

/**
 * A figure that the grammar accepts in shape but not in value ({@code 十十}, {@code 13月},
 * {@code 5至3人}); carries the UTF-16 index of the offending token. Internal: {@code parse}
 * turns it into a {@link io.github.zhstat.StatParseException}, {@code extract} into no mention.
 */
public final class InvalidFigureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int index;

    InvalidFigureException(int index, String message) {
        super(message, null, false, false);
        this.index = index;
    }

    /** Returns the UTF-16 index in the input where the figure goes wrong. */
    public int index() {
        return index;
    }
}
