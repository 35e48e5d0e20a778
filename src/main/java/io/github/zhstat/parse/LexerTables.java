package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.antlr.v4.runtime.Token;

/**
 * The DFA of {@link ZhStatLexer} as tables, made at build time by {@link LexerTableBuilder}:
 * a class for every char, with {@linkplain CharFolding folding} built in, and one row of
 * targets per state. Lexes as ANTLR's lexer does (longest match, then the first rule), with
 * runs of chars that can begin no word but OTHER read as one OTHER token, as {@link Syntax}
 * always did.
 */
final class LexerTables {
    static final int FORMAT = 2;
    static final String RESOURCE = "ZhStatLexer.tables";

    private static final LexerTables INSTANCE = load();

    private final char[] classOfChar = new char[Character.MAX_VALUE + 1];
    private final boolean[] startsWord;
    /** The target of each state and class, at {@code state * classes + class}; -1 is no edge. */
    private final int[] next;
    private final int[] acceptType;
    private final int[] channel;
    private final int classes;
    /** Chars after which every text is cut into tokens the same way: see {@link #isHardSentenceEnd}. */
    private final boolean[] hardSentenceEnd;

    private LexerTables(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != FORMAT) {
            throw new IllegalStateException("lexer tables of another format");
        }
        classes = in.readInt();
        int states = in.readInt();
        int runs = in.readInt();
        int from = in.readChar();
        int clazz = in.readShort();
        for (int i = 1; i <= runs; i++) {
            int to = i < runs ? in.readChar() : Character.MAX_VALUE + 1;
            Arrays.fill(classOfChar, from, to, (char) clazz);
            if (i < runs) {
                from = to;
                clazz = in.readShort();
            }
        }
        startsWord = new boolean[classes];
        for (int c = 0; c < classes; c++) {
            startsWord[c] = in.readBoolean();
        }
        next = new int[states * classes];
        Arrays.fill(next, -1);
        acceptType = new int[states];
        channel = new int[states];
        for (int s = 0; s < states; s++) {
            acceptType[s] = in.readInt();
            channel[s] = in.readInt();
            int edges = in.readShort();
            for (int e = 0; e < edges; e++) {
                int c = in.readShort();
                next[s * classes + c] = in.readShort();
            }
        }
        hardSentenceEnd = hardSentenceEnds();
    }

    static LexerTables get() {
        return INSTANCE;
    }

    private static LexerTables load() {
        try (InputStream in = LexerTables.class.getResourceAsStream(RESOURCE)) {
            return new LexerTables(in == null ? LexerTableBuilder.build() : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads tables in the format of {@link LexerTableBuilder#build}. */
    static LexerTables read(byte[] bytes) {
        try {
            return new LexerTables(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lexes one token of {@code text} at {@code at} (before {@code end}) into {@code out}, with
     * a run of chars that begin no word as one OTHER token; returns where the next token starts.
     * Tokens off the default channel are not added.
     */
    int lexToken(CharSequence text, int at, int end, TokenArray out) {
        int c = classOfChar[text.charAt(at)];
        if (!startsWord[c]) {
            int stop = at + 1;
            while (stop < end && !startsWord[classOfChar[text.charAt(stop)]]) {
                stop++;
            }
            out.add(ZhStatLexer.OTHER, at, stop - 1);
            return stop;
        }
        int[] next = this.next;
        int classes = this.classes;
        int state = 0;
        int accepted = -1;
        int stop = at + 1;
        for (int i = at; i < end; ) {
            state = next[state * classes + classOfChar[text.charAt(i)]];
            if (state < 0) {
                break;
            }
            i++;
            if (acceptType[state] != 0) {
                accepted = state;
                stop = i;
            }
        }
        if (accepted < 0) {
            return at + 1;   // no token: ANTLR's lexer reports the char and skips it
        }
        if (channel[accepted] == Token.DEFAULT_CHANNEL) {
            out.add(acceptType[accepted], at, stop - 1);
        }
        return stop;
    }

    /** Returns the token type the lexer gives one char alone at the start of a token (-1: none). */
    int typeOfSingle(char c) {
        int state = next[classOfChar[c]];
        return state < 0 ? -1 : acceptType[state];
    }

    /**
     * Returns whether {@code c} always is a token of its own, whatever comes before or after it,
     * and a sentence end: a text can be cut after it and each part lexed alone, with the same
     * tokens. From the tables: no state but the start one goes on with it, and what it starts
     * goes on with nothing.
     */
    boolean isHardSentenceEnd(char c) {
        return hardSentenceEnd[classOfChar[c]];
    }

    private boolean[] hardSentenceEnds() {
        boolean[] hard = new boolean[classes];
        int states = acceptType.length;
        for (int c = 0; c < classes; c++) {
            int single = next[c];
            if (single < 0 || acceptType[single] != ZhStatLexer.SENTENCE_END || !startsWord[c]) {
                continue;
            }
            boolean alone = true;
            for (int k = 0; k < classes && alone; k++) {
                alone = next[single * classes + k] < 0;
            }
            for (int s = 1; s < states && alone; s++) {
                alone = next[s * classes + c] < 0;
            }
            hard[c] = alone;
        }
        return hard;
    }
}
