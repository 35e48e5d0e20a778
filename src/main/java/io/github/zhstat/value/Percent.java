package io.github.zhstat.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage: {@code 98.78%} has value 98.78, {@code 百分之九十} 90, {@code 三成} 30.
 * This class is immutable and thread-safe.
 *
 * @param value the number of hundredths, never null
 * @param approx how exact it is, never null
 */
public record Percent(BigDecimal value, Approx approx) implements Magnitude {
    private static final long serialVersionUID = 1L;


    /**
     * Checks the components and strips trailing zeros from the value.
     *
     * @param value the number of hundredths, not null
     * @param approx how exact it is, not null
     * @throws NullPointerException if a component is null
     */
    public Percent {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /**
     * Returns the percentage of a plain decimal.
     *
     * @param value a plain decimal such as {@code "98.78"}, not null
     * @param approx how exact it is, not null
     * @return the value
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static Percent of(String value, Approx approx) {
        return new Percent(Decimals.parse(value, "value"), approx);
    }

    @Override
    public BigDecimal number() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.PERCENT;
    }

    @Override
    public String toString() {
        return "Percent[" + value.toPlainString() + "%, " + approx + "]";
    }
}
