package io.github.zhstat.parse;

import static io.github.zhstat.internal.grammar.ZhStatLexer.*;

import io.github.zhstat.internal.grammar.ZhStatParser;
import io.github.zhstat.internal.grammar.ZhStatParser.*;
import io.github.zhstat.value.Approx;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.BoundsKind;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Direction;
import io.github.zhstat.value.Form;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Multiple;
import io.github.zhstat.value.Ordinal;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the typed value of a parse tree. Stateless; each method reads one rule of the grammar.
 * Values the grammar accepts in shape but not in value throw {@link InvalidFigureException}.
 */
public final class ValueBuilder {
    /** The currency of 元 when no other is named. */
    private static final Currency YUAN_CURRENCY = Currency.getInstance("CNY");

    /** 民国1年 is 1912. */
    private static final int ROC_YEAR_ZERO = 1911;

    private ValueBuilder() {}

    /** The value of one whole expression; a list of several figures is refused at its separator. */
    public static StatValue value(ValueContext ctx) {
        if (ctx.change() != null) {
            ChangeContext change = ctx.change();
            if (change.listSeparator(0) != null) {
                throw new InvalidFigureException(change.listSeparator(0).getStart().getStartIndex(),
                        "unparsed text found: a list holds several figures, extract reads them");
            }
            return Changes.change(change, 0);
        }
        if (ctx.multipleOf() != null) {
            return multipleOf(ctx.multipleOf());
        }
        if (ctx.rank() != null) {
            return ordinal(ctx.rank().ordinal());
        }
        return figure(ctx.figure());
    }

    /** The amount of a measured figure; null for 三成, which has a number and no amount. */
    public static AmountContext amountOf(MeasuredContext ctx) {
        return ctx.getRuleContext(ParserRuleContext.class, 0).getRuleContext(AmountContext.class, 0);
    }

    /** The figure of a change's magnitude. */
    public static Magnitude magnitude(MagnitudeContext ctx) {
        return measured(ctx.measured(), Approximations.of(ctx.approxPrefix()), Approximations.of(ctx.approxSuffix()));
    }

    public static Multiple multipleOf(MultipleOfContext ctx) {
        Amount amount = Numbers.amount(ctx.multiple().amount());
        Approx approx = Approximations.first(Approximations.of(ctx.approxPrefix()), amount.approx(),
                Approximations.of(ctx.approxSuffix()));
        return new Multiple(amount.value(), approx, Optional.of(ctx.baseline().getText()));
    }

    public static StatValue figure(FigureContext ctx) {
        if (ctx instanceof DateFigureContext date) {
            return date(date.date());
        }
        if (ctx instanceof OrdinalFigureContext ordinal) {
            return ordinal(ordinal.ordinal());
        }
        if (ctx instanceof RangeFigureContext range) {
            Range value = range(range.range());
            return value.withApprox(Approximations.first(Approximations.of(range.approxPrefix()), value.approx(),
                    Approximations.of(range.approxSuffix())));
        }
        if (ctx instanceof HalfFigureContext half) {
            return Fraction.of(1, 2, Approximations.of(half.approxPrefix()));
        }
        if (ctx instanceof FractionFigureContext fraction) {
            return fraction(fraction.fraction(),
                    Approximations.first(Approximations.of(fraction.approxPrefix()), Approximations.of(fraction.approxSuffix())));
        }
        MeasuredFigureContext measured = (MeasuredFigureContext) ctx;
        return measured(measured.measured(), Approximations.of(measured.approxPrefix()),
                Approximations.of(measured.approxSuffix()));
    }

