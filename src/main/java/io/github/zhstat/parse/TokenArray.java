package io.github.zhstat.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The default-channel tokens of a text, as a {@link TokenStream} the parser can start
 * reading at any token and that ends (reports EOF) at a chosen limit.
 *
 * <p>Not thread-safe: one per thread, reused.
 */
public final class TokenArray implements TokenStream {
    private Token[] tokens = new Token[256];
    private int size;
    private int index;
    private int limit;
    private final CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
    private TokenSource source;

    /** Empties the array; tokens added next come from {@code source}. */
    public void clear(TokenSource source) {
        Arrays.fill(tokens, 0, size, null);
        this.source = source;
        size = 0;
        index = 0;
        limit = 0;
    }

    /** Appends a token. */
    public void add(Token token) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        ((WritableToken) token).setTokenIndex(size);
        tokens[size++] = token;
        limit = size;
    }

    /** Sets the end of the text: EOF is reported at {@code endIndex}. */
    public void endAt(int endIndex) {
        eof.setStartIndex(endIndex);
        eof.setStopIndex(endIndex - 1);
        eof.setTokenIndex(size);
    }

    /** Returns how many tokens there are. */
    public int size() {
        return size;
    }

    /** Returns token {@code i}. */
    @Override
    public Token get(int i) {
        return tokens[i];
    }

    /** Reads from token {@code start}, with EOF reported at token {@code limit}. */
    public TokenArray window(int start, int limit) {
        this.index = start;
        this.limit = Math.min(limit, size);
        return this;
    }

    /** Returns the index of the next token to read. */
    @Override
    public int index() {
        return index;
    }

    @Override
    public Token LT(int k) {
        int at = k > 0 ? index + k - 1 : index + k;
        if (k == 0 || at < 0) {
            return null;
        }
        return at < limit ? tokens[at] : eof;
    }

    @Override
    public int LA(int i) {
        Token token = LT(i);
        return token == null ? 0 : token.getType();
    }

    @Override
    public void consume() {
        if (index >= limit) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing is buffered
    }

    @Override
    public void seek(int index) {
        this.index = Math.min(index, limit);
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, interval.a); i <= interval.b && i < limit; i++) {
            text.append(tokens[i].getText());
        }
        return text.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, limit - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return ctx.getText();
    }

    @Override
    public String getText(Token start, Token stop) {
        return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    @Override
    public String getSourceName() {
        return UNKNOWN_SOURCE_NAME;
    }
}
