package io.github.zhstat.extract;

import io.github.zhstat.Mention;
import io.github.zhstat.internal.grammar.ZhStatParser.BasisAloneContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChainEndContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChangeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.ChangeWithoutFigureContext;
import io.github.zhstat.internal.grammar.ZhStatParser.FigureListContext;
import io.github.zhstat.internal.grammar.ZhStatParser.LooseBasisContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MagnitudeContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MentionContext;
import io.github.zhstat.internal.grammar.ZhStatParser.MonthSpanContext;
import io.github.zhstat.internal.grammar.ZhStatParser.NamelyContext;
import io.github.zhstat.internal.grammar.ZhStatParser.RestatementContext;
import io.github.zhstat.internal.grammar.ZhStatParser.YearSpanContext;
import io.github.zhstat.parse.Changes;
import io.github.zhstat.parse.ValueBuilder;
import io.github.zhstat.value.Change;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Percent;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns the mentions the grammar read in one document into {@link Mention}s, and gives each
 * change with no basis of its own the basis that governs it ({@link BasisScope}).
 */
final class MentionReader implements FigureLists.Sink {
    private final CharSequence text;
    private final List<Mention> out;
    private final BasisScope scope = new BasisScope();
    private Boolean traditional;

    MentionReader(CharSequence text, List<Mention> out) {
        this.text = text;
        this.out = out;
    }

    /** A comma ends a clause. */
    void endClause() {
        scope.endClause();
    }

    /** A sentence end ends a clause and what a loose basis carried. */
    void endSentence() {
        scope.endSentence();
    }

    /** Returns whether nothing read so far governs a later sentence: a text may be cut here. */
    boolean leavesLaterSentencesFree() {
        return scope.leavesLaterSentencesFree();
    }

    /**
     * Keeps a loose basis for the changes that follow it in the sentence ({@code 同比2018年，}), or a
     * change without a figure for the clause that restates it ({@code 比上年略有减少，减少0.1%}).
     */
    void carry(LooseBasisContext loose) {
        if (loose instanceof BasisAloneContext alone) {
            scope.carry(alone.basis(), alone.basis().getStop().getStopIndex(), alone.sameBelow() != null);
        } else {
            scope.stated(Changes.change((ChangeWithoutFigureContext) loose), false);
        }
    }