    static Magnitude measured(MeasuredContext ctx, Approx prefix, Approx suffix) {
        if (ctx.percent() != null) {
            PercentContext percent = ctx.percent();
            if (percent instanceof PercentInTenthsContext tenths) {
                // 半成 has no number before 成: half of one tenth
                BigDecimal value = tenths.number() == null ? BigDecimal.ZERO : Numbers.value(tenths.number()).multiply(BigDecimal.TEN);
                if (tenths.digit() != null) {
                    value = value.add(BigDecimal.valueOf(ChineseNumerals.digit(tenths.digit().getStart().getType())));
                } else if (tenths.HALF() != null) {
                    value = value.add(BigDecimal.valueOf(5));
                } else if (tenths.NUMBER() != null) {
                    BigDecimal tenth = Numbers.arabic(tenths.NUMBER().getSymbol());
                    if (tenth.scale() > 0 || tenth.compareTo(BigDecimal.TEN) >= 0) {
                        throw new InvalidFigureException(tenths.NUMBER().getSymbol().getStartIndex(), "not one digit");
                    }
                    value = value.add(tenth);
                }
                return new Percent(value, Approximations.first(prefix, suffix));
            }
            AmountContext amountCtx = percent instanceof PercentBySignContext bySign ? bySign.amount()
                    : ((PercentInWordsContext) percent).amount();
            Amount amount = Numbers.amount(amountCtx);
            boolean perMille = percent instanceof PercentBySignContext bySign && bySign.PER_MILLE() != null;
            boolean negative = percent instanceof PercentInWordsContext words && words.MINUS() != null;
            BigDecimal value = perMille ? amount.value().movePointLeft(1) : negative ? amount.value().negate() : amount.value();
            return new Percent(value, Approximations.first(prefix, amount.approx(), suffix));
        }
        QuantityContext quantity = ctx.quantity();
        if (quantity != null && quantity.halfUnit() != null) {
            return new Quantity(HALF_OF_ONE, Optional.of(quantity.halfUnit().getText()), Approximations.first(prefix, suffix));
        }
        if (quantity != null && quantity.DECIMAL_DAYS() != null) {
            return new Quantity(Numbers.arabic(quantity.DECIMAL_DAYS().getSymbol()), Optional.of(DAYS_UNIT),
                    Approximations.first(prefix, suffix));
        }
        if (quantity != null && quantity.SHENG() != null) {
            return new Quantity(Numbers.arabic(quantity.NUMBER().getSymbol()), Optional.of(quantity.SHENG().getText()),
                    Approximations.first(prefix, suffix));
        }
        Amount amount = Numbers.amount(amountOf(ctx));
        Approx approx = Approximations.first(prefix, amount.approx(), suffix);
        if (ctx.percentPoint() != null) {
            int points = ctx.percentPoint().getStop().getType();
            BigDecimal value = points == PER_MILLE_POINT ? amount.value().movePointLeft(1)
                    : points == BASIS_POINT ? amount.value().movePointLeft(2) : amount.value();
            return new PercentPoint(value, approx);
        }
        if (ctx.multiple() != null) {
            return new Multiple(amount.value(), approx, Optional.empty());
        }
        if (ctx.money() != null) {
            MoneyContext money = ctx.money();
            List<CurrencyContext> named = money.currency();
            BigDecimal value = money.subUnits() == null ? amount.value() : amount.value().add(SubUnits.value(money.subUnits()));
            return new Money(value, named.isEmpty() ? YUAN_CURRENCY : currency(named), approx);
        }
        return quantity(quantity, amount, approx);
    }

    private static final BigDecimal HALF_OF_ONE = new BigDecimal("0.5");
    private static final String DAYS_UNIT = "日";

    private static Quantity quantity(QuantityContext quantity, Amount amount, Approx approx) {
        BigDecimal value = amount.value();
        if (quantity.BELOW_ZERO() != null) {
            return new Quantity(value.negate(), Optional.of(CELSIUS_UNIT), approx);
        }
        if (quantity.JIN() != null) {
            // 3斤5两: ten 两 to the 斤, as on the mainland since 1959
            return new Quantity(value.add(SubUnits.digit(quantity.subUnit()).movePointLeft(1)),
                    Optional.of(quantity.JIN().getText()), approx);
        }
        if (quantity.HALF() != null) {
            value = value.add(HALF_OF_ONE);
        }
        if (quantity.MEASURE() != null) {
            // 三个半小时: the unit is the last word
            return new Quantity(value, Optional.of(quantity.getStop().getText()), approx);
        }
        UnitContext unit = quantity.unit();
        if (unit == null) {
            return new Quantity(value, Optional.empty(), approx);
        }
        String name = unit.CELSIUS() != null ? CELSIUS_UNIT : unit.getText();
        return new Quantity(value, Optional.of(quantity.perUnit() == null ? name : name + quantity.perUnit().getText()), approx);
    }

