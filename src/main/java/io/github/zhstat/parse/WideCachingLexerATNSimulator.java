package io.github.zhstat.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * A lexer simulator whose DFA also remembers edges on chars above 127.
 *
 * <p>ANTLR's lexer keeps DFA edges only for ASCII, so on Chinese text every char runs the
 * ATN interpreter and allocates; so does every end of input. Here edges on wider chars, and on
 * EOF, are kept per DFA state in a small sorted table, looked up by binary search without
 * allocation. Tables are replaced, never
 * changed, so readers need no lock; the tables are shared by every lexer of the same
 * {@link DFA}s, like the DFA itself.
 */
final class WideCachingLexerATNSimulator extends LexerATNSimulator {

    /** Wide edges of the DFA states of one lexer grammar, by DFA state number. */
    static final class WideEdges {
        private volatile Table[] byState = new Table[64];
    }

    private record Table(char[] chars, DFAState[] targets) {}

    private static final Table EMPTY = new Table(new char[0], new DFAState[0]);

    private final WideEdges wide;

    WideCachingLexerATNSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA,
                                 PredictionContextCache cache, WideEdges wide) {
        super(recog, atn, decisionToDFA, cache);
        this.wide = wide;
    }

    /** The table key of EOF: U+FFFF, a noncharacter that {@link CharFolding} never lets through. */
    private static final char EOF_KEY = '\uFFFF';

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t == IntStream.EOF) {
            t = EOF_KEY;
        } else if (t <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(s, t);
        }
        if (t > Character.MAX_VALUE) {
            return null;
        }
        Table[] tables = wide.byState;
        int state = s.stateNumber;
        if (state < 0 || state >= tables.length || tables[state] == null) {
            return null;
        }
        Table table = tables[state];
        int at = Arrays.binarySearch(table.chars, (char) t);
        return at >= 0 ? table.targets[at] : null;
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (t == IntStream.EOF) {
            t = EOF_KEY;
        } else if (t <= MAX_DFA_EDGE || t > Character.MAX_VALUE) {
            super.addDFAEdge(p, t, q);
            return;
        }
        if (p == null || q == null || p.stateNumber < 0) {
            return;
        }
        synchronized (wide) {
            Table[] tables = wide.byState;
            if (p.stateNumber >= tables.length) {
                tables = Arrays.copyOf(tables, Math.max(tables.length * 2, p.stateNumber + 1));
            } else {
                tables = tables.clone();
            }
            Table old = tables[p.stateNumber] == null ? EMPTY : tables[p.stateNumber];
            int at = Arrays.binarySearch(old.chars, (char) t);
            if (at >= 0) {
                return;
            }
            int insert = -at - 1;
            char[] chars = new char[old.chars.length + 1];
            DFAState[] targets = new DFAState[chars.length];
            System.arraycopy(old.chars, 0, chars, 0, insert);
            System.arraycopy(old.targets, 0, targets, 0, insert);
            chars[insert] = (char) t;
            targets[insert] = q;
            System.arraycopy(old.chars, insert, chars, insert + 1, old.chars.length - insert);
            System.arraycopy(old.targets, insert, targets, insert + 1, old.targets.length - insert);
            tables[p.stateNumber] = new Table(chars, targets);
            wide.byState = tables;
        }
    }
}
