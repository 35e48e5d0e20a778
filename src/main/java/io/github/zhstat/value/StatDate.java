package io.github.zhstat.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A calendar date as precise as written: {@code 2019年}, {@code 2016年8月14日}, {@code 1月8日},
 * {@code 27日}. At least one field is present, and the present ones form a real date
 * ({@code 2月30日} is refused). This class is immutable and thread-safe.
 *
 * @param year the year, empty where not written
 * @param month the month 1 to 12, empty where not written
 * @param day the day of the month, empty where not written
 */
public record StatDate(OptionalInt year, OptionalInt month, OptionalInt day) implements StatValue {
    private static final long serialVersionUID = 1L;

    /**
     * Checks that the fields form a date.
     *
     * @param year the year, empty where not written
     * @param month the month 1 to 12, empty where not written
     * @param day the day of the month, empty where not written
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if no field is present, if a year and a day have no
     *     month, or if the fields form no real date
     */
    public StatDate {
        Objects.requireNonNull(year, "year must not be null");
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(day, "day must not be null");
        checkArgument(year.isPresent() || month.isPresent() || day.isPresent(), "a date needs a year, a month or a day");
        checkArgument(!(year.isPresent() && day.isPresent() && month.isEmpty()), "a date with a year and a day needs a month");
        check(year, month, day);
    }

    private static void check(OptionalInt year, OptionalInt month, OptionalInt day) {
        try {
            if (month.isPresent() && day.isPresent()) {
                if (year.isPresent()) {
                    LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt());
                } else {
                    MonthDay.of(month.getAsInt(), day.getAsInt());
                }
            } else if (month.isPresent()) {
                YearMonth.of(year.orElse(2000), month.getAsInt());
            } else if (day.isPresent() && (day.getAsInt() < 1 || day.getAsInt() > 31)) {
                throw new IllegalArgumentException("no day " + day.getAsInt());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Returns a year alone, such as {@code 2019年}.
     *
     * @param year the year
     * @return the date
     */
    public static StatDate ofYear(int year) {
        return new StatDate(OptionalInt.of(year), OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * Returns a full date.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @return the date
     * @throws IllegalArgumentException if the fields form no real date
     */
    public static StatDate of(int year, int month, int day) {
        return new StatDate(OptionalInt.of(year), OptionalInt.of(month), OptionalInt.of(day));
    }

    /**
     * {@return the contract form: {@code "2019"}, {@code "2019-05"}, {@code "2016-08-14"},
     * {@code "--01-08"} (no year), {@code "--11"} (month only), {@code "---27"} (day only)}
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (year.isPresent()) {
            text.append(String.format("%04d", year.getAsInt()));
        } else {
            text.append('-');
        }
        if (month.isPresent()) {
            text.append(String.format("-%02d", month.getAsInt()));
        } else if (year.isEmpty()) {
            text.append('-');
        }
        if (day.isPresent()) {
            text.append(String.format("-%02d", day.getAsInt()));
        }
        return text.toString();
    }

    @Override
    public Kind kind() {
        return Kind.DATE;
    }

    @Override
    public String toString() {
        return "StatDate[" + text() + "]";
    }

    private Object writeReplace() {
        return new Serial(boxed(year), boxed(month), boxed(day));
    }

    /** The serial form: {@code Optional} is not serializable. */
    private record Serial(Integer year, Integer month, Integer day) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new StatDate(optional(year), optional(month), optional(day));
        }
    }

    private static Integer boxed(OptionalInt field) {
        return field.isPresent() ? field.getAsInt() : null;
    }

    private static OptionalInt optional(Integer field) {
        return field == null ? OptionalInt.empty() : OptionalInt.of(field);
    }
}
