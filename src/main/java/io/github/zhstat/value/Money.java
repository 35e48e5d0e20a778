package io.github.zhstat.value;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A sum of money in whole units of its currency: {@code 3.22亿元} is 322000000 CNY.
 * This class is immutable and thread-safe.
 *
 * @param amount the sum, never null
 * @param currency the currency, never null
 * @param approx how exact the sum is, never null
 */
public record Money(BigDecimal amount, Currency currency, Approx approx) implements Magnitude {
    private static final long serialVersionUID = 1L;


    /**
     * Checks the components and strips trailing zeros from the amount.
     *
     * @param amount the sum, not null
     * @param currency the currency, not null
     * @param approx how exact the sum is, not null
     * @throws NullPointerException if a component is null
     */
    public Money {
        amount = Decimals.normal(amount, "amount");
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(approx, "approx must not be null");
    }

    /**
     * Returns money of a plain decimal amount and an ISO 4217 code.
     *
     * @param amount a plain decimal such as {@code "322000000"}, not null
     * @param currencyCode an ISO 4217 code such as {@code "CNY"}, not null
     * @param approx how exact the sum is, not null
     * @return the money
     * @throws NumberFormatException if {@code amount} is not a decimal
     * @throws IllegalArgumentException if {@code currencyCode} is no ISO 4217 code
     */
    public static Money of(String amount, String currencyCode, Approx approx) {
        return new Money(Decimals.parse(amount, "amount"), Currency.getInstance(currencyCode), approx);
    }

    @Override
    public BigDecimal number() {
        return amount;
    }

    @Override
    public Kind kind() {
        return Kind.MONEY;
    }

    @Override
    public String toString() {
        return "Money[" + amount.toPlainString() + " " + currency.getCurrencyCode() + ", " + approx + "]";
    }
}
