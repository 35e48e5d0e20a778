package io.github.zhstat.cli;

import io.github.zhstat.Mention;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The people's view: a header, then one line per mention, the columns aligned by the width they
 * take in a terminal across all inputs. It holds the rows until {@link #print}; JSON streams.
 */
final class TableFormat {
    private static final String[] HEADER = {"doc", "start", "end", "text", "value"};

    private final List<String[]> rows = new ArrayList<>();

    void add(String doc, Mention mention) {
        rows.add(new String[] {oneLine(doc), Integer.toString(mention.start()), Integer.toString(mention.end()),
                oneLine(mention.text()), mention.value().toString()});
    }

    void print(PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = Math.max(widths[i], HEADER[i].length());
        }
        printRow(out, HEADER, widths);
        for (String[] row : rows) {
            printRow(out, row, widths);
        }
    }

    /** Numbers align right, text left; the last column is not padded. */
    private static void printRow(PrintStream out, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            String pad = " ".repeat(widths[i] - displayWidth(row[i]));
            boolean number = i == 1 || i == 2;
            line.append(i == 0 ? "" : "  ").append(number ? pad : "").append(row[i])
                    .append(number || i == row.length - 1 ? "" : pad);
        }
        out.println(line);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** Columns a string takes in a terminal: CJK and full-width chars take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
                    || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
                    || c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
        }
        return width;
    }
}
