package io.github.zhstat.benchmarks;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import io.github.zhstat.parse.CharFolding;
import io.github.zhstat.parse.ValueBuilder;
import io.github.zhstat.value.StatValue;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Baseline (b): the same grammar the stock ANTLR way. A fresh lexer and parser per expression
 * with default settings (LL prediction, default error strategy, the generated shared DFA),
 * then the same value builder.
 */
final class StockAntlr {
    private StockAntlr() {}

    static StatValue parse(String text) {
        ZhStatLexer lexer = new ZhStatLexer(CharStreams.fromString(CharFolding.fold(text)));
        ZhStatParser parser = new ZhStatParser(new CommonTokenStream(lexer));
        return ValueBuilder.value(parser.standaloneValue().value());
    }
}
