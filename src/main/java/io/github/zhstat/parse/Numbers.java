package io.github.zhstat.parse;

import static io.github.zhstat.internal.grammar.ZhStatLexer.*;

import io.github.zhstat.internal.grammar.ZhStatParser.AmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ArabicNumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChineseNumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CnIntegerContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CnPartContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CountedAmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.NumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ScaleContext;
import io.github.zhstat.internal.grammar.ZhStatParser.SeveralAmountContext;
import io.github.zhstat.value.Approx;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Exact values of the number rules of the grammar. */
final class Numbers {
    private Numbers() {}

    /** A Chinese number split where trailing scale words apply: {@code 一亿二千}+万 scales 二千 only. */
    private record Split(BigDecimal head, BigDecimal last) {}

    static Amount amount(AmountContext ctx) {
        if (ctx instanceof SeveralAmountContext several) {
            BigDecimal value = several.smallScale() == null ? BigDecimal.ONE
                    : BigDecimal.valueOf(ChineseNumerals.place(several.smallScale().getStart().getType()));
            BigDecimal scale = scales(several.scale());
            return new Amount(value.multiply(scale), value.multiply(scale), Approx.SEVERAL);
        }
        CountedAmountContext counted = (CountedAmountContext) ctx;
        Split number = split(counted.number());
        BigDecimal scale = scales(counted.scale());
        Approx approx = Approx.EXACT;
        if (!counted.approxInfix().isEmpty()) {
            approx = Approximations.of(counted.approxInfix(0));
        }
        return new Amount(number.head.add(number.last.multiply(scale)), scale, approx);
    }

    static BigDecimal value(CnIntegerContext ctx) {
        Split split = cnInteger(ctx);
        return split.head.add(split.last);
    }

    static BigDecimal value(NumberContext ctx) {
        Split split = split(ctx);
        return split.head.add(split.last);
    }

    /** Returns the value of a whole number, or fails at its first token. */
    static long integer(NumberContext ctx, long max) {
        BigDecimal value = value(ctx);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidFigureException(ctx.getStart().getStartIndex(), "not a whole number up to " + max);
        }
        return value.longValueExact();
    }

    static BigDecimal scales(List<ScaleContext> scales) {
        BigDecimal factor = BigDecimal.ONE;
        for (ScaleContext scale : scales) {
            factor = factor.multiply(ChineseNumerals.scale(scale.getStart().getType()));
        }
        return factor;
    }

    private static Split split(NumberContext ctx) {
        if (ctx instanceof ArabicNumberContext arabic) {
            Token digits = arabic.NUMBER() != null ? arabic.NUMBER().getSymbol() : arabic.YEAR_DIGITS().getSymbol();
            BigDecimal value = arabic(digits.getText());
            return new Split(BigDecimal.ZERO, arabic.MINUS() != null ? value.negate() : value);
        }
        ChineseNumberContext chinese = (ChineseNumberContext) ctx;
        Split integer = cnInteger(chinese.cnInteger());
        if (chinese.CN_POINT() == null) {
            return integer;
        }
        StringBuilder fraction = new StringBuilder("0.");
        for (ParseTree child : chinese.children.subList(2, chinese.getChildCount())) {
            fraction.append(ChineseNumerals.digit(token(child).getType()));
        }
        return new Split(integer.head, integer.last.add(new BigDecimal(fraction.toString())));
    }

    /** Reads digits with optional grouping ({@code 1,234}, {@code 59 225}) and decimals. */
    static BigDecimal arabic(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || (c >= '0' && c <= '9')) {
                plain.append(c);
            }
        }
        return new BigDecimal(plain.toString());
    }

    private static Split cnInteger(CnIntegerContext ctx) {
        List<CnPartContext> parts = ctx.cnPart();
        List<ScaleContext> scales = ctx.scale();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.valueOf(ChineseNumerals.part(tokens(parts.get(0)), true));
        for (int i = 0; i < scales.size(); i++) {
            int scaleType = scales.get(i).getStart().getType();
            BigDecimal factor = ChineseNumerals.scale(scaleType);
            if (scaleType == WAN) {
                group = group.add(current.multiply(factor));
            } else {
                total = total.add(group).add(current).multiply(factor);
                group = BigDecimal.ZERO;
            }
            List<Token> next = tokens(parts.get(i + 1));
            current = BigDecimal.valueOf(ChineseNumerals.part(next, true));
            if (next.size() == 1 && ChineseNumerals.digit(next.get(0).getType()) > 0) {
                // 两万三 is 23000: a lone digit after a scale counts the next place down
                current = current.multiply(factor).divide(BigDecimal.TEN);
            }
        }
        return new Split(total.add(group), current);
    }

    private static List<Token> tokens(CnPartContext part) {
        List<Token> tokens = new ArrayList<>(part.getChildCount());
        for (ParseTree child : part.children) {
            tokens.add(token(child));
        }
        return tokens;
    }

    static Token token(ParseTree child) {
        return child instanceof TerminalNode terminal ? terminal.getSymbol() : ((ParserRuleContext) child).getStart();
    }
}