    /**
     * Adds the mentions of {@code mention}; returns false, adding none, if it measures nothing.
     * {@code opensClause} says that it stands right after a comma.
     */
    boolean read(MentionContext mention, boolean opensClause) {
        if (mention.change() != null) {
            return readChange(mention.change(), opensClause);
        }
        if (mention.restatement() != null) {
            return restate(mention.restatement(), Optional.empty());
        }
        scope.figure();
        if (mention.figureList() != null) {
            return readFigures(mention.figureList());
        }
        if (mention.eraDate() != null) {
            if (traditional == null) {
                traditional = EraDates.isTraditional(text);
            }
            return addAll(EraDates.read(mention.eraDate(), traditional));
        }
        if (mention.dateSpan() instanceof YearSpanContext years) {
            Token first = years.YEAR_DIGITS().getSymbol();
            add(first, first, StatDate.ofYear(Integer.parseInt(first.getText())));
            add(years.year().getStart(), years.year().getStop(), ValueBuilder.year(years.year()));
            return true;
        }
        if (mention.dateSpan() instanceof MonthSpanContext months) {
            Token first = months.getStart();   // 2003年1至11月: the first is 2003年1
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

    private boolean readChange(ChangeContext ctx, boolean opensClause) {
        List<MagnitudeContext> magnitudes = ctx.magnitude();
        if (magnitudes.isEmpty()) { // 持平, 翻番
            add(ctx.getStart(), ctx.getStop(), scope.govern(Changes.change(ctx, 0), opensClause, !ctx.sameBelow().isEmpty()));
            return true;
        }
        List<Change> members = new ArrayList<>(magnitudes.size());
        MagnitudeContext last = magnitudes.get(magnitudes.size() - 1);
        for (int i = 0; i < magnitudes.size(); i++) {
            Change change = Changes.change(ctx, i);
            if (!MentionPolicy.isMeasurement(magnitudes.get(i))) {
                Optional<Magnitude> shared = magnitudes.get(i) == last || !MentionPolicy.isPlainNumber(magnitudes.get(i))
                        ? Optional.empty() : FigureLists.withUnitOf(change.magnitude().get(), last.measured(),
                                ValueBuilder.magnitude(last));
                if (shared.isEmpty() || !MentionPolicy.isMeasurement(last)) {
                    return false;
                }
                change = new Change(change.direction(), change.basis(), change.baseline(), change.form(), shared);
            }
            members.add(change);
        }
        boolean standing = !ctx.sameBelow().isEmpty();
        Token first = ctx.getStart();
        if (ctx.toDate() != null) { // 下跌至二〇一八年的54 225宗: the date is a mention of its own
            add(ctx.toDate().date().getStart(), ctx.toDate().date().getStop(), ValueBuilder.date(ctx.toDate().date()));
            first = magnitudes.get(0).getStart();
        } else if (ctx.IS() != null) { // 相当于每年多破案件5824起: a comparison of its own, restating none
            first = ctx.moreOrFewer().getStart();
            opensClause = false;
        }
        int member = 0;
        Change before = null;
        for (ParseTree child : ctx.children) {
            if (child instanceof MagnitudeContext magnitude) {
                before = scope.govern(members.get(member), opensClause && member == 0, standing);
                Token stop = ctx.trailingDirection() != null ? ctx.getStop() : magnitude.getStop();
                add(member == 0 ? first : magnitude.getStart(), stop, before);
                member++;
            } else if (child instanceof NamelyContext namely && MentionPolicy.isMeasurement(namely.magnitude())) {
                add(namely.magnitude().getStart(), namely.magnitude().getStop(), Changes.namely(namely, before));
            } else if (child instanceof RestatementContext restatement) {
                restate(restatement, Optional.of(before));
            } else if (child instanceof ChainEndContext chain && MentionPolicy.isMeasurement(chain.magnitude())) {
                Change end = Changes.chainEnd(chain, before);
                if (isRangeOfPercents(before, end, ctx)) { // 增长5%至8%: a range of growth, not a new level
                    add(chain.magnitude().getStart(), chain.magnitude().getStop(), end.magnitude().get());
                    continue;
                }
                before = end;
                add(chain.getStart(), chain.magnitude().getStop(), before);
                if (chain.restatement() != null) {
                    restate(chain.restatement(), Optional.of(before));
                }
            }
        }
        return true;
    }

    /**
     * A chain's new level is a level: where the change before it and the level are percentages
     * and nothing restates the change ({@code 增长5%至8%}), they are a range of growth rates.
     */
    private static boolean isRangeOfPercents(Change by, Change to, ChangeContext ctx) {
        return ctx.restatement().isEmpty() && by.magnitude().get() instanceof Percent && to.magnitude().get() instanceof Percent;
    }

    /** Adds the change a signed figure in parentheses restates; returns false if it measures nothing. */
    private boolean restate(RestatementContext ctx, Optional<Change> restated) {
        if (!MentionPolicy.isMeasurement(ctx.magnitude())) {
            return false;
        }
        add(ctx.sign, ctx.magnitude().getStop(), Changes.restatement(ctx, restated));
        return true;
    }

    private boolean readFigures(FigureListContext list) {
        return FigureLists.read(list.figure(), this);
    }

    private boolean addAll(List<FigureLists.Reading> readings) {
        for (FigureLists.Reading reading : readings) {
            add(reading.first(), reading.last(), reading.value());
        }
        return !readings.isEmpty();
    }

    @Override
    public void add(Token first, Token last, StatValue value) {
        int start = first.getStartIndex();
        int end = last.getStopIndex() + 1;
        out.add(new Mention(start, end, text.subSequence(start, end).toString(), value));
    }
}
