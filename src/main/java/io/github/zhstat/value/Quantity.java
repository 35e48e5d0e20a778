package io.github.zhstat.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A count or a measure: {@code 1400万余起}, {@code 928人次}, {@code 805千克}, {@code 数万人}.
 *
 * <p>The unit is the measure word as written, in simplified characters ({@code 个} for 個).
 * This class is immutable and thread-safe.
 *
 * @param value the number, never null
 * @param unit the measure word or unit, empty where none is written
 * @param approx how exact the number is, never null
 */
public record Quantity(BigDecimal value, Optional<String> unit, Approx approx) implements Magnitude {
    private static final long serialVersionUID = 1L;


    /**
     * Checks the components and strips trailing zeros from the value.
     *
     * @param value the number, not null
     * @param unit the measure word or unit, empty where none is written
     * @param approx how exact the number is, not null
     * @throws NullPointerException if a component is null
     */
    public Quantity {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /**
     * Returns a quantity of a plain decimal.
     *
     * @param value a plain decimal such as {@code "14000000"}, not null
     * @param unit the measure word, or null for none
     * @param approx how exact the number is, not null
     * @return the quantity
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static Quantity of(String value, String unit, Approx approx) {
        return new Quantity(Decimals.parse(value, "value"), Optional.ofNullable(unit), approx);
    }

    /**
     * Returns an exact quantity of a plain decimal.
     *
     * @param value a plain decimal such as {@code "928"}, not null
     * @param unit the measure word, or null for none
     * @return the quantity, {@link Approx#EXACT}
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static Quantity of(String value, String unit) {
        return of(value, unit, Approx.EXACT);
    }

    @Override
    public BigDecimal number() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.QUANTITY;
    }

    @Override
    public String toString() {
        return "Quantity[" + value.toPlainString() + unit.map(u -> " " + u).orElse("") + ", " + approx + "]";
    }

    private Object writeReplace() {
        return new Serial(value, unit.orElse(null), approx);
    }

    /** The serial form: {@code Optional} is not serializable. */
    private record Serial(BigDecimal value, String unit, Approx approx) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new Quantity(value, Optional.ofNullable(unit), approx);
        }
    }
}
