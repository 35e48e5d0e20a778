package io.github.zhstat.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * A position in an order: {@code 第三}, {@code 居全国第二}. This class is immutable and thread-safe.
 *
 * @param value the position, a positive integer, never null
 */
public record Ordinal(BigDecimal value) implements StatValue {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the position and strips trailing zeros from it.
     *
     * @param value the position, a positive integer, not null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not a positive integer
     */
    public Ordinal {
        value = Decimals.normal(value, "value");
        checkArgument(value.signum() > 0 && value.scale() <= 0, "an ordinal is a positive integer: %s", value);
    }

    /**
     * Returns the ordinal of a positive integer.
     *
     * @param value the position, at least 1
     * @return the ordinal
     * @throws IllegalArgumentException if {@code value} is below 1
     */
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
