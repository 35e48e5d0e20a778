package io.github.zhstat.extract;

import io.github.zhstat.internal.grammar.ZhStatParser.EraDateContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraDeicticContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraMonthContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraMonthSpanContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraPeriodContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraYearContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraYearInDigitsContext;
import io.github.zhstat.internal.grammar.ZhStatParser.EraYearsContext;
import io.github.zhstat.parse.EraYears;
import io.github.zhstat.parse.ValueBuilder;
import io.github.zhstat.value.Approx;
import io.github.zhstat.value.BoundsKind;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.Token;

/**
 * Reads the years of the Republic of China that the grammar found where a year stands
 * ({@code 111年8月}, {@code 去(111)年}, {@code 至112年}). They are dates in traditional script
 * only; elsewhere, or where the number is no such year, {@code 111年} is what it reads as
 * anywhere: a count of years, and the month after it a month.
 */
final class EraDates {
    /** A text is in traditional script when at least this share of its Chinese chars are traditional. */
    private static final int TRADITIONAL_PER_HUNDRED = 5;
    /** The script is judged on this many chars at the start: a text read as a stream has them early. */
    static final int SCRIPT_SAMPLE = 1 << 16;

    private EraDates() {}

    /** Returns whether {@code text} is written in traditional script, judged on its start. */
    static boolean isTraditional(CharSequence text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0, end = Math.min(text.length(), SCRIPT_SAMPLE); i < end; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (EraYears.isTraditional(c)) {
                    traditional++;
                }
            }
        }
        return han > 0 && traditional * 100 >= han * TRADITIONAL_PER_HUNDRED;
    }

    /** The readings of an era date; empty where the scan should go on from the next token. */
    static List<FigureLists.Reading> read(EraDateContext ctx, boolean traditional) {
        if (ctx instanceof EraDeicticContext deictic) {
            OptionalInt year = EraYears.gregorian(deictic.NUMBER().getSymbol());
            return traditional && year.isPresent()
                    ? List.of(new FigureLists.Reading(ctx.getStart(), ctx.getStop(), StatDate.ofYear(year.getAsInt())))
                    : List.of();
        }
        if (ctx instanceof EraYearInDigitsContext digits) { // 一一二年: a year in traditional script, else a count
            OptionalInt year = EraYears.gregorian(digits.eraDigits());
            StatValue value = traditional && year.isPresent() ? StatDate.ofYear(year.getAsInt())
                    : new Quantity(EraYears.count(digits.eraDigits()), Optional.of(digits.YEAR().getText()), Approx.EXACT);
            return List.of(new FigureLists.Reading(ctx.getStart(), ctx.getStop(), value));
        }
        if (ctx instanceof EraMonthContext month) {
            Optional<StatDate> date = traditional ? EraYears.date(month) : Optional.empty();
            if (date.isPresent()) {
                return List.of(new FigureLists.Reading(ctx.getStart(), ctx.getStop(), date.get()));
            }
            List<FigureLists.Reading> plain = new ArrayList<>();
            plain.add(duration(month.eraYear()));
            plain.add(new FigureLists.Reading(month.monthOfYear().getStart(), month.monthOfYear().getStop(),
                    ValueBuilder.month(month.monthOfYear())));
            if (month.dayOfMonth() != null) {
                plain.add(new FigureLists.Reading(month.dayOfMonth().getStart(), month.dayOfMonth().getStop(),
                        ValueBuilder.day(month.dayOfMonth())));
            }
            return plain;
        }
        if (ctx instanceof EraMonthSpanContext span) { // 112年1至6月: 2023-01 and --06, as 2003年1至11月
            OptionalInt year = traditional ? EraYears.gregorian(span.eraYear()) : OptionalInt.empty();
            Token lastOfFirst = span.cnInteger() != null ? span.cnInteger().getStop() : span.NUMBER().getSymbol();
            Token firstMonth = span.cnInteger() != null ? span.cnInteger().getStart() : span.NUMBER().getSymbol();
            List<FigureLists.Reading> readings = new ArrayList<>();
            if (year.isEmpty()) {
                readings.add(duration(span.eraYear()));
            }
            readings.add(new FigureLists.Reading(year.isPresent() ? span.getStart() : firstMonth, lastOfFirst,
                    ValueBuilder.firstMonth(span, year, firstMonth, span.cnInteger())));
            readings.add(new FigureLists.Reading(span.monthOfYear().getStart(), span.monthOfYear().getStop(),
                    ValueBuilder.month(span.monthOfYear())));
            return readings;
        }
        if (ctx instanceof EraPeriodContext period) { // 112年第1季: the year, and the rank as it reads alone
            OptionalInt year = EraYears.gregorian(period.eraYear());
            List<FigureLists.Reading> readings = new ArrayList<>();
            readings.add(traditional && year.isPresent()
                    ? new FigureLists.Reading(period.eraYear().getStart(), period.eraYear().getStop(), StatDate.ofYear(year.getAsInt()))
                    : duration(period.eraYear()));
            if (period.ordinal() != null) {
                readings.add(new FigureLists.Reading(period.ordinal().getStart(), period.ordinal().getStop(),
                        ValueBuilder.ordinal(period.ordinal())));
            }
            return readings;
        }
        EraYearsContext years = (EraYearsContext) ctx;
        List<FigureLists.Reading> dates = new ArrayList<>();
        for (EraYearContext year : years.eraYear()) {
            OptionalInt gregorian = EraYears.gregorian(year);
            if (!traditional || gregorian.isEmpty()) {
                return years.getStart() == years.eraYear(0).getStart() ? durations(years) : List.of();
            }
            dates.add(new FigureLists.Reading(year.getStart(), year.getStop(), StatDate.ofYear(gregorian.getAsInt())));
        }
        return dates;
    }

    /** 3年至5年, 3年、5年 where no years stand: a range of years, or counts of years. */
    private static List<FigureLists.Reading> durations(EraYearsContext years) {
        List<EraYearContext> members = years.eraYear();
        if (members.size() == 2 && years.LIST_SEP().isEmpty()) {
            BigDecimal low = EraYears.count(members.get(0));
            BigDecimal high = EraYears.count(members.get(1));
            Range range = new Range(low, high, Optional.of(members.get(1).YEAR().getText()), BoundsKind.QUANTITY);
            return List.of(new FigureLists.Reading(years.getStart(), years.getStop(), range));
        }
        return members.stream().map(EraDates::duration).toList();
    }

    /** 5年 where no year stands: a count of years. */
    private static FigureLists.Reading duration(EraYearContext year) {
        BigDecimal count = EraYears.count(year);
        return new FigureLists.Reading(year.getStart(), year.getStop(), new Quantity(count, Optional.of(year.YEAR().getText()), Approx.EXACT));
    }
}