    /** 39℃, 37°C and 三十九摄氏度 have one unit. */
    private static final String CELSIUS_UNIT = "℃";

    /** The number of a counted amount before its scale words: 2 in {@code 2亿}. */
    public static BigDecimal unscaled(CountedAmountContext ctx) {
        return Numbers.value(ctx.number());
    }

    /** The product of the scale words of a counted amount: 10^8 in {@code 2亿}. */
    public static BigDecimal scale(CountedAmountContext ctx) {
        return Numbers.scales(ctx.scales());
    }

    static Currency currency(List<CurrencyContext> currencies) {
        int type = currencies.get(0).getStart().getType();
        for (CurrencyContext other : currencies) {
            if (other.getStart().getType() != type) {
                throw new InvalidFigureException(other.getStart().getStartIndex(), "two currencies");
            }
        }
        return Currency.getInstance(ZhStatParser.VOCABULARY.getSymbolicName(type));
    }

    public static Ordinal ordinal(OrdinalContext ctx) {
        long value = Numbers.integer(ctx.number(0), Long.MAX_VALUE);
        return check(ctx, () -> Ordinal.of(value));
    }

    static Fraction fraction(FractionContext ctx, Approx approx) {
        if (ctx instanceof HalfContext) {
            return Fraction.of(1, 2, approx);
        }
        BigDecimal numerator;
        BigDecimal denominator;
        if (ctx instanceof FractionWithSlashContext slash) {
            numerator = Numbers.arabic(slash.NUMBER(0).getSymbol());
            denominator = Numbers.arabic(slash.NUMBER(1).getSymbol());
        } else if (ctx instanceof FractionOfHundredsContext hundreds) {
            numerator = Numbers.value(hundreds.number(1));
            denominator = Numbers.hundreds(hundreds.number(0));
        } else {
            FractionInWordsContext words = (FractionInWordsContext) ctx;
            List<NumberContext> numbers = words.number();
            numerator = Numbers.value(numbers.get(numbers.size() - 1));
            denominator = (numbers.size() == 2 ? Numbers.value(numbers.get(0)) : BigDecimal.ONE)
                    .multiply(Numbers.scales(words.scales()));
        }
        // 负千分之15: the sign is the fraction's, -15/1000
        boolean negative = denominator.signum() < 0;
        BigDecimal top = negative ? numerator.negate() : numerator;
        BigDecimal bottom = denominator.abs();
        return check(ctx, () -> new Fraction(top, bottom, approx));
    }

