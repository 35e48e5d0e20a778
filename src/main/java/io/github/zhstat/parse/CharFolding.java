package io.github.zhstat.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds one UTF-16 char to the form the grammar is written in: traditional Chinese to
 * simplified, full-width ASCII to half-width, the small full stop {@code ﹒} to {@code .}. One char
 * always folds to one char, so offsets
 * into the folded text are offsets into the original.
 *
 * <p>The noncharacter U+FFFF folds to U+FFFD, the replacement char.
 *
 * <p>The full-width comma {@code ，} is left alone: in Chinese it ends a clause, and folded to
 * {@code ,} it would join two numbers into one grouped number.
 */
public final class CharFolding {
    /** What each char's code is shifted by to fold it, mod 2^16: zero, the default, leaves it alone. */
    private static final char[] SHIFT = load();

    private CharFolding() {}

    /** Returns the folded form of {@code c}. */
    public static char fold(char c) {
        return (char) (c + SHIFT[c]);
    }

    /** Returns {@code text} with every char folded. */
    public static String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }

    /** Returns {@code text[start, end)} with every char folded. */
    public static String fold(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(start + i));
        }
        return new String(out);
    }

    private static char[] load() {
        char[] shift = new char[Character.MAX_VALUE + 1];
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            if (c != '\uFF0C') {
                fold(shift, c, (char) (c - 0xFEE0));
            }
        }
        fold(shift, '\u3000', ' ');
        // 302﹒12萬: the small full stop is the decimal point of Hong Kong and Macau wires
        fold(shift, '\uFE52', '.');
        // U+FFFF is no character; the lexer's DFA uses it as the key of EOF
        fold(shift, '\uFFFF', '\uFFFD');
        try (InputStream in = CharFolding.class.getResourceAsStream("/io/github/zhstat/t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/github/zhstat/t2s.txt");
            }
            // "繁 简" per line
            String pairs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int at = 0; at < pairs.length(); ) {
                int end = pairs.indexOf('\n', at);
                end = end < 0 ? pairs.length() : end;
                if (end - at == 3 && pairs.charAt(at + 1) == ' ') {
                    fold(shift, pairs.charAt(at), pairs.charAt(at + 2));
                }
                at = end + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shift;
    }

    private static void fold(char[] shift, char from, char to) {
        shift[from] = (char) (to - from);
    }
}
