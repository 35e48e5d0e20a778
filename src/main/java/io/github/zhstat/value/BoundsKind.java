package io.github.zhstat.value;

/** What the two ends of a {@link Range} measure. */
public enum BoundsKind { QUANTITY, MONEY, PERCENT }