    static Range range(RangeContext ctx) {
        if (ctx instanceof NeighbourRangeContext neighbours) {
            int low = ChineseNumerals.digit(neighbours.neighbours().getStart().getType());
            int high = ChineseNumerals.digit(neighbours.neighbours().getStop().getType());
            BigDecimal factor = Numbers.scales(neighbours.scales());
            if (neighbours.smallScale() != null) {
                factor = factor.multiply(BigDecimal.valueOf(ChineseNumerals.place(neighbours.smallScale().getStart().getType())));
            }
            BigDecimal f = factor;
            return check(ctx, () -> bounds(BigDecimal.valueOf(low).multiply(f), BigDecimal.valueOf(high).multiply(f),
                    neighbours.rangeUnit()));
        }
        SpanRangeContext span = (SpanRangeContext) ctx;
        RangeBoundContext lowCtx = span.rangeBound(0);
        RangeBoundContext highCtx = span.rangeBound(1);
        Amount low = Numbers.amount(lowCtx.amount());
        Amount high = Numbers.amount(highCtx.amount());

        RangeUnitContext unit = highCtx.rangeUnit() != null ? highCtx.rangeUnit() : lowCtx.rangeUnit();
        if (lowCtx.rangeUnit() != null && highCtx.rangeUnit() != null
                && !lowCtx.rangeUnit().getText().equals(highCtx.rangeUnit().getText())) {
            throw new InvalidFigureException(highCtx.rangeUnit().getStart().getStartIndex(), "the bounds have other units");
        }
        BigDecimal lowValue = low.asLowBoundOf(high, Numbers.leadingPlace(highCtx.amount()));
        Approx approx = Approximations.first(low.approx(), high.approx());
        if (lowCtx.PERCENT_OF() != null || highCtx.PERCENT_OF() != null) {   // 百分之五到百分之十, 百分之五至十
            if (unit != null && unit.PERCENT_SIGN() == null) {
                throw new InvalidFigureException(unit.getStart().getStartIndex(), "the bounds have other units");
            }
            return check(ctx, () -> new Range(lowValue, high.value(), Optional.empty(), BoundsKind.PERCENT).withApprox(approx));
        }
        return check(ctx, () -> bounds(lowValue, high.value(), unit).withApprox(approx));
    }

    private static Range bounds(BigDecimal low, BigDecimal high, RangeUnitContext unit) {
        if (unit == null) {
            return new Range(low, high, Optional.empty(), BoundsKind.QUANTITY);
        }
        if (unit.currency() != null || unit.YUAN() != null) {
            Currency currency = unit.currency() != null ? currency(List.of(unit.currency())) : YUAN_CURRENCY;
            return new Range(low, high, Optional.of(currency.getCurrencyCode()), BoundsKind.MONEY);
        }
        if (unit.PERCENT_SIGN() != null) {
            return new Range(low, high, Optional.empty(), BoundsKind.PERCENT);
        }
        if (unit.TENTH() != null) {
            return new Range(low.multiply(BigDecimal.TEN), high.multiply(BigDecimal.TEN), Optional.empty(), BoundsKind.PERCENT);
        }
        return new Range(low, high, Optional.of(unit.getText()), BoundsKind.QUANTITY);
    }

