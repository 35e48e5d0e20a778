package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.LexerAction;
import org.antlr.v4.runtime.atn.LexerChannelAction;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Computes the whole DFA of {@link ZhStatLexer} from its ATN, with ANTLR's own subset
 * construction driven over every reachable state, and writes it as {@link LexerTables}.
 *
 * <p>Chars are grouped into classes that every transition of the ATN treats alike, so the DFA
 * has one edge per class, not per char. Run by the build ({@code process-classes}); a test
 * rebuilds the tables and compares them with the resource.
 */
public final class LexerTableBuilder {
    private LexerTableBuilder() {}

    /** Writes the tables of the lexer to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.write(out, build());
    }

    /**
     * The class of every char once {@linkplain CharFolding folded}, as runs of chars of one
     * class (first char, class): the lexer reads folded text, and the tables fold for it.
     */
    private static List<int[]> foldedRuns(List<int[]> intervals, int[] classOfInterval) {
        int[] classOf = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i < intervals.size(); i++) {
            int to = i + 1 < intervals.size() ? intervals.get(i + 1)[0] : Character.MAX_VALUE + 1;
            Arrays.fill(classOf, intervals.get(i)[0], to, classOfInterval[i]);
        }
        List<int[]> runs = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int clazz = classOf[CharFolding.fold((char) c)];
            if (runs.isEmpty() || runs.get(runs.size() - 1)[1] != clazz) {
                runs.add(new int[] {c, clazz});
            }
        }
        return runs;
    }

    /** Returns the tables of the lexer, in the format {@link LexerTables#read} reads. */
    public static byte[] build() {
        ATN atn = ZhStatLexer._ATN;
        checkGrammar(atn);
        List<int[]> intervals = new ArrayList<>();
        int[] classOfInterval = classes(atn, intervals);
        int classes = 0;
        for (int c : classOfInterval) {
            classes = Math.max(classes, c + 1);
        }
        int[] representative = new int[classes];
        for (int i = intervals.size() - 1; i >= 0; i--) {
            representative[classOfInterval[i]] = intervals.get(i)[0];
        }

        Simulator simulator = new Simulator(atn);
        Map<DFAState, Integer> numbers = new IdentityHashMap<>();
        List<DFAState> states = new ArrayList<>();
        DFAState start = simulator.start();
        numbers.put(start, 0);
        states.add(start);
        List<int[]> edges = new ArrayList<>();
        ArrayDeque<DFAState> work = new ArrayDeque<>();
        work.add(start);
        while (!work.isEmpty()) {
            DFAState state = work.poll();
            int[] row = new int[classes];
            for (int c = 0; c < classes; c++) {
                DFAState target = simulator.target(state, representative[c]);
                if (target == LexerATNSimulator.ERROR) {
                    row[c] = -1;
                    continue;
                }
                Integer number = numbers.get(target);
                if (number == null) {
                    number = states.size();
                    numbers.put(target, number);
                    states.add(target);
                    work.add(target);
                }
                row[c] = number;
            }
            while (edges.size() <= numbers.get(state)) {
                edges.add(null);
            }
            edges.set(numbers.get(state), row);
            if (simulator.target(state, IntStream.EOF) != LexerATNSimulator.ERROR) {
                throw new IllegalStateException("a lexer rule matches EOF");
            }
        }

        IntervalSet firsts = new IntervalSet();
        for (int rule = 0; rule < atn.ruleToStartState.length; rule++) {
            if (atn.ruleToTokenType[rule] != ZhStatLexer.OTHER) {
                firsts.addAll(atn.nextTokens(atn.ruleToStartState[rule]));
            }
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(LexerTables.FORMAT);
            out.writeInt(classes);
            out.writeInt(states.size());
            List<int[]> runs = foldedRuns(intervals, classOfInterval);
            out.writeInt(runs.size());
            for (int[] run : runs) {
                out.writeChar(run[0]);
                out.writeShort(run[1]);
            }
            for (int c = 0; c < classes; c++) {
                out.writeBoolean(firsts.contains(representative[c]));
            }
            for (int s = 0; s < states.size(); s++) {
                DFAState state = states.get(s);
                out.writeInt(state.isAcceptState ? state.prediction : 0);
                out.writeInt(state.isAcceptState ? channel(state) : 0);
                int[] row = edges.get(s);
                int count = 0;
                for (int target : row) {
                    count += target >= 0 ? 1 : 0;
                }
                out.writeShort(count);
                for (int c = 0; c < classes; c++) {
                    if (row[c] >= 0) {
                        out.writeShort(c);
                        out.writeShort(row[c]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tables hold one mode, no predicates, and no actions but {@code channel}. */
    static void checkGrammar(ATN atn) {
        if (atn.modeToStartState.size() != 1) {
            throw new IllegalStateException("the lexer has more than one mode");
        }
        if (atn.lexerActions != null) {
            for (LexerAction action : atn.lexerActions) {
                if (!(action instanceof LexerChannelAction)) {
                    throw new IllegalStateException("a lexer action other than channel: " + action);
                }
            }
        }
        for (ATNState state : atn.states) {
            for (int i = 0; state != null && i < state.getNumberOfTransitions(); i++) {
                int type = state.transition(i).getSerializationType();
                if (type == Transition.PREDICATE || type == Transition.PRECEDENCE) {
                    throw new IllegalStateException("a lexer rule has a semantic predicate");
                }
            }
        }
    }

    private static int channel(DFAState state) {
        int channel = Lexer.DEFAULT_TOKEN_CHANNEL;
        if (state.lexerActionExecutor != null) {
            for (LexerAction action : state.lexerActionExecutor.getLexerActions()) {
                channel = ((LexerChannelAction) action).getChannel();
            }
        }
        return channel;
    }

    /**
     * Splits the chars 0 to U+FFFF into intervals at every bound of a transition label, then
     * gives the same class to intervals that every label treats alike. Returns the class of
     * each interval; {@code intervals} receives their {@code [from, to]}.
     */
    private static int[] classes(ATN atn, List<int[]> intervals) {
        List<IntervalSet> labels = new ArrayList<>();
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        for (ATNState state : atn.states) {
            for (int i = 0; state != null && i < state.getNumberOfTransitions(); i++) {
                Transition transition = state.transition(i);
                if (transition.isEpsilon() || transition instanceof WildcardTransition) {
                    continue;
                }
                IntervalSet label = transition.label();
                if (label == null) {
                    continue;
                }
                labels.add(label);
                for (Interval interval : label.getIntervals()) {
                    if (interval.a <= Character.MAX_VALUE) {
                        bounds.add(Math.max(interval.a, 0));
                    }
                    if (interval.b + 1 <= Character.MAX_VALUE) {
                        bounds.add(interval.b + 1);
                    }
                }
            }
        }
        Map<BitSet, Integer> classOfSignature = new HashMap<>();
        List<Integer> classOfInterval = new ArrayList<>();
        Integer[] starts = bounds.toArray(new Integer[0]);
        for (int i = 0; i < starts.length; i++) {
            int from = starts[i];
            int to = i + 1 < starts.length ? starts[i + 1] - 1 : Character.MAX_VALUE;
            BitSet signature = new BitSet(labels.size());
            for (int l = 0; l < labels.size(); l++) {
                if (labels.get(l).contains(from)) {
                    signature.set(l);
                }
            }
            intervals.add(new int[] {from, to});
            classOfInterval.add(classOfSignature.computeIfAbsent(signature, s -> classOfSignature.size()));
        }
        return classOfInterval.stream().mapToInt(Integer::intValue).toArray();
    }

    /** ANTLR's lexer simulator, asked for the DFA state after one char. */
    private static final class Simulator extends LexerATNSimulator {
        private final org.antlr.v4.runtime.CharStream input = CharStreams.fromString("");
        private final ATN atn;

        Simulator(ATN atn) {
            super(atn, new DFA[] {new DFA(atn.modeToStartState.get(0))}, new PredictionContextCache());
            this.atn = atn;
        }

        DFAState start() {
            ATNConfigSet configs = computeStartState(input, atn.modeToStartState.get(0));
            return addDFAState(configs);
        }

        DFAState target(DFAState state, int c) {
            return computeTargetState(input, state, c);
        }
    }
}
