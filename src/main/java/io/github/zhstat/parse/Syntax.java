package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.Pair;
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
    private static final boolean[] STARTS_A_WORD = startsOfWords();

    private final FoldedCharStream chars = new FoldedCharStream();
    private final ZhStatLexer lexer = new ZhStatLexer(null);
    private final TokenArray tokens = new TokenArray();
    private final ZhStatParser parser = new ZhStatParser(null);
    private final ScanningParserATNSimulator parserSimulator;
    private final ANTLRErrorStrategy failFast = new FailFastStrategy();
    private final Pair<TokenSource, CharStream> source = new Pair<>(lexer, chars);
    private CharSequence text = "";

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
        startLexing(text);
        for (Token token = nextToken(); token.getType() != Token.EOF; token = nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
            }
        }
        tokens.endAt(text.length());
        return tokens;
    }

    /** Starts lexing {@code text}; tokens then come from {@link #nextToken()}. */
    public void startLexing(CharSequence text) {
        this.text = text;
        lexer.setInputStream(chars.reset(text, 0, text.length()));
        tokens.clear(lexer);
    }

    /**
     * Returns the next token of the text given to {@link #startLexing}, on any channel. A run of
     * chars none of which can begin a word of the lexer would lex as one OTHER token per char;
     * it is returned as one OTHER token without running the lexer.
     */
    public Token nextToken() {
        int start = chars.index();
        int end = start;
        while (end < text.length() && !STARTS_A_WORD[text.charAt(end)]) {
            end++;
        }
        if (end == start) {
            return lexer.nextToken();
        }
        chars.seek(end);
        return new CommonToken(source, ZhStatLexer.OTHER, Token.DEFAULT_CHANNEL, start, end - 1);
    }

    /** Lets go of the last text, so that a thread does not keep a large document alive. */
    public void release() {
        text = "";
        chars.reset("", 0, 0);
        tokens.clear(lexer);
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

    private static DFA[] dfas(ATN atn) {
        DFA[] dfas = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < dfas.length; i++) {
            dfas[i] = new DFA(atn.getDecisionState(i), i);
        }
        return dfas;
    }
}
