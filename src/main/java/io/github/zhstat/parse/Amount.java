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

    /**
     * The value of this amount as the low bound of a range whose high bound is {@code high}, of
     * place {@code highPlace}: a bare low bound takes the high one's scale words (15 of
     * {@code 15至20万}, 十 of {@code 十至二十万}), and its place too when it is one digit (3 of
     * {@code 3至5万}, 两 of {@code 两~3百}), unless that puts it above the high bound (从8500到3万).
     */
    BigDecimal asLowBoundOf(Amount high, int highPlace) {
        if (scaled() || !high.scaled() && highPlace == 1) {
            return value;
        }
        boolean digit = value.signum() > 0 && value.compareTo(BigDecimal.TEN) < 0 && value.stripTrailingZeros().scale() <= 0;
        BigDecimal scaledValue = value.multiply(digit && highPlace != 1 ? high.scale.multiply(BigDecimal.valueOf(highPlace)) : high.scale);
        return scaledValue.compareTo(high.value) <= 0 ? scaledValue : value;
    }
}
