package io.github.zhstat.parse;

import io.github.zhstat.StatParseException;
import io.github.zhstat.internal.grammar.ZhStatParser;
import io.github.zhstat.internal.grammar.ZhStatParser.StandaloneValueContext;
import io.github.zhstat.value.StatValue;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * {@code ZhStat.parse}: one whole expression or a {@link StatParseException}. Tries SLL
 * prediction first, which decides almost every input, and LL only when SLL fails, to tell a
 * real error from an SLL weakness and to find its index (as Trino's parser does).
 */
public final class StrictParser {
    private StrictParser() {}

    public static StatValue parse(CharSequence text) {
        return parse(text, Syntax.get());
    }

    /** Parses with {@code syntax}: {@link Syntax#get()}, or the reference path in tests. */
    public static StatValue parse(CharSequence text, Syntax syntax) {
        TokenArray tokens = syntax.lex(text);
        try {
            StandaloneValueContext tree = syntax.standaloneValue();
            if (tree == null) {
                tree = parseReportingErrors(syntax, text, tokens.size());
            }
            return ValueBuilder.value(tree.value());
        } catch (InvalidFigureException e) {
            throw new StatParseException(e.getMessage(), text, e.index());
        } finally {
            syntax.release();
        }
    }

    private static StandaloneValueContext parseReportingErrors(Syntax syntax, CharSequence text, int size) {
        ZhStatParser parser = syntax.parser(0, size, false);
        FirstError first = new FirstError();
        parser.addErrorListener(first);
        try {
            StandaloneValueContext tree = parser.standaloneValue();
            if (first.token == null) {
                return tree;
            }
        } finally {
            parser.removeErrorListeners();
        }
        boolean atEnd = first.token.getType() == Token.EOF;
        int index = atEnd ? text.length() : first.token.getStartIndex();
        boolean leftover = !atEnd && first.expectsEnd;
        throw new StatParseException(atEnd ? "text ended too early" : leftover ? "unparsed text found" : "could not be parsed",
                text, Math.min(index, text.length()));
    }

    private static final class FirstError extends BaseErrorListener {
        Token token;
        boolean expectsEnd;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            if (token == null) {
                token = (Token) offendingSymbol;
                expectsEnd = msg != null && msg.contains("expecting <EOF>");
            }
        }
    }
}
