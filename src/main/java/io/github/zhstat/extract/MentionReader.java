package io.github.zhstat.extract;

import io.github.zhstat.Mention;
import io.github.zhstat.internal.grammar.ZhStatParser.BasisContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChangeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.FigureListContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MagnitudeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MentionContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MonthSpanContext;
import io.github.zhstat.internal.grammar.ZhStatParser.YearSpanContext;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.parse.ValueBuilder;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.StatValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Turns the mentions the grammar read in one sentence into {@link Mention}s. */
final class MentionReader {
    private final CharSequence text;
    private final List<Mention> out;
    private Basis carriedBasis = Basis.NONE;
    private Optional<String> carriedBaseline = Optional.empty();
    private int carriedEnd = -1;

    MentionReader(CharSequence text, List<Mention> out) {
        this.text = text;
        this.out = out;
    }

    /**
     * Keeps a loose basis for the changes that follow it in the sentence. A basis read inside the
     * one already kept (同期相比 inside 与去年同期相比) does not replace it.
     */
    void carry(BasisContext basis) {
        if (basis.getStop().getStopIndex() <= carriedEnd) {
            return;
        }
        carriedEnd = basis.getStop().getStopIndex();
        carriedBasis = ValueBuilder.basis(basis);
        carriedBaseline = ValueBuilder.baseline(basis);
    }

    /** Adds the mentions of {@code mention}; returns false, adding none, if it measures nothing. */
    boolean read(MentionContext mention) {
        if (mention.change() != null) {
            return readChange(mention.change());
        }
        if (mention.figureList() != null) {
            return readFigures(mention.figureList());
        }
        if (mention.dateSpan() instanceof YearSpanContext years) {
            Token first = years.YEAR_DIGITS().getSymbol();
            add(first, first, StatDate.ofYear(Integer.parseInt(first.getText())));
            add(years.year().getStart(), years.year().getStop(), ValueBuilder.year(years.year()));
            return true;
        }
        if (mention.dateSpan() instanceof MonthSpanContext months) {
            Token first = months.getStart();
            Token lastOfFirst = months.cnInteger() != null ? months.cnInteger().getStop() : months.NUMBER().getSymbol();
            StatDate firstMonth = ValueBuilder.firstMonth(months);
            add(first, lastOfFirst, firstMonth);
            add(months.monthOfYear().getStart(), months.monthOfYear().getStop(), ValueBuilder.month(months.monthOfYear()));
            return true;
        }
        StatValue value = mention.multipleOf() != null ? ValueBuilder.multipleOf(mention.multipleOf())
                : ValueBuilder.ordinal(mention.rank().ordinal());
        add(mention.getStart(), mention.getStop(), value);
        return true;
    }

    private boolean readChange(ChangeContext ctx) {
        List<MagnitudeContext> magnitudes = ctx.magnitude();
        for (MagnitudeContext magnitude : magnitudes) {
            if (!MentionPolicy.isMeasurement(magnitude)) {
                return false;
            }
        }
        if (magnitudes.isEmpty()) {
            add(ctx.getStart(), ctx.getStop(), withCarriedBasis(ValueBuilder.change(ctx, 0)));
            return true;
        }
        List<Mention> members = new ArrayList<>(magnitudes.size());
        for (int i = 0; i < magnitudes.size(); i++) {
            Token first = i == 0 ? ctx.getStart() : magnitudes.get(i).getStart();
            members.add(mention(first, magnitudes.get(i).getStop(), withCarriedBasis(ValueBuilder.change(ctx, i))));
        }
        out.addAll(members);
        return true;
    }

    private Change withCarriedBasis(Change change) {
        if (change.basis() != Basis.NONE || carriedBasis == Basis.NONE) {
            return change;
        }
        return new Change(change.direction(), carriedBasis, carriedBaseline, change.form(), change.magnitude());
    }

    private boolean readFigures(FigureListContext list) {
        List<FigureLists.Reading> readings = FigureLists.read(list.figure());
        for (FigureLists.Reading reading : readings) {
            add(reading.first(), reading.last(), reading.value());
        }
        return !readings.isEmpty();
    }

    private void add(Token first, Token last, StatValue value) {
        out.add(mention(first, last, value));
    }

    private Mention mention(Token first, Token last, StatValue value) {
        int start = first.getStartIndex();
        int end = last.getStopIndex() + 1;
        return new Mention(start, end, text.subSequence(start, end).toString(), value);
    }
}
