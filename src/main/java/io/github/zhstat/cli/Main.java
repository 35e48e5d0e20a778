package io.github.zhstat.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: files or standard input in, one mention per line out, as it is found. */
@Command(name = "zhstat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Prints the statistical figures of Chinese text, one JSON object per mention",
                "(the mention contract), or an aligned table with --format table.",
                "With no FILE, or with -, reads standard input (doc \"stdin\").",
                "JSON streams: memory grows with the longest sentence, not with the file."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:an input could not be read or was not in its encoding"
                + " (the others are still printed)", "2:the command line was wrong"})
public final class Main implements Callable<Integer> {

    enum Format { json, table }

    enum DocName { name, path }

    /** A sentence read once at start-up, while the command line is read. */
    private static final String WARM_UP = "同比上升19.17%，挽回经济损失3.22亿元";

    /** How often output found so far is pushed out, at least. */
    private static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    @Parameters(paramLabel = "FILE", description = "text files; - for standard input")
    private List<String> files = List.of();

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "json",
            description = "json (default), or table: aligned, printed once every input is read")
    private Format format;

    @Option(names = {"-e", "--encoding"}, paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "the inputs' encoding: UTF-8 (default), GB18030, GBK, Big5, UTF-16, or any other Java charset")
    private Charset encoding;

    @Option(names = "--doc-name", paramLabel = "name|path", defaultValue = "name",
            description = "what doc holds: name, the file name without its extension (default), or path, the path as given")
    private DocName docName;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar on standard error")
    private boolean quiet;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    /** Whether standard error is the process's own, where a progress bar may go. */
    private final boolean progressAllowed;
    private long lastFlush = System.nanoTime();

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean progressAllowed) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.progressAllowed = progressAllowed;
    }

    public static void main(String[] args) {
        // the grammar loads on the other core while the command line is read
        Thread warm = new Thread(() -> ZhStat.extract(WARM_UP), "zhstat-warm-up");
        warm.setDaemon(true);
        warm.start();
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err, true));
    }

    /** Runs the command, with no progress bar; returns the exit status. */
    static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return run(args, stdin, stdout, stderr, false);
    }

    private static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, boolean progress) {
        CommandLine line = new CommandLine(new Main(stdin, stdout, stderr, progress));
        line.setOut(new PrintWriter(stdout, true));
        line.setErr(new PrintWriter(stderr, true));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        int status = line.execute(args);
        stdout.flush();
        return status;
    }

    @Override
    public Integer call() throws IOException {
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        warnOfSameNames(inputs);
        int status = 0;
        JsonGenerator json = new JsonFactory().createGenerator((OutputStream) stdout);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        TableFormat table = format == Format.table ? new TableFormat() : null;
        try {
            for (String input : inputs) {
                status = Math.max(status, read(input, json, table));
            }
        } catch (OutputClosed e) {
            stderr.println("zhstat: stopped: the output cannot be written");
            return 1;
        }
        json.flush();
        if (table != null) {
            table.print(stdout);
        }
        stdout.flush();
        return status;
    }

    /** Prints the mentions of one input; returns its exit status. */
    private int read(String input, JsonGenerator json, TableFormat table) throws IOException {
        String doc = doc(input);
        try (InputStream in = open(input); Reader text = TextInput.open(in, encoding)) {
            ZhStat.extract(text, mention -> {
                if (table != null) {
                    table.add(doc, mention);
                } else {
                    write(json, doc, mention);
                }
            });
            return 0;
        } catch (IOException | UncheckedIOException e) {
            json.flush();
            stdout.flush();
            stderr.println("zhstat: cannot read " + input + ": " + reason(e));
            return 1;
        }
    }

    private InputStream open(String input) throws IOException {
        if (input.equals("-")) {
            return new NotClosing(stdin);
        }
        Path path = Path.of(input);
        InputStream in = Files.newInputStream(path);
        return quiet || !progressAllowed ? in : Progress.wrap(in, Files.size(path), doc(input), stderr);
    }

    private void write(JsonGenerator json, String doc, Mention mention) {
        try {
            MentionJson.write(json, doc, mention);
            json.flush();
            stdout.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long now = System.nanoTime();
        if (now - lastFlush > FLUSH_NANOS) {
            lastFlush = now;
            if (stdout.checkError()) {   // flushes; a closed pipe (| head) ends the reading
                throw new OutputClosed();
            }
        }
    }

    private String doc(String input) {
        if (input.equals("-")) {
            return "stdin";
        }
        return docName == DocName.path ? input : docName(input);
    }

    private void warnOfSameNames(List<String> inputs) {
        Map<String, String> seen = new HashMap<>();
        for (String input : inputs) {
            String other = seen.putIfAbsent(doc(input), input);
            if (other != null && !other.equals(input)) {
                stderr.println("zhstat: " + other + " and " + input + " are both doc \"" + doc(input)
                        + "\"; --doc-name path tells them apart");
            }
        }
    }

    private String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "not valid " + encoding.name() + " after its first " + TextInput.HEAD + " bytes; the mentions before are printed";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static String docName(String path) {
        String name = Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The output was closed: nothing more can be printed. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }

    /** Standard input, left open when its reader is closed. */
    private static final class NotClosing extends java.io.FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input belongs to the caller
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"zhstat " + (version == null ? "(development build)" : version)};
        }
    }
}
