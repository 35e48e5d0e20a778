package io.github.zhstat.value;

/** The kinds of figure of the mention contract, one per {@link StatValue} record. */
public enum Kind {
    /** A {@link Quantity}. */
    QUANTITY,
    /** A {@link Money}. */
    MONEY,
    /** A {@link Percent}. */
    PERCENT,
    /** A {@link PercentPoint}. */
    PERCENT_POINT,
    /** A {@link Multiple}. */
    MULTIPLE,
    /** A {@link Change}. */
    CHANGE,
    /** A {@link Range}. */
    RANGE,
    /** An {@link Ordinal}. */
    ORDINAL,
    /** A {@link Fraction}. */
    FRACTION,
    /** A {@link StatDate}. */
    DATE
}
