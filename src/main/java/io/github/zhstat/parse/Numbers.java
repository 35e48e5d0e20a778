package io.github.zhstat.parse;

import static io.github.zhstat.internal.grammar.ZhStatLexer.*;

import io.github.zhstat.internal.grammar.ZhStatParser.AmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ArabicNumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChineseNumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CnDigitContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CnIntegerContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CnPartContext;
import io.github.zhstat.internal.grammar.ZhStatParser.CountedAmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.NumberContext;
import io.github.zhstat.internal.grammar.ZhStatParser.PlacesContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ScaleAmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ScaleContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ScalesContext;
import io.github.zhstat.internal.grammar.ZhStatParser.SeveralAmountContext;
import io.github.zhstat.value.Approx;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Exact values of the number rules of the grammar. */
final class Numbers {
    private Numbers() {}

    static Amount amount(AmountContext ctx) {
        if (ctx instanceof SeveralAmountContext several) {
            BigDecimal value = several.smallScale() == null ? BigDecimal.ONE
                    : BigDecimal.valueOf(ChineseNumerals.place(several.smallScale().getStart().getType()));
            BigDecimal scale = scales(several.scales());
            return new Amount(value.multiply(scale), value.multiply(scale), Approx.SEVERAL);
        }
        if (ctx instanceof ScaleAmountContext scaleOnly) {
            BigDecimal scale = scales(scaleOnly.scales());
            Approx approx = Approximations.of(scaleOnly.approxInfix());
            return new Amount(scale, scale, approx);
        }
        CountedAmountContext counted = (CountedAmountContext) ctx;
        BigDecimal scale = scales(counted.scales());
        Approx approx = Approximations.of(counted.approxInfix(0));
        BigDecimal value;
        if (counted.number() instanceof ChineseNumberContext chinese && !hasDecimals(chinese)) {
            // 一万五千亿: the scales after the number join those inside it, largest first
            List<List<Token>> parts = parts(chinese.cnInteger());
            List<BigDecimal> factors = factors(chinese.cnInteger().scale());
            for (ScaleContext trailing : scaleList(counted.scales())) {
                parts.add(List.of());
                factors.add(factor(trailing));
            }
            value = cnInteger(parts, factors);
            value = chinese.MINUS() == null ? value : value.negate();
        } else {
            value = value(counted.number()).multiply(scale);
        }
        return new Amount(value, scale, approx);
    }

    static BigDecimal value(CnIntegerContext ctx) {
        return cnInteger(parts(ctx), factors(ctx.scale()));
    }

    /**
     * The place of a number that is one digit and one place ({@code 3百} is 100, {@code 5千} 1000),
     * 1 for any other: in a range {@code 两~3百} the place belongs to both bounds.
     */
    static int leadingPlace(AmountContext ctx) {
        return ctx instanceof CountedAmountContext counted && counted.number() instanceof ChineseNumberContext chinese
                && !hasDecimals(chinese) ? leadingPlace(chinese.cnInteger()) : 1;
    }

    private static int leadingPlace(CnIntegerContext ctx) {
        if (ctx.getChildCount() != 1 || ctx.cnPart(0).getChildCount() != 1 || ctx.cnPart(0).places() == null) {
            return 1;
        }
        PlacesContext places = ctx.cnPart(0).places();
        if (places.getChildCount() != 1 || places.getChild(0).getChildCount() != 2) {
            return 1;
        }
        return Math.max(1, ChineseNumerals.place(token(places.getChild(0).getChild(1)).getType()));
    }

    static BigDecimal value(NumberContext ctx) {
        if (ctx instanceof ArabicNumberContext arabic) {
            Token digits = arabic.NUMBER() != null ? arabic.NUMBER().getSymbol() : arabic.YEAR_DIGITS().getSymbol();
            BigDecimal value = arabic(digits);
            return arabic.MINUS() != null ? value.negate() : value;
        }
        ChineseNumberContext chinese = (ChineseNumberContext) ctx;
        BigDecimal value = chinese.cnInteger() == null ? BigDecimal.ZERO : value(chinese.cnInteger());
        if (hasDecimals(chinese)) {
            value = value.add(decimals(chinese));
        }
        return chinese.MINUS() == null ? value : value.negate();
    }

