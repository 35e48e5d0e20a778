package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * The grammar, ready to run: one lexer and one parser per thread, reused, over DFA caches
 * shared by all threads. The lexer caches non-ASCII DFA edges too
 * ({@link WideCachingLexerATNSimulator}); the parser predicts in SLL mode and, while
 * scanning, fails fast.
 */
public final class Syntax {
    private static final DFA[] LEXER_DFA = dfas(ZhStatLexer._ATN);
    private static final DFA[] PARSER_DFA = dfas(ZhStatParser._ATN);
    private static final PredictionContextCache LEXER_CACHE = new PredictionContextCache();
    private static final PredictionContextCache PARSER_CACHE = new PredictionContextCache();
    private static final WideCachingLexerATNSimulator.WideEdges WIDE_EDGES = new WideCachingLexerATNSimulator.WideEdges();
    private static final ThreadLocal<Syntax> PER_THREAD = ThreadLocal.withInitial(Syntax::new);

    private final FoldedCharStream chars = new FoldedCharStream();
    private final ZhStatLexer lexer = new ZhStatLexer(null);
    private final TokenArray tokens = new TokenArray();
    private final ZhStatParser parser = new ZhStatParser(null);
    private final ScanningParserATNSimulator parserSimulator;
    private final ANTLRErrorStrategy failFast = new FailFastStrategy();

    private Syntax() {
        lexer.removeErrorListeners();
        lexer.setInterpreter(new WideCachingLexerATNSimulator(lexer, ZhStatLexer._ATN, LEXER_DFA, LEXER_CACHE, WIDE_EDGES));
        parser.removeErrorListeners();
        parserSimulator = new ScanningParserATNSimulator(parser, ZhStatParser._ATN, PARSER_DFA, PARSER_CACHE);
        parser.setInterpreter(parserSimulator);
    }

    /** Returns this thread's instance. */
    public static Syntax get() {
        return PER_THREAD.get();
    }

    /** Lexes {@code text} whole into this thread's token array and returns it. */
    public TokenArray lex(CharSequence text) {
        lexer.setInputStream(chars.reset(text, 0, text.length()));
        tokens.clear(lexer);
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
            }
        }
        tokens.endAt(text.length());
        return tokens;
    }

    /** Starts lexing {@code text}; tokens then come from {@link #nextToken()}. */
    public void startLexing(CharSequence text) {
        lexer.setInputStream(chars.reset(text, 0, text.length()));
        tokens.clear(lexer);
    }

    /** Returns the next token of the text given to {@link #startLexing}, on any channel. */
    public Token nextToken() {
        return lexer.nextToken();
    }

    /** Returns this thread's token array, for the caller to fill with the tokens to parse. */
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
}
