package io.github.zhstat.extract;

import io.github.zhstat.internal.grammar.ZhStatLexer;
import io.github.zhstat.internal.grammar.ZhStatParser.AmountContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import io.github.zhstat.internal.grammar.ZhStatParser.ChineseNumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CountedAmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.FigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.FractionFigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.FractionWithSlashContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MagnitudeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MeasuredContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MeasuredFigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.NeighbourRangeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.QuantityContext;
import io.github.zhstat.internal.grammar.ZhStatParser.RangeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.RangeFigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ScaleAmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.SpanRangeContext;
import io.github.zhstat.parse.ValueBuilder;

/**
 * Which readings of running text are measurements. A bare number ({@code 110}, {@code 2019},
 * {@code 5.15}, {@code 十九}) measures nothing: it is a name, a code or part of a word, unless
 * a unit, a scale word with a digit ({@code 143.5万}, {@code 两万}) or an approximation
 * ({@code 百万以上}) makes it a figure. And {@code 一} before a measure word is the indefinite
 * article ({@code 一起案件}, {@code 一批}), not a count.
 */
final class MentionPolicy {
    private MentionPolicy() {}

    /** Returns whether a figure of running text is a measurement. */
    static boolean isMeasurement(FigureContext figure) {
        if (figure instanceof MeasuredFigureContext measured) {
            return isMeasurement(measured.measured(), measured.approxPrefix() != null || measured.approxSuffix() != null);
        }
        if (figure instanceof RangeFigureContext range) {
            return hasUnitOrScale(range.range());
        }
        if (figure instanceof FractionFigureContext fraction && fraction.fraction() instanceof FractionWithSlashContext) {
            return false; // 1/8 of running text is as often a date or a path (2020/1/8) as a fraction
        }
        return true;
    }

    /** Returns whether the magnitude of a change is a measurement. */
    static boolean isMeasurement(MagnitudeContext magnitude) {
        return isMeasurement(magnitude.measured(), magnitude.approxPrefix() != null || magnitude.approxSuffix() != null);
    }

    /** An approximation word around a figure (近万人, 百万以上) makes it a measurement unless it is 一个. */
    private static boolean isMeasurement(MeasuredContext measured, boolean approximated) {
        return approximated ? !isArticle(measured) : isMeasurement(measured);
    }

    /** Returns whether a measured figure, without approximation words around it, is a measurement. */
    private static boolean isMeasurement(MeasuredContext measured) {
        AmountContext amount = ValueBuilder.amountOf(measured);
        if (amount instanceof ScaleAmountContext scaleOnly && scaleOnly.approxInfix() == null) {
            return false; // 每万人, 万元户: a scale word alone is a word, unless 近 or 余 counts it
        }
        QuantityContext quantity = measured.quantity();
        if (quantity == null) {
            return true;
        }
        if (quantity.getChildCount() == 1) { // an amount and no unit
            return isQualified(quantity.amount());
        }
        return !isArticle(measured);
    }

    /** Returns whether a quantity has no unit, no scale and no approximation: a plain number. */
    static boolean isPlainNumber(FigureContext figure) {
        return figure instanceof MeasuredFigureContext measured
                && measured.approxPrefix() == null && measured.approxSuffix() == null && isPlainNumber(measured.measured());
    }

    /**
     * Returns whether a figure is a number with nothing after it, no unit, scale or suffix, an
     * approximation before it allowed ({@code 低於5}): the number of a month or day that follows.
     */
    static boolean isBareNumber(FigureContext figure) {
        return figure instanceof MeasuredFigureContext measured && measured.approxSuffix() == null
                && isPlainNumber(measured.measured());
    }

    /** Returns whether the magnitude of a change is a plain number: a member of a list before its unit. */
    static boolean isPlainNumber(MagnitudeContext magnitude) {
        return magnitude.approxPrefix() == null && magnitude.approxSuffix() == null && isPlainNumber(magnitude.measured());
    }

    private static boolean isPlainNumber(MeasuredContext measured) {
        return measured.quantity() != null && measured.quantity().unit() == null
                && measured.quantity().amount() instanceof CountedAmountContext counted
                && counted.scales() == null && counted.approxInfix(0) == null;
    }

    private static boolean isQualified(AmountContext amount) {
        if (amount instanceof ScaleAmountContext scaleOnly) {
            return scaleOnly.approxInfix() != null;
        }
        if (!(amount instanceof CountedAmountContext counted)) {
            return true; // 数万
        }
        if (counted.approxInfix(0) != null) {
            return true;
        }
        return counted.scales() != null && hasDigit(counted);
    }

    private static boolean hasDigit(CountedAmountContext counted) {
        if (!(counted.number() instanceof ChineseNumberContext chinese) || chinese.cnInteger() == null) {
            return true;
        }
        return hasDigit((ParseTree) chinese.cnInteger());
    }

    private static boolean hasDigit(ParseTree tree) {
        if (tree instanceof TerminalNode terminal) {
            int type = terminal.getSymbol().getType();
            return type == ZhStatLexer.NUMBER || type >= ZhStatLexer.CN_ONE && type <= ZhStatLexer.CN_NINE;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (hasDigit(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 一 before a measure word is the indefinite article (一起案件, 一批); a bare 百 or 千 before
     * one is an idiom (千家万户), not a count.
     */
    private static boolean isArticle(MeasuredContext measured) {
        QuantityContext quantity = measured.quantity();
        if (quantity == null || quantity.unit() == null || quantity.unit().MEASURE() == null) {
            return false;
        }
        if (!(quantity.amount() instanceof CountedAmountContext counted)
                || counted.scales() != null || counted.approxInfix(0) != null) {
            return false;
        }
        int first = counted.number().getStart().getType();
        boolean single = counted.number().getStart() == counted.number().getStop();
        return single && (first == ZhStatLexer.CN_ONE || first == ZhStatLexer.CN_HUNDRED || first == ZhStatLexer.CN_THOUSAND);
    }

    private static boolean hasUnitOrScale(RangeContext range) {
        if (range instanceof NeighbourRangeContext neighbours) {
            return neighbours.rangeUnit() != null || neighbours.scales() != null;
        }
        SpanRangeContext span = (SpanRangeContext) range;
        return span.rangeBound().stream().anyMatch(bound -> bound.rangeUnit() != null || bound.PERCENT_OF() != null
                || bound.amount() instanceof CountedAmountContext counted && counted.scales() != null);
    }
}