    /**
     * The number before 百分之 read with its 百: {@code 五} of 五百分之二 is 500,
     * {@code 两千五} 2500; an Arabic number is multiplied by 100.
     */
    static BigDecimal hundreds(NumberContext ctx) {
        if (ctx instanceof ChineseNumberContext chinese && !hasDecimals(chinese)) {
            List<List<Token>> parts = parts(chinese.cnInteger());
            List<Token> last = new ArrayList<>(parts.get(parts.size() - 1));
            last.add(new CommonToken(CN_HUNDRED, "百"));
            parts.set(parts.size() - 1, last);
            BigDecimal value = cnInteger(parts, factors(chinese.cnInteger().scale()));
            return chinese.MINUS() == null ? value : value.negate();
        }
        return value(ctx).multiply(BigDecimal.valueOf(100));
    }

    private static boolean hasDecimals(ChineseNumberContext chinese) {
        return chinese.CN_POINT() != null || chinese.CN_POINT_DIGIT() != null;
    }

    /** The digits after 点: Chinese (三点五) or Arabic (零點77), never grouped. */
    private static BigDecimal decimals(ChineseNumberContext chinese) {
        if (chinese.NUMBER() != null) {
            Token digits = chinese.NUMBER().getSymbol();
            if (!digits.getText().chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvalidFigureException(digits.getStartIndex(), "not digits after a decimal point");
            }
            return new BigDecimal("0." + digits.getText());
        }
        StringBuilder fraction = new StringBuilder("0.");
        if (chinese.CN_POINT_DIGIT() != null) {
            // 三.二: the token holds the point and the first decimal, whose digit the lexer tells
            String point = chinese.CN_POINT_DIGIT().getText();
            fraction.append(ChineseNumerals.digit(LexerTables.get().typeOfSingle(point.charAt(point.length() - 1))));
        }
        for (CnDigitContext digit : chinese.cnDigit()) {
            fraction.append(ChineseNumerals.digit(digit.getStart().getType()));
        }
        return new BigDecimal(fraction.toString());
    }

