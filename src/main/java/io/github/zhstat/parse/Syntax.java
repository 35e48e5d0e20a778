package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import io.github.zhstat.internal.grammar.ZhStatParser.ScanItemContext;
import io.github.zhstat.internal.grammar.ZhStatParser.StandaloneValueContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The grammar, ready to run: per thread one token array and one parser, reused, over DFA
 * caches shared by all threads. Lexing runs on {@link LexerTables}; the parser predicts in SLL
 * mode and, while scanning, fails fast; fail-fast parses are kept by token shape
 * ({@link ShapeCache}).
 *
 * <p>{@link #reference()} is the path this replaced, kept as the oracle of the tests that
 * compare both: ANTLR's own lexer, and no cache of parses.
 */
public final class Syntax {
    private static final DFA[] PARSER_DFA = dfas(ZhStatParser._ATN);
    private static final PredictionContextCache PARSER_CACHE = new PredictionContextCache();
    private static final ThreadLocal<Syntax> PER_THREAD = ThreadLocal.withInitial(() -> new Syntax(false));
    private static final int SCAN_ITEM = 0;
    private static final int STANDALONE_VALUE = 1;
    private static final int ENTRIES = 2;
    private static final ThreadLocal<Syntax> REFERENCE = ThreadLocal.withInitial(() -> new Syntax(true));

    private final TokenArray tokens = new TokenArray();
    private final ZhStatParser parser = new ZhStatParser(null);
    private final ScanningParserATNSimulator parserSimulator;
    private final ANTLRErrorStrategy failFast = new FailFastStrategy();
    private final LexerTables tables;
    private final ReferenceLexer reference;
    private final ShapeCache cache;

    private Syntax(boolean reference) {
        parser.removeErrorListeners();
        parserSimulator = new ScanningParserATNSimulator(parser, ZhStatParser._ATN, PARSER_DFA, PARSER_CACHE);
        parser.setInterpreter(parserSimulator);
        this.tables = reference ? null : LexerTables.get();
        this.reference = reference ? new ReferenceLexer() : null;
        this.cache = reference ? null : new ShapeCache(ENTRIES);
    }

    /** Returns this thread's instance. */
    public static Syntax get() {
        return PER_THREAD.get();
    }

    /** Returns this thread's instance of the old path: ANTLR's lexer, every parse run. */
    public static Syntax reference() {
        return REFERENCE.get();
    }

    /** Lexes {@code text} whole into this thread's token array and returns it. */
    public TokenArray lex(CharSequence text) {
        tokens.clear(text);
        lex(text, 0, text.length(), Integer.MAX_VALUE);
        tokens.endAt(text.length());
        return tokens;
    }

    /**
     * Lexes {@code text} from {@code from} into the emptied token array, up to and with the next
     * sentence end, up to {@code maxTokens} tokens, or up to {@code end}; returns where the
     * next token starts. {@code from} must be where a token starts.
     */
    public int lexSentence(CharSequence text, int from, int end, int maxTokens) {
        tokens.clear(text);
        int next = lex(text, from, end, maxTokens);
        int size = tokens.size();
        tokens.endAt(size == 0 ? from : tokens.stop(size - 1) + 1);
        return next;
    }

    private int lex(CharSequence text, int from, int end, int maxTokens) {
        if (reference != null) {
            return reference.lex(text, from, end, maxTokens, tokens);
        }
        int at = from;
        while (at < end) {
            int size = tokens.size();
            at = tables.lexToken(text, at, end, tokens);
            if (tokens.size() > size && (tokens.type(size) == ZhStatLexer.SENTENCE_END || tokens.size() >= maxTokens)) {
                break;
            }
        }
        return at;
    }

    /** Returns whether a text may be cut after {@code c} and its parts lexed alone. */
    public static boolean isHardSentenceEnd(char c) {
        return LexerTables.get().isHardSentenceEnd(c);
    }

    /** Lets go of the last text, so that a thread does not keep a large document alive. */
    public void release() {
        tokens.clear("");
    }

    /** Returns this thread's token array. */
    public TokenArray tokens() {
        return tokens;
    }

    /**
     * Returns the parser set to read the tokens {@code [start, limit)} of the last {@link #lex}.
     * Fail-fast: a syntax error throws a stackless internal exception; otherwise errors go to
     * the parser's listeners and are recovered from as ANTLR does by default.
     */
    public ZhStatParser parser(int start, int limit, boolean failFast) {
        parser.setTokenStream(tokens.window(start, limit));
        parserSimulator.failFast = failFast;
        parserSimulator.setPredictionMode(failFast ? PredictionMode.SLL : PredictionMode.LL);
        parser.setErrorHandler(failFast ? this.failFast : new DefaultErrorStrategy());
        return parser;
    }

    /**
     * Reads the longest scan item at token {@code start} of the last {@link #lexSentence}, looking
     * no further than {@code limit}; returns null if there is none. Fail-fast, and from the cache
     * when these token types were read before.
     */
    public ScanItemContext scanItem(int start, int limit) {
        Object found = cached(SCAN_ITEM, start, limit);
        // a parse that failed at a token reads, as far as the grammar allows, what comes before it:
        // 三成及半成 fails at 成 after 及半, and 三成 still reads
        while (found instanceof ShapeCache.Failure failure && failure.furthest() > 0 && start + failure.furthest() < limit) {
            limit = start + failure.furthest();
            found = cached(SCAN_ITEM, start, limit);
        }
        return found instanceof ScanItemContext item ? item : null;
    }

    /** Reads the tokens of the last {@link #lex} as one whole value, fail-fast; null if they are not one. */
    public StandaloneValueContext standaloneValue() {
        return cached(STANDALONE_VALUE, 0, tokens.size()) instanceof StandaloneValueContext value ? value : null;
    }

    /** Returns the tree of entry rule {@code entry} read from {@code start}, or its {@link ShapeCache.Failure}. */
    private Object cached(int entry, int start, int limit) {
        tokens.window(start, limit);
        if (cache != null) {
            Object found = cache.find(tokens, entry, start);
            if (found != null) {
                return found;
            }
        }
        Object found;
        try {
            ZhStatParser parser = parser(start, limit, true);
            found = entry == SCAN_ITEM ? parser.scanItem() : parser.standaloneValue();
        } catch (RuntimeException e) {
            if (!isNoMatch(e)) {
                throw e;
            }
            found = ShapeCache.failure(Math.max(0, tokens.furthest() - start));
        }
        if (cache != null) {
            cache.put(tokens, entry, start, found);
        }
        return found;
    }

    /** Returns whether {@code e} is the fail-fast parser's way of saying "no expression here". */
    public static boolean isNoMatch(RuntimeException e) {
        return e instanceof NoMatch;
    }

    private static DFA[] dfas(ATN atn) {
        DFA[] dfas = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < dfas.length; i++) {
            dfas[i] = new DFA(atn.getDecisionState(i), i);
        }
        return dfas;
    }

    /**
     * ANTLR's lexer over the folded text, with a run of chars none of which can begin a word
     * but OTHER read as one OTHER token without running the lexer.
     */
    private static final class ReferenceLexer {
        private static final boolean[] STARTS_A_WORD = startsOfWords();
        private final FoldedCharStream chars = new FoldedCharStream();
        private final ZhStatLexer lexer = new ZhStatLexer(null);

        ReferenceLexer() {
            lexer.removeErrorListeners();
        }

        int lex(CharSequence text, int from, int end, int maxTokens, TokenArray tokens) {
            lexer.setInputStream(chars.reset(text, 0, end));
            chars.seek(from);
            while (true) {
                int start = chars.index();
                int stop = start;
                while (stop < end && !STARTS_A_WORD[text.charAt(stop)]) {
                    stop++;
                }
                int type;
                if (stop > start) {
                    chars.seek(stop);
                    tokens.add(ZhStatLexer.OTHER, start, stop - 1);
                    type = ZhStatLexer.OTHER;
                } else {
                    Token token = lexer.nextToken();
                    type = token.getType();
                    if (type == Token.EOF) {
                        return end;
                    }
                    if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                        continue;
                    }
                    tokens.add(token);
                }
                if (type == ZhStatLexer.SENTENCE_END || tokens.size() >= maxTokens) {
                    return chars.index();
                }
            }
        }

        /** Which chars, once folded, can begin a token of the lexer other than OTHER: from its ATN. */
        private static boolean[] startsOfWords() {
            ATN atn = ZhStatLexer._ATN;
            IntervalSet firsts = new IntervalSet();
            for (int rule = 0; rule < atn.ruleToStartState.length; rule++) {
                if (atn.ruleToTokenType[rule] != ZhStatLexer.OTHER) {
                    firsts.addAll(atn.nextTokens(atn.ruleToStartState[rule]));
                }
            }
            boolean[] starts = new boolean[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                starts[c] = firsts.contains(CharFolding.fold((char) c));
            }
            return starts;
        }
    }
}
