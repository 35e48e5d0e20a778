package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatParser.SubUnitContext;
import io.github.zhstat.internal.grammar.ZhStatParser.SubUnitsContext;
import java.math.BigDecimal;

/** The sub-units of 元 folded into the amount: 角 (毛) is a tenth, 分 a hundredth. */
final class SubUnits {
    private SubUnits() {}

    /** {@code 5角} is 0.5, {@code 5角2分} 0.52, {@code 零5分} 0.05; a bare digit ({@code 一块二}) is 角. */
    static BigDecimal value(SubUnitsContext ctx) {
        if (ctx.JIAO() != null) {
            BigDecimal value = digit(ctx.subUnit(0)).movePointLeft(1);
            return ctx.subUnit(1) == null ? value : value.add(digit(ctx.subUnit(1)).movePointLeft(2));
        }
        if (ctx.FEN() != null) {
            return digit(ctx.subUnit(0)).movePointLeft(2);
        }
        return BigDecimal.valueOf(ChineseNumerals.digit(ctx.digit().getStart().getType())).movePointLeft(1);
    }

    /** The one digit of a sub-unit: a Chinese digit, or an Arabic one from 0 to 9. */
    static BigDecimal digit(SubUnitContext ctx) {
        if (ctx.NUMBER() == null) {
            return BigDecimal.valueOf(ChineseNumerals.digit(ctx.getStart().getType()));
        }
        String text = ctx.NUMBER().getText();
        if (text.length() != 1) {
            throw new InvalidFigureException(ctx.getStart().getStartIndex(), "a sub-unit takes one digit");
        }
        return BigDecimal.valueOf(text.charAt(0) - '0');
    }
}
