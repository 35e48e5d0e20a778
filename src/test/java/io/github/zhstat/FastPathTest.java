package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.extract.Extractor;
import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.parse.StrictParser;
import io.github.zhstat.parse.Syntax;
import io.github.zhstat.parse.TokenArray;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path (lexer tables, cached parses) gives what the reference path gives (ANTLR's
 * lexer, every parse run): the same tokens, mentions, values and errors, on the reports and
 * on 100,000 fuzzed inputs.
 */
class FastPathTest {
    private static final int INPUTS = 25_000;
    private static List<String> documents;
    private static List<String> sentences;
    /** Every char a transition of the lexer names, and its traditional and full-width forms. */
    private static String alphabet;

    @BeforeAll
    static void read() throws IOException {
        documents = new ArrayList<>(ContractValues.documents(ContractValues.seed()));
        documents.addAll(ContractValues.documents(ContractValues.dev()));
        sentences = new ArrayList<>();
        for (String document : documents) {
            sentences.addAll(FuzzInputs.sentences(document));
        }
        alphabet = alphabet();
    }

    @Test
    void reportsGiveTheSameTokensMentionsAndValues() {
        for (String document : documents) {
            assertSame(document);
        }
        for (String sentence : sentences) {
            assertSame(sentence);
            assertSame(sentence.strip());
        }
    }

    /** Repeated units make items as long as the parser's lookahead, and longer. */
    @Test
    void repeatedUnitsGiveTheSame() {
        for (String unit : List.of("1、", "3人、", "十", "万", "一二三四五六七八九", "是去年的", "同比上升", "第", "1,000,", "2019年、")) {
            for (int length = 1; length < 160; length++) {
                assertSame(unit.repeat(length / unit.length() + 1).substring(0, length));
            }
        }
    }

    @Test
    void randomUnicodeGivesTheSame() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < INPUTS; i++) {
            assertSame(FuzzInputs.randomUnicode(random));
        }
    }

    @Test
    void randomGrammarCharsGiveTheSame() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < INPUTS; i++) {
            assertSame(FuzzInputs.randomChars(random, alphabet));
        }
    }

    @Test
    void mutatedSentencesGiveTheSame() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < INPUTS; i++) {
            assertSame(FuzzInputs.mutated(random, sentences, alphabet));
        }
    }

    @Test
    void digitsChangedInSentencesGiveTheSame() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < INPUTS; i++) {
            assertSame(FuzzInputs.digitsChanged(random, sentences));
        }
    }

    private static void assertSame(String text) {
        assertThat(tokens(Syntax.get().lex(text))).as("tokens of %s", text)
                .isEqualTo(tokens(Syntax.reference().lex(text)));
        assertThat(Extractor.extract(text)).as("mentions of %s", text)
                .isEqualTo(Extractor.extract(text, Syntax.reference()));
        assertThat(parse(text, Syntax.get())).as("parse of %s", text).isEqualTo(parse(text, Syntax.reference()));
    }

    private static List<Integer> tokens(TokenArray tokens) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.type(i));
            out.add(tokens.start(i));
            out.add(tokens.stop(i));
        }
        return out;
    }

    private static Object parse(String text, Syntax syntax) {
        try {
            return StrictParser.parse(text, syntax);
        } catch (StatParseException e) {
            return e.getMessage() + " at " + e.getErrorIndex();
        }
    }

    private static String alphabet() {
        TreeSet<Character> chars = new TreeSet<>();
        for (ATNState state : ZhStatLexer._ATN.states) {
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition transition = state.transition(i);
                IntervalSet label = transition.label();
                if (transition.isEpsilon() || label == null) {
                    continue;
                }
                for (Interval interval : label.getIntervals()) {
                    for (int c = Math.max(interval.a, 0); c <= Math.min(interval.b, Character.MAX_VALUE) && c - interval.a < 64; c++) {
                        chars.add((char) c);
                        if (c > ' ' && c < 0x7f) {
                            chars.add((char) (c + 0xFEE0));
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        out.append("萬億兩個條處餘約點與較減漲幅為倍時週歲臺幣　 \t\r\n");
        return out.toString();
    }
}
