package io.github.zhstat.value;

/** What the two ends of a {@link Range} measure. */
public enum BoundsKind {
    /** Counts or measures, like {@link Quantity}: {@code 3至5万人}. */
    QUANTITY,
    /** Sums of money, like {@link Money}; the unit is the currency code: {@code 3至5亿元}. */
    MONEY,
    /** Percentages, like {@link Percent}: {@code 10%至15%}. */
    PERCENT
}
