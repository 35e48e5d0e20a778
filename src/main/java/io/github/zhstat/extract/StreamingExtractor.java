package io.github.zhstat.extract;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.zhstat.Mention;
import io.github.zhstat.parse.Syntax;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code ZhStat.extract(Reader, ..)}: one run of {@link Extractor} over a text that arrives as it
 * is read. The text the extractor sees ends after the last hard sentence end read so far
 * ({@link Syntax#isHardSentenceEnd}: a text cut there lexes as the whole does), and grows when the
 * extractor has read to it; what lies before the piece being read is forgotten, but for the start
 * the script is judged on ({@link EraDates#SCRIPT_SAMPLE}), which is read first. So the mentions,
 * and whatever a sentence hands on to the next, are those of the whole text, and memory grows
 * with the longest sentence. A run of more than {@link #MAX_WITHOUT_END} chars with no hard
 * sentence end is cut where it stands.
 */
public final class StreamingExtractor {
    /** Chars read at a time. */
    static final int CHUNK = 1 << 16;
    /** The most chars held past the piece being read while waiting for a sentence end. */
    static final int MAX_WITHOUT_END = 1 << 22;
    /** Chars kept before the piece being read. */
    private static final int BEFORE = 256;

    private StreamingExtractor() {}

    /** Reads {@code reader} to its end, handing each mention to {@code action} in order. */
    public static void extract(Reader reader, Consumer<? super Mention> action) throws IOException {
        extract(reader, action, CHUNK);
    }

    static void extract(Reader reader, Consumer<? super Mention> action, int chunk) throws IOException {
        Objects.requireNonNull(action, "action must not be null");
        ArrivingText text = new ArrivingText(reader, chunk);
        try {
            text.advance(0);
            Extractor.extract(text, (mentions, end) -> {
                mentions.forEach(action);
                text.advance(end);
            });
        } catch (UncheckedIOException e) {
            if (e.getCause() == text.failure) {
                throw text.failure;
            }
            throw e;
        }
    }

    /** The chars of a reader from a little before the piece being read to the last sentence end read. */
    private static final class ArrivingText implements CharSequence {
        private final Reader reader;
        private final int chunk;
        /** The first chars of the text, kept to the end. */
        private final char[] start = new char[EraDates.SCRIPT_SAMPLE];
        private int startLength;
        private char[] buffer;
        /** Chars in the buffer. */
        private int length;
        /** Index in the whole text of {@code buffer[0]}. */
        private int base;
        /** Index after the last hard sentence end read, or after the text once it has all been read. */
        private int end;
        /** Index up to which the buffer has been searched for hard sentence ends. */
        private int searched;
        private boolean eof;
        IOException failure;

        ArrivingText(Reader reader, int chunk) {
            checkArgument(chunk > 0, "chunk must be positive: %s", chunk);
            this.reader = Objects.requireNonNull(reader, "reader must not be null");
            this.chunk = chunk;
            this.buffer = new char[chunk + BEFORE];
        }

        /** Forgets the chars well before {@code at}, then reads until a hard sentence end lies past it. */
        void advance(int at) {
            try {
                forgetBefore(at - BEFORE);
                while ((end <= at || end < EraDates.SCRIPT_SAMPLE) && !eof && searched - at < MAX_WITHOUT_END) {
                    read();
                }
                end = eof ? base + length : end > at ? end : searched;
            } catch (IOException e) {
                failure = e;
                throw new UncheckedIOException(e);
            }
        }

        private void read() throws IOException {
            if (buffer.length - length < chunk) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + chunk));
            }
            int n = reader.read(buffer, length, chunk);
            if (n < 0) {
                eof = true;
                return;
            }
            if ((long) base + length + n > Integer.MAX_VALUE) {
                throw new IOException("text longer than " + Integer.MAX_VALUE + " chars: mention offsets are ints");
            }
            int kept = Math.min(n, start.length - startLength);
            if (kept > 0 && base == 0) {
                System.arraycopy(buffer, length, start, startLength, kept);
                startLength += kept;
            }
            length += n;
            for (; searched < base + length; searched++) {
                if (Syntax.isHardSentenceEnd(buffer[searched - base])) {
                    end = searched + 1;
                }
            }
        }

        /** Forgets the chars before {@code from} once they are a chunk or more: copying is paid once per chunk. */
        private void forgetBefore(int from) {
            if (from - base < chunk) {
                return;
            }
            int kept = length - (from - base);
            char[] to = buffer.length > 4 * (chunk + BEFORE) && kept <= chunk ? new char[chunk + BEFORE] : buffer;
            System.arraycopy(buffer, from - base, to, 0, kept);
            buffer = to;
            length = kept;
            base = from;
        }

        @Override
        public int length() {
            return end;
        }

        @Override
        public char charAt(int index) {
            if (index < base && index < startLength) {
                return start[index];
            }
            if (index < base || index >= end) {
                throw new IndexOutOfBoundsException("index " + index + " out of the chars held, [" + base + ", " + end + ")");
            }
            return buffer[index - base];
        }

        @Override
        public CharSequence subSequence(int from, int stop) {
            Objects.checkFromToIndex(from, stop, end);
            if (from < base) {
                StringBuilder chars = new StringBuilder(stop - from);
                for (int i = from; i < stop; i++) {
                    chars.append(charAt(i));
                }
                return chars.toString();
            }
            return new String(buffer, from - base, stop - from);
        }

        @Override
        public String toString() {
            return subSequence(base, end).toString();
        }
    }
}
