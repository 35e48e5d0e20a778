package io.github.zhstat.parse;

import io.github.zhstat.value.Approx;
import java.math.BigDecimal;

/**
 * A number with its scale words and the approximation written inside it:
 * {@code 5600余万} is 56000000, scale 10000, {@link Approx#MORE_THAN}.
 *
 * @param value the number times its scale
 * @param scale the product of the scale words (1 where there is none)
 * @param place the place of a number that is one digit and one place ({@code 3百} is 100), else 1
 * @param approx the approximation written between or after the number and its scale
 */
record Amount(BigDecimal value, BigDecimal scale, int place, Approx approx) {

    boolean scaled() {
        return scale.compareTo(BigDecimal.ONE) != 0 || place != 1;
    }

    /**
     * Returns this amount with the scale of {@code other}, for a range's low bound: 3 of
     * {@code 3至5万} is 3万, 两 of {@code 两~3百} is 2百; 15 of {@code 15至20万} and 十 of
     * {@code 十至二十万} take the scale words only.
     */
    Amount withScaleOf(Amount other) {
        boolean digit = value.signum() > 0 && value.compareTo(BigDecimal.TEN) < 0 && value.stripTrailingZeros().scale() <= 0;
        BigDecimal factor = digit ? other.scale.multiply(BigDecimal.valueOf(other.place)) : other.scale;
        return new Amount(value.multiply(factor), factor, 1, approx);
    }
}
