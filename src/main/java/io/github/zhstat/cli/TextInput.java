package io.github.zhstat.cli;

import io.github.zhstat.ZhStat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An input as text in a charset. Its first bytes are checked before anything is printed; when they
 * are not in the charset, the message names the charset they read best in: the one whose text
 * holds the most figures, as {@link ZhStat#extract} finds them.
 */
final class TextInput {
    /** How many bytes are checked, and tried in other charsets, before reading on. */
    static final int HEAD = 1 << 16;
    private static final List<Charset> CANDIDATES = List.of(Charset.forName("GB18030"), Charset.forName("Big5"),
            StandardCharsets.UTF_16, StandardCharsets.UTF_16LE);

    private TextInput() {}

    /**
     * Returns a reader of {@code in} in {@code charset} that throws on malformed input.
     *
     * @throws IOException if the first bytes are not in the charset, naming the likely one
     */
    static Reader open(InputStream in, Charset charset) throws IOException {
        byte[] head = in.readNBytes(HEAD);
        if (decode(head, charset) == null) {
            throw new IOException("not valid " + charset.name() + suggestion(head, charset));
        }
        return new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(head), in), strict(charset));
    }

    private static String suggestion(byte[] head, Charset refused) {
        Charset best = null;
        long bestScore = 0;
        for (Charset candidate : CANDIDATES) {
            String text = candidate.equals(refused) ? null : decode(head, candidate);
            long score = text == null ? 0 : ZhStat.extract(text).stream().mapToLong(m -> m.end() - m.start()).sum();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? "; try --encoding with one of GB18030, GBK, Big5, UTF-16"
                : "; it reads as " + best.name() + ": try --encoding " + best.name();
    }

    /** Returns the head in the charset, a char cut at its end left out, or null if it is not in it. */
    private static String decode(byte[] head, Charset charset) {
        CharBuffer out = CharBuffer.allocate(head.length + 2);
        if (strict(charset).decode(ByteBuffer.wrap(head), out, head.length < HEAD).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
