package io.github.zhstat.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * A position in an order: {@code 第三}, {@code 居全国第二}. This class is immutable and thread-safe.
 *
 * @param value the position, a positive integer, never null
 */
public record Ordinal(BigDecimal value) implements StatValue {

    public Ordinal {
        value = Decimals.normal(value, "value");
        checkArgument(value.signum() > 0 && value.scale() <= 0, "an ordinal is a positive integer: %s", value);
    }

    /** Returns the ordinal of a positive integer. */
    public static Ordinal of(long value) {
        return new Ordinal(BigDecimal.valueOf(value));
    }

    @Override
    public Kind kind() {
        return Kind.ORDINAL;
    }

    @Override
    public String toString() {
        return "Ordinal[" + value.toPlainString() + "]";
    }
}
