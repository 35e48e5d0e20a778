package io.github.zhstat.cli;

import io.github.zhstat.Mention;
import java.io.PrintStream;
import java.util.List;

/** The people's view: one aligned line per mention. */
final class TableFormat {
    private TableFormat() {}

    static void print(PrintStream out, String doc, List<Mention> mentions) {
        int width = 4;
        for (Mention mention : mentions) {
            width = Math.max(width, displayWidth(mention.text()));
        }
        for (Mention mention : mentions) {
            String text = mention.text().replace('\n', ' ');
            out.printf("%-24s %6d %6d  %s%s  %s%n", doc, mention.start(), mention.end(), text,
                    " ".repeat(width - displayWidth(text)), mention.value());
        }
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
