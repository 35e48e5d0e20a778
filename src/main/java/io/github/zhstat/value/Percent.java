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

    public Percent {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /** Returns the percentage of a plain decimal. */
    public static Percent of(String value, Approx approx) {
        return new Percent(Decimals.parse(value, "value"), approx);
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
