package io.github.zhstat.value;

/** The kinds of figure of the mention contract, one per {@link StatValue} record. */
public enum Kind {
    QUANTITY, MONEY, PERCENT, PERCENT_POINT, MULTIPLE, CHANGE, RANGE, ORDINAL, FRACTION, DATE
}
