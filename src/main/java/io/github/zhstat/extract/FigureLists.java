package io.github.zhstat.extract;

import io.github.zhstat.internal.grammar.ZhStatParser.CountedAmountContext;
import io.github.zhstat.internal.grammar.ZhStatParser.FigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MeasuredContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MeasuredFigureContext;
import io.github.zhstat.parse.ValueBuilder;
import io.github.zhstat.value.BoundsKind;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Multiple;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.PercentPoint;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Reads a list of figures joined by 、 or 和. Plain numbers in a list take the unit of its last
 * figure ({@code 1、3、5分钟} is three spans of minutes), and two neighbouring whole numbers
 * are a range ({@code 1、2亿元} is 1 to 2 亿元, as {@code 两三个} is 2 to 3).
 */
final class FigureLists {
    private FigureLists() {}

    record Reading(Token first, Token last, StatValue value) {}

    /** Takes the mentions of a list, from its first token to its last. */
    interface Sink {
        void add(Token first, Token last, StatValue value);
    }

    /**
     * Reads the figures of a list into {@code out}; returns whether it measured any. Every
     * value is built before the first goes out: a figure the grammar takes in shape but not in
     * value fails the whole list.
     */
    static boolean read(List<FigureContext> figures, Sink out) {
        int size = figures.size();
        FigureContext last = figures.get(size - 1);
        if (size == 1) {   // most lists are one figure
            StatValue value = ValueBuilder.figure(last);
            if (!MentionPolicy.isMeasurement(last)) {
                return false;
            }
            out.add(last.getStart(), last.getStop(), value);
            return true;
        }
        StatValue[] values = new StatValue[size];
        for (int i = 0; i < size; i++) {
            values[i] = ValueBuilder.figure(figures.get(i));
        }
        StatValue lastValue = values[size - 1];
        if (size == 2 && MentionPolicy.isPlainNumber(figures.get(0))) {
            Optional<Range> range = neighbours(values[0], last, lastValue);
            if (range.isPresent()) {
                out.add(figures.get(0).getStart(), last.getStop(), range.get());
                return true;
            }
        }
        boolean any = false;
        for (int i = 0; i < size; i++) {
            FigureContext figure = figures.get(i);
            StatValue value = values[i];
            if (MentionPolicy.isPlainNumber(figure) && figure != last) {
                value = unitOfLast(value, lastValue, last);
            } else if (!MentionPolicy.isMeasurement(figure)) {
                value = null;
            }
            if (value != null) {
                out.add(figure.getStart(), figure.getStop(), value);
                any = true;
            }
        }
        return any;
    }

    /** Returns the plain number {@code value} with the unit of the last figure, or null. */
    private static StatValue unitOfLast(StatValue value, StatValue lastValue, FigureContext last) {
        if (!MentionPolicy.isMeasurement(last) || !(last instanceof MeasuredFigureContext measured)
                || !(lastValue instanceof Magnitude magnitude)) {
            return null;
        }
        return withUnitOf((Magnitude) value, measured.measured(), magnitude).orElse(null);
    }

    /**
     * Returns a plain number of a list with the unit and the scale of the list's last figure
     * ({@code 1.2、0.8、2.5个百分点}, {@code 3、5、8亿元}); empty where the last figure has none.
     */
    static Optional<Magnitude> withUnitOf(Magnitude plain, MeasuredContext lastCtx, Magnitude last) {
        BigDecimal number = ((Quantity) plain).value();
        if (ValueBuilder.amountOf(lastCtx) instanceof CountedAmountContext counted && counted.scales() != null) {
            number = number.multiply(ValueBuilder.scale(counted));
        }
        if (last instanceof Quantity quantity) {
            return quantity.unit().isEmpty() ? Optional.empty()
                    : Optional.of(new Quantity(number, quantity.unit(), quantity.approx()));
        }
        if (last instanceof Percent percent) {
            return Optional.of(new Percent(number, percent.approx()));
        }
        if (last instanceof PercentPoint points) {
            return Optional.of(new PercentPoint(number, points.approx()));
        }
        if (last instanceof Money money) {
            return Optional.of(new Money(number, money.currency(), money.approx()));
        }
        Multiple multiple = (Multiple) last;
        return Optional.of(new Multiple(number, multiple.approx(), Optional.empty()));
    }

    private static Optional<Range> neighbours(StatValue first, FigureContext last, StatValue lastValue) {
        BigDecimal low = ((Quantity) first).value();
        if (!(last instanceof MeasuredFigureContext measuredFigure)
                || !(ValueBuilder.amountOf(measuredFigure.measured()) instanceof CountedAmountContext counted)) {
            return Optional.empty();
        }
        MeasuredContext measured = measuredFigure.measured();
        BigDecimal high = ValueBuilder.unscaled(counted);
        if (low.scale() > 0 || high.compareTo(low.add(BigDecimal.ONE)) != 0) {
            return Optional.empty();
        }
        BigDecimal scale = ValueBuilder.scale(counted);
        BigDecimal lowValue = low.multiply(scale);
        BigDecimal highValue = high.multiply(scale);
        if (lastValue instanceof Money money) {
            return Optional.of(new Range(lowValue, highValue, Optional.of(money.currency().getCurrencyCode()), BoundsKind.MONEY));
        }
        if (lastValue instanceof Percent) {
            return Optional.of(new Range(lowValue, highValue, Optional.empty(), BoundsKind.PERCENT));
        }
        if (lastValue instanceof Quantity quantity && measured.quantity() != null) {
            return Optional.of(new Range(lowValue, highValue, quantity.unit(), BoundsKind.QUANTITY));
        }
        return Optional.empty();
    }
}
