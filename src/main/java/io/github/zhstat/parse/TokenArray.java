package io.github.zhstat.parse;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The default-channel tokens of a text as int arrays (type, start, stop), as a
 * {@link TokenStream} the parser can start reading at any token and that ends (reports EOF)
 * at a chosen limit.
 *
 * <p>The {@link Token}s the parser asks for are views, one per place relative to where the
 * parse started ({@link #window}), reused by every parse: a parse tree reads the tokens of
 * whatever window is current, so a tree of one place can be read at another place with the
 * same token types ({@link ShapeCache}). The array remembers the furthest token a parse looked
 * at, EOF included, which is all that parse depended on.
 *
 * <p>Not thread-safe: one per thread, reused.
 */
public final class TokenArray implements TokenStream {
    /** Views kept for places before the start of a parse: the parser asks for the one before. */
    private static final int BEHIND = 2;
    private static final int KEEP_VIEWS = 4096;

    private int[] types = new int[256];
    private int[] starts = new int[256];
    private int[] stops = new int[256];
    private int size;
    private int index;
    private int limit;
    private int base;
    private int furthest;
    private int eofStart;
    private int eofTokenIndex;
    private CharSequence text = "";
    private View[] views = new View[64];
    private final Source source = new Source();
    private char[] buffer = new char[32];
    /** Texts of at most this many chars are kept. */
    private static final int KEPT_CHARS = 4;
    private final String[] kept = new String[512];

    /** Empties the array; tokens added next are tokens of {@code text}. */
    public void clear(CharSequence text) {
        this.text = text;
        size = 0;
        index = 0;
        limit = 0;
        base = 0;
        if (views.length > KEEP_VIEWS) {
            views = new View[64];
        }
    }

    /** Appends a token of the text. */
    public void add(int type, int start, int stop) {
        if (size == types.length) {
            types = Arrays.copyOf(types, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            stops = Arrays.copyOf(stops, size * 2);
        }
        types[size] = type;
        starts[size] = start;
        stops[size] = stop;
        size++;
        limit = size;
    }

    /** Appends a token of the text. */
    public void add(Token token) {
        add(token.getType(), token.getStartIndex(), token.getStopIndex());
    }

    /** Sets the end of the text: EOF is reported at {@code endIndex}. */
    public void endAt(int endIndex) {
        eofStart = endIndex;
        eofTokenIndex = size;
    }

    /** Returns how many tokens there are. */
    public int size() {
        return size;
    }

    /** Returns the type of token {@code i}. */
    public int type(int i) {
        return types[i];
    }

    /** Returns the type of token {@code i} as the parser sees it: EOF at or after the limit of the window. */
    int typeInWindow(int i) {
        return i < limit ? types[i] : Token.EOF;
    }

    /** Returns the offset of the first char of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** Returns the offset of the last char of token {@code i}. */
    public int stop(int i) {
        return stops[i];
    }

    /** Returns the furthest token the parser looked at since {@link #window}; at most the limit. */
    int furthest() {
        return furthest;
    }

    /** Returns the limit of the window: where EOF is. */
    int limit() {
        return limit;
    }

    /** Returns token {@code i}. */
    @Override
    public Token get(int i) {
        if (i > furthest) {
            furthest = Math.min(i, limit);
        }
        return view(i);
    }

    /** Reads from token {@code start}, with EOF reported at token {@code limit}. */
    public TokenArray window(int start, int limit) {
        this.index = start;
        this.base = start;
        this.furthest = start - 1;
        this.limit = Math.min(limit, size);
        return this;
    }

    /** Moves to the end of a parse that ended before token {@code index}, as if it had run. */
    void skipTo(int index) {
        this.index = index;
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
        if (at > furthest) {
            furthest = Math.min(at, limit);
        }
        return view(at);
    }

    @Override
    public int LA(int i) {
        int at = i > 0 ? index + i - 1 : index + i;
        if (i == 0 || at < 0) {
            return 0;
        }
        if (at > furthest) {
            furthest = Math.min(at, limit);
        }
        return at < limit ? types[at] : Token.EOF;
    }

    private View view(int at) {
        int slot = at - base + BEHIND;
        if (slot < 0) {
            return new View(at - base);
        }
        if (slot >= views.length) {
            views = Arrays.copyOf(views, Math.max(views.length * 2, slot + 1));
        }
        View view = views[slot];
        if (view == null) {
            view = new View(at - base);
            views[slot] = view;
        }
        return view;
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
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, interval.a); i <= interval.b && i < limit; i++) {
            out.append(folded(starts[i], stops[i] + 1));
        }
        return out.toString();
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

    /** Folds {@code text[start, start + length)} into the buffer, grown to fit, and returns it. */
    private char[] fold(int start, int length) {
        if (length > buffer.length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            buffer[i] = CharFolding.fold(text.charAt(start + i));
        }
        return buffer;
    }

    /**
     * Returns {@code text[start, end)} folded. Short texts (units, measure words, words) come back
     * again and again, so the last string made for each is kept in a small table and given again.
     */
    private String folded(int start, int end) {
        int length = end - start;
        char[] chars = fold(start, length);
        if (length > KEPT_CHARS) {
            return new String(chars, 0, length);
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ hash >>> 9) & (kept.length - 1);
        String known = kept[slot];
        if (!isBuffered(known, length)) {
            known = new String(chars, 0, length);
            kept[slot] = known;
        }
        return known;
    }

    /**
     * Returns the folded chars of {@code token}, its first {@code getStopIndex() - getStartIndex() + 1},
     * in a buffer of its array that the next call reuses: no string is made. Null for a token that
     * is no text of an array (EOF, or a token made up).
     */
    static char[] foldedChars(Token token) {
        return token instanceof TokenArray.View view ? view.foldedChars() : null;
    }

    /** Returns whether {@code known} is the first {@code length} chars of the buffer. */
    private boolean isBuffered(String known, int length) {
        if (known == null || known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the tokens from {@code first} to {@code last}, both tokens of an array, as a list
     * read from the array while its window stays; null for tokens of another kind.
     */
    static List<Token> between(Token first, Token last) {
        if (!(first instanceof TokenArray.View from) || !(last instanceof TokenArray.View to) || from.array() != to.array()) {
            return null;
        }
        TokenArray array = from.array();
        int start = from.getTokenIndex();
        int size = to.getTokenIndex() - start + 1;
        return new AbstractList<>() {
            @Override
            public Token get(int i) {
                Objects.checkIndex(i, size);
                return array.view(start + i);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The token at a place relative to the start of the current window; EOF at its limit. */
    private final class View implements Token {
        private final int offset;

        View(int offset) {
            this.offset = offset;
        }

        private int at() {
            return base + offset;
        }

        @Override
        public int getType() {
            return typeInWindow(at());
        }

        @Override
        public String getText() {
            int at = at();
            return at < limit ? folded(starts[at], stops[at] + 1) : "<EOF>";
        }

        TokenArray array() {
            return TokenArray.this;
        }

        char[] foldedChars() {
            int at = at();
            return at < limit ? fold(starts[at], stops[at] + 1 - starts[at]) : null;
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getCharPositionInLine() {
            return -1;
        }

        @Override
        public int getChannel() {
            return DEFAULT_CHANNEL;
        }

        @Override
        public int getTokenIndex() {
            int at = at();
            return at < limit ? at : eofTokenIndex;
        }

        @Override
        public int getStartIndex() {
            int at = at();
            return at < limit ? starts[at] : eofStart;
        }

        @Override
        public int getStopIndex() {
            int at = at();
            return at < limit ? stops[at] : eofStart - 1;
        }

        @Override
        public TokenSource getTokenSource() {
            return source;
        }

        @Override
        public CharStream getInputStream() {
            return source.getInputStream();
        }

        @Override
        public String toString() {
            return "[@" + getTokenIndex() + "," + getStartIndex() + ":" + getStopIndex() + "='" + getText() + "',<" + getType() + ">]";
        }
    }

    /** What error recovery asks of a token source: a factory for the tokens it makes up. */
    private final class Source implements TokenSource {
        @Override
        public Token nextToken() {
            throw new UnsupportedOperationException("the tokens are in the array");
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getCharPositionInLine() {
            return -1;
        }

        @Override
        public CharStream getInputStream() {
            return new FoldedCharStream().reset(text, 0, text.length());
        }

        @Override
        public String getSourceName() {
            return UNKNOWN_SOURCE_NAME;
        }

        @Override
        public void setTokenFactory(TokenFactory<?> factory) {
            // tokens are not made here
        }

        @Override
        public TokenFactory<?> getTokenFactory() {
            return CommonTokenFactory.DEFAULT;
        }
    }
}
