package io.github.zhstat.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over UTF-16 code units of a region of a {@link CharSequence}, with
 * every char {@linkplain CharFolding folded}. Indices are those of the underlying text, so
 * token offsets are the caller's offsets. A lone surrogate is one char like any other.
 *
 * <p>Not thread-safe; cheap to {@linkplain #reset(CharSequence, int, int) reuse}.
 */
public final class FoldedCharStream implements CharStream {
    private CharSequence text = "";
    private int start;
    private int end;
    private int index;

    /** Points this stream at {@code text[start, end)} and rewinds it to {@code start}. */
    public FoldedCharStream reset(CharSequence text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.index = start;
        return this;
    }

    @Override
    public String getText(Interval interval) {
        int from = Math.max(interval.a, start);
        int to = Math.min(interval.b + 1, end);
        if (from >= to) {
            return "";
        }
        return CharFolding.fold(text, from, to);
    }

    @Override
    public void consume() {
        if (index >= end) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int LA(int i) {
        int at = i > 0 ? index + i - 1 : index + i;
        if (i == 0 || at < start || at >= end) {
            return i == 0 ? 0 : IntStream.EOF;
        }
        return CharFolding.fold(text.charAt(at));
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing is buffered
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.min(Math.max(index, start), end);
    }

    @Override
    public int size() {
        return end;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
