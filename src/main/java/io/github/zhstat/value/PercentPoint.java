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

    public PercentPoint {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /** Returns the percentage points of a plain decimal. */
    public static PercentPoint of(String value, Approx approx) {
        return new PercentPoint(Decimals.parse(value, "value"), approx);
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
