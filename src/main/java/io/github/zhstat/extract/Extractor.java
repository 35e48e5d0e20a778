package io.github.zhstat.extract;

import io.github.zhstat.Mention;
import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import io.github.zhstat.internal.grammar.ZhStatParser.FigureListContext;
import io.github.zhstat.internal.grammar.ZhStatParser.RangeFigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ScanItemContext;
import io.github.zhstat.internal.grammar.ZhStatParser.SpanRangeContext;
import io.github.zhstat.parse.InvalidFigureException;
import io.github.zhstat.parse.Syntax;
import io.github.zhstat.parse.TokenArray;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * {@code ZhStat.extract}: lexes the text once, sentence by sentence, and at every token that
 * can begin an expression reads the longest one the grammar allows ({@code scanItem}). A name
 * is stepped over; a basis left alone before a comma ({@code 同比2018年，}) is kept for the
 * changes after it in the same sentence; anything else that is a measurement becomes mentions.
 * Commas and sentence ends are told to the reader, which scopes each basis by them. Where the
 * parse fails at a token, what comes before it is read ({@link Syntax#scanItem}); a range whose
 * bounds are refused reads its first bound alone; a bare number before 月 or 日 is left to the date.
 */
public final class Extractor {
    /** Token types that can begin a scan item, from the grammar itself. */
    private static final boolean[] STARTS = typesIn(ZhStatParser._ATN.nextTokens(
            ZhStatParser._ATN.ruleToStartState[ZhStatParser.RULE_scanItem]));
    private static final IntervalSet NUMERAL_SET = ZhStatParser._ATN.nextTokens(
            ZhStatParser._ATN.ruleToStartState[ZhStatParser.RULE_number]).subtract(
            IntervalSet.of(ZhStatLexer.MINUS).or(IntervalSet.of(ZhStatLexer.PLUS)));
    /** Token types that can begin a number, signs left out: from the grammar itself. */
    private static final boolean[] NUMERALS = typesIn(NUMERAL_SET);
    /** The scale words 万, 亿, 兆: from the grammar itself. */
    private static final boolean[] SCALES = typesIn(ZhStatParser._ATN.nextTokens(
            ZhStatParser._ATN.ruleToStartState[ZhStatParser.RULE_scale]));
    /** Token types a figure may end with: a numeral or a unit of a range bound. */
    private static final boolean[] FIGURE_ENDS = typesIn(NUMERAL_SET.or(ZhStatParser._ATN.nextTokens(
            ZhStatParser._ATN.ruleToStartState[ZhStatParser.RULE_rangeUnit])).or(IntervalSet.of(ZhStatLexer.INCLUSIVE)));
    /** A sentence longer than this many tokens is read in pieces, to bound memory. */
    private static final int MAX_SENTENCE_TOKENS = 4096;
    /** How far the parser may look ahead from where an expression starts. */
    private static final int LOOKAHEAD_TOKENS = 48;

    private Extractor() {}

    /** A set of token types as a table indexed by type, for the scan's inner loop. */
    private static boolean[] typesIn(IntervalSet types) {
        boolean[] in = new boolean[ZhStatParser.VOCABULARY.getMaxTokenType() + 1];
        for (int type = 0; type < in.length; type++) {
            in[type] = types.contains(type);
        }
        return in;
    }

    /** Extracts {@code text}; a long one in parts, in parallel ({@link ParallelCuts}). */
    public static List<Mention> extract(CharSequence text) {
        List<Integer> cuts = ParallelCuts.of(text);
        if (cuts.size() <= 2) {
            return extract(text, Syntax.get());
        }
        List<CompletableFuture<Part>> later = new ArrayList<>();
        for (int i = 2; i < cuts.size(); i++) {
            int from = cuts.get(i - 1);
            int to = cuts.get(i);
            later.add(CompletableFuture.supplyAsync(() -> part(text, from, to)));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(part(text, 0, cuts.get(1)));
        later.forEach(part -> parts.add(part.join()));
        List<Mention> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            // a part is read as if the text began there; not so if what came before governs it (下同)
            if (i < parts.size() - 1 && !parts.get(i).endsFree()) {
                return extract(text, Syntax.get());
            }
            all.addAll(parts.get(i).mentions());
        }
        return List.copyOf(all);
    }

    /** Extracts in this thread with {@code syntax}: {@link Syntax#get()}, or the reference path in tests. */
    public static List<Mention> extract(CharSequence text, Syntax syntax) {
        List<Mention> all = new ArrayList<>();
        extract(text, 0, syntax, (mentions, end) -> all.addAll(mentions), Integer.MAX_VALUE);
        return List.copyOf(all);
    }

    /** The mentions of a part of a text, and whether what it read leaves later sentences free. */
    private record Part(List<Mention> mentions, boolean endsFree) {}

    /** Extracts {@code text[from, to)}, which starts and ends at a sentence end or the text's ends. */
    private static Part part(CharSequence text, int from, int to) {
        List<Mention> all = new ArrayList<>();
        boolean free = extract(text, from, Syntax.get(), (mentions, end) -> all.addAll(mentions), to);
        return new Part(all, free);
    }

    /** Takes the mentions of each sentence, or piece of a long sentence, as it is read. */
    @FunctionalInterface
    public interface Pieces {
        /**
         * Takes the mentions of the text before {@code end}, where the next piece starts; the list
         * is reused after the call. The text is read on from {@code end} only, and asked its
         * length again: a text that arrives as it is read may grow and forget what is before.
         */
        void accept(List<Mention> mentions, int end);
    }

    /** Reads {@code text} as {@link #extract(CharSequence)} does, handing out each piece's mentions. */
    public static void extract(CharSequence text, Pieces pieces) {
        extract(text, 0, Syntax.get(), pieces, Integer.MAX_VALUE);
    }

    /**
     * Reads from {@code from} to the text's length or {@code to}, whichever comes first; returns
     * whether what it read leaves the sentences after it free.
     */
    private static boolean extract(CharSequence text, int from, Syntax syntax, Pieces pieces, int to) {
        List<Mention> mentions = new ArrayList<>();
        MentionReader reader = new MentionReader(text, mentions);
        try {
            int at = from;
            do {
                at = syntax.lexSentence(text, at, Math.min(to, text.length()), MAX_SENTENCE_TOKENS);
                scanSentence(syntax, reader);
                reader.endSentence();
                pieces.accept(mentions, at);
                mentions.clear();
            } while (at < Math.min(to, text.length()));
            return reader.leavesLaterSentencesFree();
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
            if (!STARTS[tokens.type(i)] || isInsideFigure(tokens, i)) {
                i++;
                continue;
            }
            i = scanAt(syntax, reader, i, Math.min(size, i + LOOKAHEAD_TOKENS));
        }
    }

    /** Reads the scan item at token {@code i}, looking no further than {@code limit}; returns where to go on. */
    private static int scanAt(Syntax syntax, MentionReader reader, int i, int limit) {
        TokenArray tokens = syntax.tokens();
        while (true) {
            ScanItemContext item = syntax.scanItem(i, limit);
            if (item == null) {
                return i + 1;
            }
            int next = item.getStop().getTokenIndex() + 1;
            if (item.looseBasis() != null) {
                reader.carry(item.looseBasis());
                return i + 1;
            }
            if (item.name() != null) {
                return next;
            }
            FigureListContext list = item.mention().figureList();
            if (list != null && endsInsideDate(tokens, next)
                    && MentionPolicy.isBareNumber(list.figure().get(list.figure().size() - 1))) {
                return i + 1;
            }
            boolean opensClause = i > 0 && tokens.type(i - 1) == ZhStatLexer.COMMA;
            try {
                // a list that measures nothing measures nothing from a later member either: stepped over
                return reader.read(item.mention(), opensClause) || list != null ? next : i + 1;
            } catch (InvalidFigureException e) {
                int cut = rangeCut(item);
                if (cut <= i || cut >= limit) {
                    return i + 1;
                }
                limit = cut;   // a range whose bounds are refused is none: 四成至1.8倍 reads 四成
            }
        }
    }

    /** Returns the index of the token between the bounds of a span that begins a list, or -1. */
    private static int rangeCut(ScanItemContext item) {
        FigureListContext list = item.mention().figureList();
        if (list == null || !(list.figure(0) instanceof RangeFigureContext figure)
                || !(figure.range() instanceof SpanRangeContext span)) {
            return -1;
        }
        TerminalNode between = span.TO() != null ? span.TO() : span.DASH() != null ? span.DASH() : span.MINUS();
        return between.getSymbol().getTokenIndex();
    }

    /**
     * Whether token {@code i} goes on from the figure before it, so that no figure begins there:
     * a minus right after a figure is a dash (第1-3名, 1万元-5万元), not the sign of what follows;
     * a numeral right after a numeral is inside that number (no prefix of 一万万亿 is read
     * from its second char); and 点 with no number before it is a word (重点五类), not 0.5.
     */
    private static boolean isInsideFigure(TokenArray tokens, int i) {
        int type = tokens.type(i);
        if (type == ZhStatLexer.CN_POINT) {
            return true;
        }
        if (i == 0 || tokens.stop(i - 1) + 1 != tokens.start(i)) {
            return false;
        }
        int before = tokens.type(i - 1);
        return type == ZhStatLexer.MINUS ? FIGURE_ENDS[before]
                : NUMERALS[before] && before != ZhStatLexer.CN_POINT
                        && (isChineseNumeral(type) || SCALES[before] && NUMERALS[type]);
    }

    /**
     * Whether a list ends with a bare number that the month or day after it takes: in
     * {@code 低於5月的1.2%} the 5 is the month's, not a figure of its own (低於5).
     */
    private static boolean endsInsideDate(TokenArray tokens, int next) {
        if (next >= tokens.size() || tokens.stop(next - 1) + 1 != tokens.start(next)) {
            return false;
        }
        int after = tokens.type(next);
        return after == ZhStatLexer.MONTH || after == ZhStatLexer.MONTH_NAMED || after == ZhStatLexer.DAY;
    }

    /** 万, 五, 十: a numeral that is no Arabic number (队伍16支: 16 after 伍 begins a number). */
    private static boolean isChineseNumeral(int type) {
        return NUMERALS[type] && type != ZhStatLexer.NUMBER && type != ZhStatLexer.YEAR_DIGITS;
    }
}
