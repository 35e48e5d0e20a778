package io.github.zhstat.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A part of a whole as written: {@code 三分之一} is 1/3, {@code 千分之五} 5/1000, {@code 一半} 1/2.
 * The fraction is not reduced. This class is immutable and thread-safe.
 *
 * @param numerator never null
 * @param denominator never null nor zero
 * @param approx how exact it is ({@code 一半以上}), never null
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator, Approx approx) implements StatValue {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components and strips trailing zeros from the numbers.
     *
     * @param numerator not null
     * @param denominator not null nor zero
     * @param approx how exact it is ({@code 一半以上}), not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the denominator is zero
     */
    public Fraction {
        numerator = Decimals.normal(numerator, "numerator");
        denominator = Decimals.normal(denominator, "denominator");
        Objects.requireNonNull(approx, "approx must not be null");
        checkArgument(denominator.signum() != 0, "denominator must not be zero");
    }

    /**
     * Returns the fraction {@code numerator/denominator}.
     *
     * @param numerator the part
     * @param denominator the whole, not zero
     * @param approx how exact it is, not null
     * @return the fraction, not reduced
     */
    public static Fraction of(long numerator, long denominator, Approx approx) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), approx);
    }

    /** {@return the contract form {@code "numerator/denominator"}, such as {@code "1/3"}} */
    public String text() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }

    @Override
    public Kind kind() {
        return Kind.FRACTION;
    }

    @Override
    public String toString() {
        return "Fraction[" + text() + ", " + approx + "]";
    }
}
