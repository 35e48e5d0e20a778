package io.github.zhstat.parse;

/**
 * The parser could not read an expression at this place. Thrown while scanning, where failing
 * is the common case, so it is one shared instance without a stack trace.
 */
final class NoMatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NoMatch INSTANCE = new NoMatch();

    private NoMatch() {
        super("no expression here", null, false, false);
    }
}
