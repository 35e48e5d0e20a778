package io.github.zhstat.extract;

import io.github.zhstat.Mention;
import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import io.github.zhstat.internal.grammar.ZhStatParser.ScanItemContext;
import io.github.zhstat.parse.InvalidFigureException;
import io.github.zhstat.parse.Syntax;
import io.github.zhstat.parse.TokenArray;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * {@code ZhStat.extract}: lexes the text once, sentence by sentence, and at every token that
 * can begin an expression reads the longest one the grammar allows ({@code scanItem}). A name
 * is stepped over; a basis left alone before a comma ({@code 同比2018年，}) is kept for the
 * changes after it in the same sentence; anything else that is a measurement becomes mentions.
 * Commas and sentence ends are told to the reader, which scopes each basis by them.
 */
public final class Extractor {
    /** Token types that can begin a scan item, from the grammar itself. */
    private static final IntervalSet STARTS = ZhStatParser._ATN.nextTokens(
            ZhStatParser._ATN.ruleToStartState[ZhStatParser.RULE_scanItem]);
    /** Token types that can begin a number, signs left out: from the grammar itself. */
    private static final IntervalSet NUMERALS = ZhStatParser._ATN.nextTokens(
            ZhStatParser._ATN.ruleToStartState[ZhStatParser.RULE_number]).subtract(
            IntervalSet.of(ZhStatLexer.MINUS).or(IntervalSet.of(ZhStatLexer.PLUS)));
    /** A sentence longer than this many tokens is read in pieces, to bound memory. */
    private static final int MAX_SENTENCE_TOKENS = 4096;
    /** How far the parser may look ahead from where an expression starts. */
    private static final int LOOKAHEAD_TOKENS = 48;

    private Extractor() {}

    public static List<Mention> extract(CharSequence text) {
        return extract(text, Syntax.get());
    }

    /** Extracts with {@code syntax}: {@link Syntax#get()}, or the reference path in tests. */
    public static List<Mention> extract(CharSequence text, Syntax syntax) {
        List<Mention> mentions = new ArrayList<>();
        MentionReader reader = new MentionReader(text, mentions);
        try {
            int at = 0;
            do {
                at = syntax.lexSentence(text, at, text.length(), MAX_SENTENCE_TOKENS);
                scanSentence(syntax, reader);
                reader.endSentence();
            } while (at < text.length());
            return List.copyOf(mentions);
        } finally {
            syntax.release();
        }
    }

    private static void scanSentence(Syntax syntax, MentionReader reader) {
        TokenArray tokens = syntax.tokens();
        int size = tokens.size();
        int i = 0;
        while (i < size) {
            if (tokens.type(i) == ZhStatLexer.COMMA) {
                reader.endClause();
            }
            if (!STARTS.contains(tokens.type(i)) || isDashAfterNumber(tokens, i)) {
                i++;
                continue;
            }
            ScanItemContext item = syntax.scanItem(i, Math.min(size, i + LOOKAHEAD_TOKENS));
            if (item == null) {
                i++;
                continue;
            }
            int next = item.getStop().getTokenIndex() + 1;
            if (item.looseBasis() != null) {
                reader.carry(item.looseBasis());
                i++;
            } else if (item.name() != null) {
                i = next;
            } else {
                boolean opensClause = i > 0 && tokens.type(i - 1) == ZhStatLexer.COMMA;
                i = read(reader, item, opensClause) ? next : i + 1;
            }
        }
    }

    /** A minus right after a number is a dash (第1-3名, 2019-2020), not the sign of what follows. */
    private static boolean isDashAfterNumber(TokenArray tokens, int i) {
        if (tokens.type(i) != ZhStatLexer.MINUS || i == 0) {
            return false;
        }
        return tokens.stop(i - 1) + 1 == tokens.start(i) && NUMERALS.contains(tokens.type(i - 1));
    }

    /**
     * Reads the mentions of an item; returns whether the scan may go on after it. A list that
     * measures nothing measures nothing from a later member either, so the scan steps over it;
     * anything else that yields nothing is retried from the next token.
     */
    private static boolean read(MentionReader reader, ScanItemContext item, boolean opensClause) {
        try {
            return reader.read(item.mention(), opensClause) || item.mention().figureList() != null;
        } catch (InvalidFigureException e) {
            return false;
        }
    }
}
