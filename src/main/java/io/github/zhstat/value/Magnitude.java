package io.github.zhstat.value;

import java.math.BigDecimal;

/**
 * A figure that can be the size of a {@link Change}: a count, a sum of money, a percentage,
 * percentage points or a multiple.
 */
public sealed interface Magnitude extends StatValue
        permits Quantity, Money, Percent, PercentPoint, Multiple {

    /** {@return how exact the figure is, never null} */
    Approx approx();

    /**
     * {@return the figure's number, never null: the count of a {@link Quantity}, the sum of
     * {@link Money}, the hundredths of a {@link Percent}, the points of a {@link PercentPoint},
     * the factor of a {@link Multiple}}
     */
    BigDecimal number();
}