    /** The date of a {@code date} rule. */
    public static StatDate date(DateContext ctx) {
        if (ctx instanceof IsoDateContext iso) {
            String[] parts = iso.getText().split("-");
            return check(ctx, () -> StatDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        if (ctx instanceof RocYearContext roc) {
            BigDecimal year = roc.NUMBER() != null ? Numbers.arabic(roc.NUMBER().getSymbol()) : Numbers.value(roc.cnInteger());
            if (year.signum() <= 0 || year.scale() > 0 || year.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new InvalidFigureException(roc.getStart().getStartIndex(), "not a year of the Republic of China");
            }
            return StatDate.ofYear(year.intValue() + ROC_YEAR_ZERO);
        }
        if (ctx instanceof DeicticYearContext deictic) {
            OptionalInt year = OptionalInt.of(Integer.parseInt(deictic.YEAR_DIGITS().getText()));
            return calendarDate(ctx, year, deictic.monthOfYear(), deictic.dayOfMonth(), OptionalInt.empty());
        }
        CalendarDateContext calendar = (CalendarDateContext) ctx;
        OptionalInt year = calendar.year() == null ? OptionalInt.empty() : OptionalInt.of(yearNumber(calendar.year()));
        OptionalInt day = calendar.numberedDay() != null
                ? OptionalInt.of(dayOrMonth(calendar.numberedDay().getStart(), calendar.numberedDay().cnInteger()))
                : OptionalInt.empty();
        return calendarDate(ctx, year, calendar.monthOfYear(), calendar.dayOfMonth(), day);
    }

    /** A year (given), with the month and day written after it, each possibly absent. */
    private static StatDate calendarDate(ParserRuleContext ctx, OptionalInt year, MonthOfYearContext monthOfYear,
            DayOfMonthContext dayOfMonth, OptionalInt numberedDay) {
        OptionalInt month = monthOfYear == null ? OptionalInt.empty()
                : OptionalInt.of(dayOrMonth(monthOfYear.getStart(), monthOfYear.cnInteger()));
        OptionalInt day = dayOfMonth != null
                ? OptionalInt.of(dayOrMonth(dayOfMonth.getStart(), dayOfMonth.cnInteger()))
                : numberedDay;
        return check(ctx, () -> new StatDate(year, month, day));
    }

    /** The month of a {@code monthOfYear} rule: {@code 11月} is {@code --11}. */
    public static StatDate month(MonthOfYearContext ctx) {
        int month = dayOrMonth(ctx.getStart(), ctx.cnInteger());
        return check(ctx, () -> new StatDate(OptionalInt.empty(), OptionalInt.of(month), OptionalInt.empty()));
    }

    /** The day of a {@code dayOfMonth} rule: {@code 27日} is {@code ---27}. */
    public static StatDate day(DayOfMonthContext ctx) {
        int day = dayOrMonth(ctx.getStart(), ctx.cnInteger());
        return check(ctx, () -> new StatDate(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(day)));
    }

    /** The first month of {@code 1至11月}: {@code --01}; of {@code 2003年1至11月}: {@code 2003-01}. */
    public static StatDate firstMonth(MonthSpanContext ctx) {
        OptionalInt year = ctx.year() == null ? OptionalInt.empty() : OptionalInt.of(yearNumber(ctx.year()));
        Token first = ctx.NUMBER() != null ? ctx.NUMBER().getSymbol() : ctx.cnInteger().getStart();
        return firstMonth(ctx, year, first, ctx.cnInteger());
    }

    /**
     * The first month of a span, in {@code year} if one is written: its number is {@code first}
     * (Arabic) or {@code chinese}; 112年1至6月 gives 2023-01 in traditional script.
     */
    public static StatDate firstMonth(ParserRuleContext ctx, OptionalInt year, Token first, CnIntegerContext chinese) {
        int month = dayOrMonth(first, chinese);
        return check(ctx, () -> new StatDate(year, OptionalInt.of(month), OptionalInt.empty()));
    }

    /** The date of a {@code year} rule: {@code 2019年}, {@code 二〇一九年}. */
    public static StatDate year(YearContext ctx) {
        return StatDate.ofYear(yearNumber(ctx));
    }

    private static int yearNumber(YearContext ctx) {
        if (ctx.YEAR_DIGITS() != null) {
            return Integer.parseInt(ctx.YEAR_DIGITS().getText());
        }
        int year = 0;
        int digits = 0;
        for (int i = 0; i < ctx.yearInWords().getChildCount(); i++) {
            Token token = Numbers.token(ctx.yearInWords().getChild(i));
            // 二OO八: each Latin O is one 〇
            int count = token.getType() == LATIN_ZEROS ? token.getText().length() : 1;
            for (int k = 0; k < count; k++) {
                year = year * 10 + Math.max(0, ChineseNumerals.digit(token.getType()));
            }
            digits += count;
        }
        if (digits != 4) {
            throw new InvalidFigureException(ctx.getStart().getStartIndex(), "a year of Chinese digits has four");
        }
        return year;
    }

    private static int dayOrMonth(Token first, CnIntegerContext chinese) {
        BigDecimal value = chinese != null ? Numbers.value(chinese) : Numbers.arabic(first);
        if (value.scale() > 0 || value.compareTo(BigDecimal.valueOf(31)) > 0) {
            throw new InvalidFigureException(first.getStartIndex(), "not a month or day");
        }
        return value.intValue();
    }

    private static <T> T check(ParserRuleContext ctx, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidFigureException(ctx.getStart().getStartIndex(), e.getMessage());
        }
    }
}
