package io.github.zhstat.value;

/**
 * One figure read from Chinese text.
 *
 * <p>Every implementation is an immutable record that compares by value: numbers are held as
 * {@link java.math.BigDecimal}s without trailing zeros, so {@code 1.20万} and {@code 12000}
 * give equal values. Accessors never return {@code null}; what may be absent is an
 * {@link java.util.Optional}. Values are serializable (an {@code Optional} travels as its value or
 * nothing), so that they can cross the nodes of a distributed job.
 */
public sealed interface StatValue extends java.io.Serializable
        permits Magnitude, Change, Range, Ordinal, Fraction, StatDate {

    /** {@return the kind of the mention contract this value is written as, never null} */
    Kind kind();
}
