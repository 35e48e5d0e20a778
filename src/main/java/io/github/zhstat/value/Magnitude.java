package io.github.zhstat.value;

/**
 * A figure that can be the size of a {@link Change}: a count, a sum of money, a percentage,
 * percentage points or a multiple.
 */
public sealed interface Magnitude extends StatValue
        permits Quantity, Money, Percent, PercentPoint, Multiple {

    /** {@return how exact the figure is, never null} */
    Approx approx();
}
