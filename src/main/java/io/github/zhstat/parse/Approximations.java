package io.github.zhstat.parse;

import static io.github.zhstat.internal.grammar.ZhStatLexer.*;

import io.github.zhstat.value.Approx;
import org.antlr.v4.runtime.ParserRuleContext;

/** The {@link Approx} each approximation token stands for; the grammar names them alike. */
final class Approximations {
    private Approximations() {}

    static Approx of(int tokenType) {
        return switch (tokenType) {
            // 十几, 十数: ten and some more
            case MORE_THAN_PREFIX, HIGHER_THAN, MORE_THAN_SUFFIX, SEVERAL -> Approx.MORE_THAN;
            case AT_LEAST_PREFIX, AT_LEAST_SUFFIX -> Approx.AT_LEAST;
            case LESS_THAN_PREFIX, LOWER_THAN -> Approx.LESS_THAN;
            case AT_MOST_PREFIX, AT_MOST_SUFFIX -> Approx.AT_MOST;
            case NEARLY_PREFIX -> Approx.NEARLY;
            case ABOUT_PREFIX, ABOUT_SUFFIX -> Approx.ABOUT;
            default -> throw new IllegalArgumentException("not an approximation token: " + tokenType);
        };
    }

    /** Returns the approximation of a one-token rule context, EXACT where it is absent. */
    static Approx of(ParserRuleContext ctx) {
        return ctx == null ? Approx.EXACT : of(ctx.getStart().getType());
    }

    /** Returns the first of the approximations that is not EXACT: a prefix wins over a suffix. */
    static Approx first(Approx first, Approx second) {
        return first != Approx.EXACT ? first : second;
    }

    /** Returns the first of the approximations that is not EXACT: a prefix wins over a suffix. */
    static Approx first(Approx first, Approx second, Approx third) {
        return first(first, first(second, third));
    }
}
