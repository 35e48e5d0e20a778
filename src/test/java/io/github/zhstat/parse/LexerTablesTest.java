package io.github.zhstat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser;
import java.io.IOException;
import java.io.InputStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.junit.jupiter.api.Test;

/** The tables the build made are those of the grammar, and the grammar allows tables. */
class LexerTablesTest {

    @Test
    void theResourceIsTheTablesOfTheGeneratedLexer() throws IOException {
        try (InputStream in = LexerTables.class.getResourceAsStream(LexerTables.RESOURCE)) {
            assertThat(in).as("the build writes " + LexerTables.RESOURCE).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(LexerTableBuilder.build());
        }
    }

    @Test
    void theLexerHasOneModeNoPredicatesAndOnlyChannelActions() {
        LexerTableBuilder.checkGrammar(ZhStatLexer._ATN);
    }

    /** Cached parses rely on this: a parse depends on nothing but the types of the tokens it read. */
    @Test
    void theParserHasNoPredicatesAndNoActions() {
        for (ATNState state : ZhStatParser._ATN.states) {
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                int type = state.transition(i).getSerializationType();
                assertThat(type).as("transition of parser state %s", state.stateNumber)
                        .isNotIn(Transition.PREDICATE, Transition.PRECEDENCE, Transition.ACTION);
            }
        }
    }

    @Test
    void aHardSentenceEndIsATokenOfItsOwn() {
        LexerTables tables = LexerTables.get();
        int hard = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (tables.isHardSentenceEnd(c)) {
                hard++;
                assertThat(tables.typeOfSingle(c)).isEqualTo(ZhStatLexer.SENTENCE_END);
            }
        }
        assertThat(hard).as("chars a long text can be cut after").isPositive();
    }
}
