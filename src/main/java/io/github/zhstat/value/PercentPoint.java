package io.github.zhstat.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A difference of percentages: {@code 20个百分点} has value 20.
 * This class is immutable and thread-safe.
 *
 * @param value the number of points, never null
 * @param approx how exact it is, never null
 */
public record PercentPoint(BigDecimal value, Approx approx) implements Magnitude {
    private static final long serialVersionUID = 1L;


    /**
     * Checks the components and strips trailing zeros from the value.
     *
     * @param value the number of points, not null
     * @param approx how exact it is, not null
     * @throws NullPointerException if a component is null
     */
    public PercentPoint {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /**
     * Returns the percentage points of a plain decimal.
     *
     * @param value a plain decimal such as {@code "20"}, not null
     * @param approx how exact it is, not null
     * @return the value
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static PercentPoint of(String value, Approx approx) {
        return new PercentPoint(Decimals.parse(value, "value"), approx);
    }

    @Override
    public BigDecimal number() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.PERCENT_POINT;
    }

    @Override
    public String toString() {
        return "PercentPoint[" + value.toPlainString() + ", " + approx + "]";
    }
}
