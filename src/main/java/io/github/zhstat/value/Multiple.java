package io.github.zhstat.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A factor: {@code 3.3倍}; {@code 是去年同期的3倍} has the baseline {@code 去年同期}.
 * In a rise ({@code 上升2倍}) the factor is kept as written. This class is immutable and
 * thread-safe.
 *
 * @param value the factor, never null
 * @param approx how exact it is, never null
 * @param baseline what it is a multiple of, in simplified characters, empty where not written
 */
public record Multiple(BigDecimal value, Approx approx, Optional<String> baseline) implements Magnitude {
    private static final long serialVersionUID = 1L;


    /**
     * Checks the components and strips trailing zeros from the factor.
     *
     * @param value the factor, not null
     * @param approx how exact it is, not null
     * @param baseline what it is a multiple of, in simplified characters, empty where not written
     * @throws NullPointerException if a component is null
     */
    public Multiple {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(approx, "approx must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
    }

    /**
     * Returns a factor with no baseline.
     *
     * @param value a plain decimal such as {@code "3.3"}, not null
     * @param approx how exact it is, not null
     * @return the multiple
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static Multiple of(String value, Approx approx) {
        return new Multiple(Decimals.parse(value, "value"), approx, Optional.empty());
    }

    /**
     * Returns a factor of a baseline.
     *
     * @param value a plain decimal such as {@code "3"}, not null
     * @param approx how exact it is, not null
     * @param baseline what it is a multiple of, in simplified characters, not null
     * @return the multiple
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static Multiple of(String value, Approx approx, String baseline) {
        return new Multiple(Decimals.parse(value, "value"), approx, Optional.of(baseline));
    }

    @Override
    public BigDecimal number() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.MULTIPLE;
    }

    @Override
    public String toString() {
        return "Multiple[" + value.toPlainString() + "x" + baseline.map(b -> " of " + b).orElse("") + ", " + approx + "]";
    }

    private Object writeReplace() {
        return new Serial(value, approx, baseline.orElse(null));
    }

    /** The serial form: {@code Optional} is not serializable. */
    private record Serial(BigDecimal value, Approx approx, String baseline) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new Multiple(value, approx, Optional.ofNullable(baseline));
        }
    }
}
