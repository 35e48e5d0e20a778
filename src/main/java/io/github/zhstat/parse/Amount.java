package io.github.zhstat.parse;

import io.github.zhstat.value.Approx;
import java.math.BigDecimal;

/**
 * A number with its scale words and the approximation written inside it:
 * {@code 5600余万} is 56000000, scale 10000, {@link Approx#MORE_THAN}.
 *
 * @param value the number times its scale
 * @param scale the product of the scale words (1 where there is none)
 * @param approx the approximation written between or after the number and its scale
 */
record Amount(BigDecimal value, BigDecimal scale, Approx approx) {

    boolean scaled() {
        return scale.compareTo(BigDecimal.ONE) != 0;
    }

    /** Returns this amount with the scale of {@code other}, for {@code 3至5万}: 3 is 3万. */
    Amount withScaleOf(Amount other) {
        return new Amount(value.multiply(other.scale), other.scale, approx);
    }
}
