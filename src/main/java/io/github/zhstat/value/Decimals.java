package io.github.zhstat.value;

import java.math.BigDecimal;
import java.util.Objects;

/** The one normal form of numbers in values, so that records compare by numeric value. */
final class Decimals {
    private Decimals() {}

    /** Returns {@code value} without trailing zeros and never with a negative scale. */
    static BigDecimal normal(BigDecimal value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (value.scale() == 0) {
            return value;   // as normal as stripping and rescaling would make it
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Parses a plain decimal such as {@code "14000000"} or {@code "19.17"}. */
    static BigDecimal parse(String value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        return normal(new BigDecimal(value), name);
    }
}
