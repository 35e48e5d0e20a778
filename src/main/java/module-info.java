/**
 * zhstat reads the statistical figures of Chinese text: {@link io.github.zhstat.ZhStat} is the
 * entry point, {@link io.github.zhstat.value} holds the values it returns.
 *
 * <p>At run time the module needs only the ANTLR 4 runtime and Guava. The command line
 * ({@code io.github.zhstat.cli}) also needs picocli, Jackson and a progress bar; they are optional, so a library
 * user's module graph does not have them.
 */
module io.github.zhstat {
    exports io.github.zhstat;
    exports io.github.zhstat.value;

    requires org.antlr.antlr4.runtime;
    requires com.google.common;

    // the command line only
    requires static info.picocli;
    requires static com.fasterxml.jackson.core;
    requires static me.tongfei.progressbar;
    requires static org.jline.terminal;

    // picocli sets the annotated fields of the command by reflection
    opens io.github.zhstat.cli to info.picocli;
}
