package io.github.zhstat.cli;

import java.io.InputStream;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** A progress bar on standard error while a long file is read, when standard error is a terminal. */
final class Progress {
    /** Files shorter than this are read too fast to need a bar. */
    static final long LONG_INPUT = 16L << 20;
    private static Boolean terminal;

    private Progress() {}

    /** Returns {@code in} counting its bytes on a bar, or {@code in} itself for a short file or no terminal. */
    static InputStream wrap(InputStream in, long size, String doc, PrintStream stderr) {
        return size < LONG_INPUT || !stderrIsTerminal() ? in : bar(in, size, doc, stderr);
    }

    /** Returns {@code in} counting its bytes on a bar of {@code size} bytes; closing it ends the bar. */
    static InputStream bar(InputStream in, long size, String doc, PrintStream stderr) {
        return ProgressBar.wrap(in, new ProgressBarBuilder().setTaskName(doc).setInitialMax(size)
                .setUnit("MB", 1 << 20).showSpeed().setConsumer(new ConsoleProgressBarConsumer(stderr)));
    }

    /** Asks the terminal library, once, whether standard error is a terminal. */
    private static synchronized boolean stderrIsTerminal() {
        if (terminal == null) {
            try {
                terminal = TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
            } catch (Exception | LinkageError e) {
                terminal = false;
            }
        }
        return terminal;
    }
}