    /** Returns the value of a whole number, or fails at its first token. */
    static long integer(NumberContext ctx, long max) {
        BigDecimal value = value(ctx);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidFigureException(ctx.getStart().getStartIndex(), "not a whole number up to " + max);
        }
        return value.longValueExact();
    }

    /** The most scale words one number may have (一万万 has two); more would only be a way to hang. */
    static final int MAX_SCALES = 6;

    /** The scale words of an optional {@code scales}, in order. */
    static List<ScaleContext> scaleList(ScalesContext scales) {
        return scales == null ? List.of() : scales.scale();
    }

    /** The most scale words after a number (万亿); 一万万亿 is refused, not read as 一万万. */
    static final int MAX_TRAILING_SCALES = 2;

    /** The product of the scale words of an optional {@code scales}: 10^12 for 万亿, 1 for none. */
    static BigDecimal scales(ScalesContext scales) {
        if (scales == null) {
            return BigDecimal.ONE;
        }
        if (scales.getChildCount() > MAX_TRAILING_SCALES) {
            throw new InvalidFigureException(token(scales.getChild(MAX_TRAILING_SCALES)).getStartIndex(),
                    "more than " + MAX_TRAILING_SCALES + " scale words after a number");
        }
        BigDecimal factor = ChineseNumerals.scale(token(scales.getChild(0)).getType());
        for (int i = 1; i < scales.getChildCount(); i++) {
            factor = factor.multiply(ChineseNumerals.scale(token(scales.getChild(i)).getType()));
        }
        return factor;
    }

    /** The most digits an Arabic number may have: enough for any figure, and parsing stays cheap. */
    static final int MAX_ARABIC_CHARS = 1000;

    /** Digits that fit a long, whatever they are: such a number is read without a string. */
    private static final int LONG_DIGITS = 18;

    /** Reads digits with optional grouping ({@code 1,234}, {@code 59 225}) and decimals. */
    static BigDecimal arabic(Token token) {
        char[] chars = TokenArray.foldedChars(token);
        int length = chars == null ? token.getText().length() : token.getStopIndex() - token.getStartIndex() + 1;
        if (length > MAX_ARABIC_CHARS) {
            throw new InvalidFigureException(token.getStartIndex(), "a number of more than " + MAX_ARABIC_CHARS + " chars");
        }
        if (chars == null) {
            return arabic(token.getText());
        }
        BigDecimal value = shortArabic(chars, length);
        return value != null ? value : arabic(new String(chars, 0, length));
    }

    /** Reads a number as {@link #arabic(String)} does; null where its digits do not fit a long. */
    private static BigDecimal shortArabic(char[] chars, int length) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                scale += scale >= 0 ? 1 : 0;
            } else if (c == '.') {
                if (scale >= 0) {
                    return null;
                }
                scale = 0;
            }
        }
        return digits == 0 || digits > LONG_DIGITS ? null : BigDecimal.valueOf(unscaled, Math.max(scale, 0));
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

    /**
     * Parts joined by scale words, largest scale first: {@code 五兆六十二亿四万五千二} is
     * (五)兆 + (六十二亿四万五千二), and so on down; a part may be empty ({@code 一万五千亿}).
     * A lone digit at the end, after a scale, counts the next place down ({@code 两万三} is 23000).
     */
    private static BigDecimal cnInteger(List<List<Token>> parts, List<BigDecimal> factors) {
        if (factors.isEmpty()) {
            return parts.get(0).isEmpty() ? BigDecimal.ZERO : ChineseNumerals.partValue(parts.get(0));
        }
        int largest = 0;
        for (int i = 1; i < factors.size(); i++) {
            if (factors.get(i).compareTo(factors.get(largest)) >= 0) {
                largest = i;
            }
        }
        BigDecimal factor = factors.get(largest);
        BigDecimal left = cnInteger(parts.subList(0, largest + 1), factors.subList(0, largest));
        List<List<Token>> rightParts = parts.subList(largest + 1, parts.size());
        BigDecimal right = cnInteger(rightParts, factors.subList(largest + 1, factors.size()));
        if (rightParts.size() == 1 && rightParts.get(0).size() == 1 && isLoneDigit(rightParts.get(0).get(0))) {
            right = right.multiply(factor).divide(BigDecimal.TEN);
        }
        return left.multiply(factor).add(right);
    }

    /** 两万三, 1万5: one digit 1 to 9 after a scale counts the next place down. */
    private static boolean isLoneDigit(Token token) {
        if (token.getType() == NUMBER) {
            String text = token.getText();
            return text.length() == 1 && text.charAt(0) != '0';
        }
        return ChineseNumerals.digit(token.getType()) > 0;
    }

    /**
     * The parts between the scale words: a {@code cnPart}, or Arabic digits ({@code 27万1,543});
     * a leading scale with no digit before it ({@code 萬九}) has the part 一.
     */
    private static List<List<Token>> parts(CnIntegerContext ctx) {
        List<List<Token>> parts = new ArrayList<>();
        if (ctx.getChild(0) instanceof ScaleContext) {
            parts.add(List.of(new CommonToken(CN_ONE, "一")));
        }
        Token zero = null;
        for (ParseTree child : ctx.children) {
            if (child instanceof CnPartContext part) {
                parts.add(tokens(part));
            } else if (child instanceof TerminalNode terminal && terminal.getSymbol().getType() == CN_ZERO) {
                zero = terminal.getSymbol();   // 1万零500: the zero goes with the number after it
            } else if (child instanceof TerminalNode number) {
                parts.add(zero == null ? List.of(number.getSymbol()) : List.of(zero, number.getSymbol()));
                zero = null;
            }
        }
        return parts;
    }

    private static void checkScales(int count, List<ScaleContext> scales) {
        if (count > MAX_SCALES) {
            ScaleContext last = scales.get(scales.size() - 1);
            throw new InvalidFigureException(last.getStart().getStartIndex(), "more than " + MAX_SCALES + " scale words");
        }
    }

    private static List<BigDecimal> factors(List<ScaleContext> scales) {
        checkScales(scales.size(), scales);
        List<BigDecimal> factors = new ArrayList<>();
        for (ScaleContext scale : scales) {
            factors.add(factor(scale));
        }
        return factors;
    }

    private static BigDecimal factor(ScaleContext scale) {
        return ChineseNumerals.scale(scale.getStart().getType());
    }

    private static List<Token> tokens(CnPartContext part) {
        List<Token> inArray = TokenArray.between(part.getStart(), part.getStop());
        if (inArray != null) {
            return inArray;   // a part is the tokens from its first to its last
        }
        List<Token> tokens = new ArrayList<>(8);
        addTokens(part, tokens);
        return tokens;
    }

    private static void addTokens(ParseTree tree, List<Token> tokens) {
        if (tree instanceof TerminalNode terminal) {
            tokens.add(terminal.getSymbol());
        } else {
            for (int i = 0; i < tree.getChildCount(); i++) {
                addTokens(tree.getChild(i), tokens);
            }
        }
    }

    static Token token(ParseTree child) {
        return child instanceof TerminalNode terminal ? terminal.getSymbol() : ((ParserRuleContext) child).getStart();
    }
}
