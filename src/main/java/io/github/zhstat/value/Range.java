package io.github.zhstat.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure between two bounds: {@code 3至5万人} is 30000 to 50000 人, {@code 两三个} 2 to 3 个.
 * For money the unit is the ISO 4217 code; {@code 约3至5万人} is about that, {@code 3至5万余人} more
 * than that. This class is immutable and thread-safe.
 *
 * @param low the lower bound, never null
 * @param high the upper bound, never null and not below {@code low}
 * @param unit the unit (or currency code) of both bounds, empty where none is written
 * @param boundsKind what the bounds measure, never null
 * @param approx how exact the range is, never null
 */
public record Range(BigDecimal low, BigDecimal high, Optional<String> unit, BoundsKind boundsKind, Approx approx)
        implements StatValue {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components and strips trailing zeros from the bounds.
     *
     * @param low the lower bound, not null
     * @param high the upper bound, not null and not below {@code low}
     * @param unit the unit (or currency code) of both bounds, empty where none is written
     * @param boundsKind what the bounds measure, not null
     * @param approx how exact the range is, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code low} is above {@code high}
     */
    public Range {
        low = Decimals.normal(low, "low");
        high = Decimals.normal(high, "high");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(boundsKind, "boundsKind must not be null");
        Objects.requireNonNull(approx, "approx must not be null");
        checkArgument(low.compareTo(high) <= 0, "low %s must not be above high %s", low, high);
    }

    /**
     * Returns an exact range.
     *
     * @param low the lower bound, not null
     * @param high the upper bound, not null and not below {@code low}
     * @param unit the unit (or currency code) of both bounds, empty where none is written
     * @param boundsKind what the bounds measure, not null
     * @throws IllegalArgumentException if {@code low} is above {@code high}
     */
    public Range(BigDecimal low, BigDecimal high, Optional<String> unit, BoundsKind boundsKind) {
        this(low, high, unit, boundsKind, Approx.EXACT);
    }

    /**
     * Returns a range of plain decimals.
     *
     * @param low the lower bound, a plain decimal, not null
     * @param high the upper bound, a plain decimal not below {@code low}, not null
     * @param unit the unit or currency code of both bounds, or null for none
     * @param boundsKind what the bounds measure, not null
     * @return the range
     * @throws NumberFormatException if a bound is not a decimal
     * @throws IllegalArgumentException if {@code low} is above {@code high}
     */
    public static Range of(String low, String high, String unit, BoundsKind boundsKind) {
        return new Range(Decimals.parse(low, "low"), Decimals.parse(high, "high"), Optional.ofNullable(unit), boundsKind);
    }

    /**
     * Returns this range with another approximation.
     *
     * @param approx how exact the range is, not null
     * @return the range
     */
    public Range withApprox(Approx approx) {
        return new Range(low, high, unit, boundsKind, approx);
    }

    @Override
    public Kind kind() {
        return Kind.RANGE;
    }

    @Override
    public String toString() {
        return "Range[" + low.toPlainString() + ".." + high.toPlainString() + unit.map(u -> " " + u).orElse("")
                + ", " + boundsKind + (approx == Approx.EXACT ? "" : ", " + approx) + "]";
    }

    private Object writeReplace() {
        return new Serial(low, high, unit.orElse(null), boundsKind, approx);
    }

    /** The serial form: {@code Optional} is not serializable. */
    private record Serial(BigDecimal low, BigDecimal high, String unit, BoundsKind boundsKind, Approx approx)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new Range(low, high, Optional.ofNullable(unit), boundsKind, approx);
        }
    }
}
