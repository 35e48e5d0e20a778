package io.github.zhstat.extract;

import io.github.zhstat.internal.grammar.ZhStatParser.BasisContext;
import io.github.zhstat.parse.Changes;
import io.github.zhstat.value.Basis;
import io.github.zhstat.value.Change;
import java.util.Optional;

/**
 * Which basis governs a change that writes none (contract version 2). In order: the basis written
 * earlier in its own clause (比去年减少3成2、财损锐减6成2); for a clause that opens with the change,
 * the basis of the change that ended the clause before, which it restates in another unit
 * (较上年增加45亿元，增长8.2%); a loose basis earlier in the sentence (同比2018年，); a basis
 * written with (下同) earlier in the text, until another basis is written.
 */
final class BasisScope {
    private record Written(Basis basis, Optional<String> baseline) {
        static Optional<Written> of(Change change) {
            return change.basis() == Basis.NONE ? Optional.empty() : Optional.of(new Written(change.basis(), change.baseline()));
        }
    }

    private Optional<Written> standing = Optional.empty();
    private Optional<Written> carried = Optional.empty();
    private int carriedEnd = -1;
    private Optional<Written> clause = Optional.empty();
    private Optional<Written> endOfClause = Optional.empty();
    private Optional<Written> previousClause = Optional.empty();

    void endClause() {
        previousClause = endOfClause;
        endOfClause = Optional.empty();
        clause = Optional.empty();
    }

    void endSentence() {
        endClause();
        previousClause = Optional.empty();
        carried = Optional.empty();
        carriedEnd = -1;
    }

    /** Returns whether, at the end of a sentence, nothing holds for the sentences after it. */
    boolean leavesLaterSentencesFree() {
        return standing.isEmpty();
    }

    /**
     * Keeps a loose basis for the rest of the sentence. A basis read inside the one already kept
     * (同期相比 inside 与去年同期相比) does not replace it.
     */
    void carry(BasisContext basis, int end, boolean sameBelow) {
        if (end <= carriedEnd) {
            return;
        }
        carriedEnd = end;
        carried = Optional.of(new Written(Changes.basis(basis), Changes.baseline(basis)));
        standing = sameBelow ? carried : Optional.empty();
    }

    /** A figure that is no change ends what the next clause could restate. */
    void figure() {
        endOfClause = Optional.empty();
    }

    /** A change with a basis of its own, or one that writes none, was read; returns it governed. */
    Change govern(Change change, boolean opensClause, boolean sameBelow) {
        Optional<Written> own = Written.of(change);
        if (own.isPresent()) {
            stated(change, sameBelow);
            return change;
        }
        Optional<Written> governing = clause
                .or(() -> opensClause ? previousClause : Optional.empty())
                .or(() -> carried)
                .or(() -> standing);
        governing.ifPresent(written -> endOfClause = Optional.of(written));
        if (governing.isEmpty()) {
            endOfClause = Optional.empty();
        }
        return governing.map(w -> new Change(change.direction(), w.basis(), w.baseline(), change.form(), change.magnitude()))
                .orElse(change);
    }

    /** A change that writes its basis governs the rest of its clause; (下同) makes it stand for the text. */
    void stated(Change change, boolean sameBelow) {
        Optional<Written> own = Written.of(change);
        clause = own;
        endOfClause = own;
        standing = sameBelow ? own : Optional.empty();
    }
}
