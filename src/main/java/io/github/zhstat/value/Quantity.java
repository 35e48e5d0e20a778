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

    public Quantity {
        value = Decimals.normal(value, "value");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /** Returns a quantity of a plain decimal {@code value}, a {@code unit} (null for none). */
    public static Quantity of(String value, String unit, Approx approx) {
        return new Quantity(Decimals.parse(value, "value"), Optional.ofNullable(unit), approx);
    }

    /** Returns an exact quantity. */
    public static Quantity of(String value, String unit) {
        return of(value, unit, Approx.EXACT);
    }

    @Override
    public Kind kind() {
        return Kind.QUANTITY;
    }

    @Override
    public String toString() {
        return "Quantity[" + value.toPlainString() + unit.map(u -> " " + u).orElse("") + ", " + approx + "]";
    }
}
