package io.github.zhstat.extract;

import io.github.zhstat.parse.Syntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a long text is cut to be extracted in parallel: right after a char that always is a
 * sentence end of its own ({@link Syntax#isHardSentenceEnd}), so that each part lexes and
 * scans as it does inside the whole text, and the parts' mentions together are the text's.
 */
final class ParallelCuts {
    /** Shorter texts are extracted in the calling thread. */
    static final int MIN_CHARS = 256 * 1024;
    /** How far past the ideal place a cut may go to find a sentence end. */
    private static final int MAX_SEARCH = 64 * 1024;

    private ParallelCuts() {}

    /** Returns the bounds of the parts of {@code text}: 0, the cuts, and its length. */
    static List<Integer> of(CharSequence text) {
        int length = text.length();
        int parts = Math.min(Runtime.getRuntime().availableProcessors(), length / MIN_CHARS + 1);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int part = 1; part < parts && length >= MIN_CHARS; part++) {
            int from = Math.max((int) ((long) length * part / parts), cuts.get(cuts.size() - 1) + 1);
            int limit = Math.min(length - 1, from + MAX_SEARCH);
            for (int at = from; at < limit; at++) {
                if (Syntax.isHardSentenceEnd(text.charAt(at))) {
                    cuts.add(at + 1);
                    break;
                }
            }
        }
        cuts.add(length);
        return cuts;
    }
}
