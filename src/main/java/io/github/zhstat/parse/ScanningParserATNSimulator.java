package io.github.zhstat.parse;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * A parser simulator that, while {@linkplain #failFast fail-fast}, fails a prediction without
 * building an exception: a scan tries the grammar at many places where nothing matches.
 */
final class ScanningParserATNSimulator extends ParserATNSimulator {
    boolean failFast;

    ScanningParserATNSimulator(Parser parser, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(parser, atn, decisionToDFA, cache);
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext,
                                               ATNConfigSet configs, int startIndex) {
        if (failFast) {
            throw NoMatch.INSTANCE;
        }
        return super.noViableAlt(input, outerContext, configs, startIndex);
    }
}
