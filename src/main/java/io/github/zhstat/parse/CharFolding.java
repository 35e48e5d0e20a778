package io.github.zhstat.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds one UTF-16 char to the form the grammar is written in: traditional Chinese to
 * simplified, full-width ASCII to half-width. One char always folds to one char, so offsets
 * into the folded text are offsets into the original.
 *
 * <p>The noncharacter U+FFFF folds to U+FFFD, the replacement char.
 *
 * <p>The full-width comma {@code ，} is left alone: in Chinese it ends a clause, and folded to
 * {@code ,} it would join two numbers into one grouped number.
 */
public final class CharFolding {
    private static final char[] TABLE = load();

    private CharFolding() {}

    /** Returns the folded form of {@code c}. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** Returns {@code text} with every char folded. */
    public static String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }

    /** Returns {@code text[start, end)} with every char folded. */
    public static String fold(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[text.charAt(start + i)];
        }
        return new String(out);
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            if (c != '\uFF0C') {
                table[c] = (char) (c - 0xFEE0);
            }
        }
        table['\u3000'] = ' ';
        // U+FFFF is no character; the lexer's DFA uses it as the key of EOF
        table['\uFFFF'] = '\uFFFD';
        try (InputStream in = CharFolding.class.getResourceAsStream("/io/github/zhstat/t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/github/zhstat/t2s.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.length() == 3 && line.charAt(1) == ' ') {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
