package io.github.zhstat.parse;

import io.github.zhstat.internal.grammar.ZhStatParser.CnDigitContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraDigitsContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraMonthContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraYearContext;
import io.github.zhstat.value.StatDate;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.Token;

/**
 * Years of the Republic of China written without 民国 (contract version 2): {@code 111年8月} is
 * {@code 2022-08} in traditional script. Only numbers from 60 to 199 are read so.
 */
public final class EraYears {
    /** 民国1年 is 1912. */
    private static final int YEAR_ZERO = 1911;
    private static final BigDecimal FIRST = BigDecimal.valueOf(60);
    private static final BigDecimal LAST = BigDecimal.valueOf(199);

    private EraYears() {}

    /** The Gregorian year of an era year's number ({@code 111年}, {@code 一一二年}), if it is one. */
    public static OptionalInt gregorian(EraYearContext year) {
        return gregorian(count(year));
    }

    /** The Gregorian year of an era year's number, if it is one. */
    public static OptionalInt gregorian(Token number) {
        return gregorian(Numbers.arabic(number));
    }

    /** The Gregorian year of an era year of Chinese digits ({@code 一一二}), if it is one. */
    public static OptionalInt gregorian(EraDigitsContext digits) {
        return gregorian(count(digits));
    }

    private static OptionalInt gregorian(BigDecimal value) {
        if (value.scale() > 0 || value.compareTo(FIRST) < 0 || value.compareTo(LAST) > 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValue() + YEAR_ZERO);
    }

    /** The number of an era year read as a count ({@code 5年}): Arabic, or a string of Chinese digits. */
    public static BigDecimal count(EraYearContext year) {
        return year.NUMBER() != null ? Numbers.arabic(year.NUMBER().getSymbol()) : count(year.eraDigits());
    }

    /** The number of a string of Chinese digits ({@code 一一二} is 112). */
    public static BigDecimal count(EraDigitsContext digits) {
        int value = 0;
        for (CnDigitContext digit : digits.cnDigit()) {
            value = value * 10 + Math.max(0, ChineseNumerals.digit(digit.getStart().getType()));
        }
        return BigDecimal.valueOf(value);
    }

    /** The date of {@code 111年8月(5日)}, if its year is an era year. */
    public static Optional<StatDate> date(EraMonthContext ctx) {
        OptionalInt year = gregorian(ctx.eraYear());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt month = ValueBuilder.month(ctx.monthOfYear()).month();
        OptionalInt day = ctx.dayOfMonth() == null ? OptionalInt.empty() : ValueBuilder.day(ctx.dayOfMonth()).day();
        try {
            return Optional.of(new StatDate(year, month, day));
        } catch (IllegalArgumentException e) {
            throw new InvalidFigureException(ctx.getStart().getStartIndex(), e.getMessage());
        }
    }

    /** Returns whether {@code c} is a Chinese character written in traditional script. */
    public static boolean isTraditional(char c) {
        return CharFolding.fold(c) != c && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
