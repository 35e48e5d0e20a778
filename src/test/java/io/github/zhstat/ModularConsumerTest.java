package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a module: a consumer module that only {@code requires io.github.zhstat} compiles
 * and runs with the JDK's javac and java, on a module path of the built module (target/classes,
 * an exploded module) and its runtime dependencies, with no {@code --add-modules}.
 */
class ModularConsumerTest {
    private static final String MODULE_INFO = "module consumer { requires io.github.zhstat; }\n";

    @TempDir
    static Path work;
    private static String modulePath;

    @BeforeAll
    static void locateModules() throws URISyntaxException {
        // the module itself, then antlr4-runtime, Guava and Guava's failureaccess, wherever the build has them
        modulePath = Stream.of(ZhStat.class, org.antlr.v4.runtime.Lexer.class, com.google.common.base.Preconditions.class,
                        com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class)
                .map(ModularConsumerTest::location)
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void consumerModuleExtractsWithOnlyRequiresIoGithubZhstat() throws Exception {
        Path src = source("ok", """
                package consumer;

                import io.github.zhstat.Mention;
                import io.github.zhstat.ZhStat;

                public class Main {
                    public static void main(String[] args) {
                        for (Mention m : ZhStat.extract("全年破案2826起，同比上升19.1%。")) {
                            System.out.println(m.start() + "-" + m.end() + " " + m.text() + " " + m.value().kind());
                        }
                        System.out.println(ZhStat.parse("居全国第二"));
                        System.out.println(ZhStat.class.getModule().getName() + " " + ZhStat.class.getModule().isNamed());
                    }
                }
                """);
        Path classes = work.resolve("ok-classes");
        assertThat(javac(src, classes)).as("javac output").isEmpty();

        Process run = new ProcessBuilder(javaLauncher(), "-Dstdout.encoding=UTF-8", "--module-path",
                classes + File.pathSeparator + modulePath, "--module", "consumer/consumer.Main")
                .redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines()).containsExactly(
                "4-9 2826起 QUANTITY",
                "10-19 同比上升19.1% CHANGE",
                "Ordinal[2]",
                "io.github.zhstat true");
        assertThat(run.exitValue()).isZero();
    }

    @Test
    void internalPackagesAreNotVisibleToAConsumer() throws Exception {
        Path src = source("internal", """
                package consumer;

                public class Main {
                    public static void main(String[] args) {
                        System.out.println(io.github.zhstat.parse.StrictParser.parse("3起"));
                    }
                }
                """);
        assertThat(javac(src, work.resolve("internal-classes")))
                .contains("package io.github.zhstat.parse is not visible");
    }

    private static Path source(String name, String main) throws IOException {
        Path src = work.resolve(name + "-src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("consumer/Main.java"), main);
        return src;
    }

    /** Compiles a consumer module; returns what javac printed. */
    private static String javac(Path src, Path classes) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath,
                "-encoding", "UTF-8", "-Xlint:all"));
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        StringWriter out = new StringWriter();
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        PrintWriter writer = new PrintWriter(out);
        javac.run(writer, writer, args.toArray(String[]::new));
        writer.flush();
        return out.toString();
    }

    private static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
