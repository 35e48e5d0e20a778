package io.github.zhstat.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.github.zhstat.Mention;
import io.github.zhstat.ZhStat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: files or standard input in, one mention per line out. */
@Command(name = "zhstat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Prints the statistical figures of Chinese text, one JSON object per mention",
                "(the mention contract), or an aligned table with --format table.",
                "Input is UTF-8; with no FILE, or with -, reads standard input (doc \"stdin\")."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:an input could not be read or was not UTF-8"
                + " (the others are still printed)", "2:the command line was wrong"})
public final class Main implements Callable<Integer> {

    enum Format { json, table }

    @Parameters(paramLabel = "FILE", description = "text files; - for standard input")
    private List<String> files = List.of();

    @Option(names = "--format", description = "json (default) or table", defaultValue = "json")
    private Format format;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine line = new CommandLine(new Main(stdin, stdout, stderr));
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
        int status = 0;
        JsonGenerator json = new JsonFactory().createGenerator((OutputStream) stdout);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        for (String input : inputs) {
            String doc = input.equals("-") ? "stdin" : docName(input);
            String text;
            try {
                text = decode(input.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(input)));
            } catch (IOException | UncheckedIOException e) {
                stderr.println("zhstat: cannot read " + input + ": " + reason(e));
                status = 1;
                continue;
            }
            List<Mention> mentions = ZhStat.extract(text);
            if (format == Format.table) {
                TableFormat.print(stdout, doc, mentions);
            } else {
                for (Mention mention : mentions) {
                    MentionJson.write(json, doc, mention);
                    json.flush();
                    stdout.write('\n');
                }
            }
            stdout.flush();
        }
        return status;
    }

    private static String decode(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String docName(String path) {
        String name = Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"zhstat " + (version == null ? "(development build)" : version)};
        }
    }
}
