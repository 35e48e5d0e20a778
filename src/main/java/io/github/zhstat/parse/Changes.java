package io.github.zhstat.parse;

import static io.github.zhstat.internal.grammar.ZhStatLexer.*;

import io.github.zhstat.internal.grammar.ZhStatParser.BasisContext;
import io.github.zhstat.internal.grammar.ZhStatParser.BaselineContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChainEndContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChangeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChangeWithoutFigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.DatedBaselineContext;
import io.github.zhstat.internal.grammar.ZhStatParser.DoublingContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MagnitudeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MovedByContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MovedToContext;
import io.github.zhstat.internal.grammar.ZhStatParser.NamelyContext;
import io.github.zhstat.internal.grammar.ZhStatParser.RestatementContext;
import io.github.zhstat.internal.grammar.ZhStatParser.YearOnYearContext;
import io.github.zhstat.internal.grammar.ZhStatParser.PeriodOnPeriodContext;
import io.github.zhstat.value.Approx;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Direction;
import io.github.zhstat.value.Form;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Multiple;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/** Builds the {@link Change}s of the change rules of the grammar. Stateless. */
public final class Changes {
    private Changes() {}

    /** The change of a {@code change} rule with its {@code member}-th magnitude (0 for 持平 and 翻番). */
    public static Change change(ChangeContext ctx, int member) {
        Basis basis = Basis.NONE;
        Optional<String> baseline = Optional.empty();
        if (ctx.basis() != null) {
            basis = basis(ctx.basis());
            baseline = baseline(ctx.basis());
        } else if (ctx.WITH() != null) {
            basis = Basis.EXPLICIT;
            baseline = Optional.of(ctx.baseline().getText());
        } else if (ctx.comparedTo() != null) {
            basis = Basis.EXPLICIT;
            baseline = Optional.of(ctx.comparedTo().namedBaseline().getText());
        } else if (ctx.movement() instanceof MovedByContext by && isYearOnYear(by)) {
            basis = Basis.YOY;
        }
        if (ctx.FLAT() != null) {
            return new Change(Direction.FLAT, basis, baseline, Form.BY, Optional.empty());
        }
        if (ctx.doubling() != null) {
            return new Change(Direction.UP, basis, baseline, Form.BY, Optional.of(doubled(ctx.doubling())));
        }
        Form form = ctx.movement() instanceof MovedToContext ? Form.TO : Form.BY;
        Magnitude magnitude = ValueBuilder.magnitude(ctx.magnitude(member));
        if (ctx.MINUS() != null) { // 负增长3.2%
            magnitude = negated(magnitude);
        }
        if (ctx.movement() != null && ctx.movement().getStart().getType() == SIGNED) {   // 增减-5.6%
            Direction signed = magnitude.number().signum() < 0 ? Direction.DOWN : Direction.UP;
            return new Change(signed, basis, baseline, form, Optional.of(absolute(magnitude)));
        }
        return new Change(direction(ctx), basis, baseline, form, Optional.of(magnitude));
    }

    /** The change a figureless change ({@code 比上年略有减少，}) states, with no magnitude. */
    public static Change change(ChangeWithoutFigureContext ctx) {
        return new Change(direction(ctx.direction().getStart().getType()), basis(ctx.basis()), baseline(ctx.basis()),
                Form.BY, Optional.empty());
    }

    /**
     * The change a signed figure in parentheses restates: its sign gives the direction, the change
     * it follows (if any) its basis and baseline.
     */
    public static Change restatement(RestatementContext ctx, Optional<Change> restated) {
        Magnitude magnitude = absolute(ValueBuilder.magnitude(ctx.magnitude()));
        Direction direction = ctx.sign.getType() == PLUS ? Direction.UP : Direction.DOWN;
        Basis basis = restated.map(Change::basis).orElse(Basis.NONE);
        Optional<String> baseline = restated.flatMap(Change::baseline);
        return new Change(direction, basis, baseline, Form.BY, Optional.of(magnitude));
    }

    /** The change {@code 即1.8%} restates ({@code 增加563宗即1.8%}): the same, by another figure. */
    public static Change namely(NamelyContext ctx, Change restated) {
        return new Change(restated.direction(), restated.basis(), restated.baseline(), Form.BY,
                Optional.of(absolute(ValueBuilder.magnitude(ctx.magnitude()))));
    }

    /** The new level at the end of a chain ({@code 增加806宗至9 690宗}): a change TO it, like the one before. */
    public static Change chainEnd(ChainEndContext ctx, Change before) {
        return new Change(before.direction(), before.basis(), before.baseline(), Form.TO,
                Optional.of(ValueBuilder.magnitude(ctx.magnitude())));
    }

    /** What a {@code basis} rule compares with: 同比 is YOY, 环比 POP, 比/较/与…相比 EXPLICIT. */
    public static Basis basis(BasisContext ctx) {
        return ctx instanceof YearOnYearContext ? Basis.YOY : ctx instanceof PeriodOnPeriodContext ? Basis.POP : Basis.EXPLICIT;
    }

    /** The baseline written in a {@code basis} rule ({@code 2012年} of 比2012年), if any. */
    public static Optional<String> baseline(BasisContext ctx) {
        ParserRuleContext written = ctx.getRuleContext(BaselineContext.class, 0);
        if (written == null) {
            written = ctx.getRuleContext(DatedBaselineContext.class, 0);
        }
        return Optional.ofNullable(written).map(ParserRuleContext::getText);
    }

    /** yoy, 成长率(yoy): the noun or its gloss says year on year. */
    private static boolean isYearOnYear(MovedByContext by) {
        return by.getStart().getType() == YOY_RATE || by.gloss() != null && by.gloss().YOY_RATE() != null;
    }

    private static Direction direction(ChangeContext ctx) {
        ParserRuleContext word = ctx.movement() != null ? ctx.movement()
                : ctx.trailingDirection() != null ? ctx.trailingDirection()
                : ctx.comparedTo() != null ? ctx.comparedTo() : ctx.moreOrFewer();
        return direction(word.getStart().getType());
    }

    /** The direction a word of change says: 上升, 增幅, 高于, 多 are UP; 下降, 降幅, 低于, 少 DOWN. */
    private static Direction direction(int wordType) {
        return switch (wordType) {
            case UP_VERB, SHENG, UP_NOUN, YOY_RATE, HIGHER_THAN, MORE_THAN_SUFFIX -> Direction.UP;
            default -> Direction.DOWN;
        };
    }

    /** 翻番 is 2, 翻两番 4, 翻三番 8: doubled as many times as written. */
    private static Multiple doubled(DoublingContext ctx) {
        int times = ctx.digit() == null ? 1 : ChineseNumerals.digit(ctx.digit().getStart().getType());
        return new Multiple(BigDecimal.valueOf(2).pow(times), Approx.EXACT, Optional.empty());
    }


    private static Magnitude absolute(Magnitude magnitude) {
        return magnitude.number().signum() < 0 ? negated(magnitude) : magnitude;
    }

    private static Magnitude negated(Magnitude magnitude) {
        if (magnitude instanceof Quantity q) {
            return new Quantity(q.value().negate(), q.unit(), q.approx());
        }
        if (magnitude instanceof Money m) {
            return new Money(m.amount().negate(), m.currency(), m.approx());
        }
        if (magnitude instanceof Percent p) {
            return new Percent(p.value().negate(), p.approx());
        }
        if (magnitude instanceof PercentPoint p) {
            return new PercentPoint(p.value().negate(), p.approx());
        }
        Multiple m = (Multiple) magnitude;
        return new Multiple(m.value().negate(), m.approx(), m.baseline());
    }
}
