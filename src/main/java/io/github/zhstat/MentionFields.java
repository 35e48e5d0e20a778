package io.github.zhstat;

import static io.github.zhstat.MentionField.*;

import io.github.zhstat.value.Change;
import io.github.zhstat.value.Fraction;
import io.github.zhstat.value.Magnitude;
import io.github.zhstat.value.Money;
import io.github.zhstat.value.Multiple;
import io.github.zhstat.value.Ordinal;
import io.github.zhstat.value.Quantity;
import io.github.zhstat.value.Range;
import io.github.zhstat.value.StatDate;
import io.github.zhstat.value.StatValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The mention contract's view of a mention or a value: the fields the command line writes as
 * JSON, as plain Java values, so that every integration writes the same fields.
 *
 * <pre>{@code
 * MentionFields.of(ZhStat.parse("同比上升19.17%"))
 * // {kind=CHANGE, direction=UP, basis=YOY, baseline=null, form=BY,
 * //  magnitude={kind=PERCENT, value=19.17, unit=null, approx=EXACT}}
 * }</pre>
 *
 * <p>A view holds exactly the {@link MentionField}s of its value's kind
 * ({@link MentionField#of}), in {@link MentionField} order, keyed by {@link MentionField#key()}.
 * Its values are {@code Integer}s (start, end), {@code String}s (numbers as plain decimals, enums
 * by name), a nested map (a change's magnitude) or {@code null} for a field of the kind that is
 * empty. The maps are unmodifiable.
 */
public final class MentionFields {
    private MentionFields() {}

    /**
     * Returns the contract view of a mention.
     *
     * @param mention the mention, not null
     * @return start, end and text, then the fields of its value; unmodifiable
     */
    public static Map<String, Object> of(Mention mention) {
        Objects.requireNonNull(mention, "mention must not be null");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(START.key(), mention.start());
        fields.put(END.key(), mention.end());
        fields.put(TEXT.key(), mention.text());
        putValue(fields, mention.value());
        return Collections.unmodifiableMap(fields);
    }

    /**
     * Returns the contract view of a value.
     *
     * @param value the value, not null
     * @return the fields of the value, {@code kind} first; unmodifiable
     */
    public static Map<String, Object> of(StatValue value) {
        Objects.requireNonNull(value, "value must not be null");
        Map<String, Object> fields = new LinkedHashMap<>();
        putValue(fields, value);
        return Collections.unmodifiableMap(fields);
    }

    private static void putValue(Map<String, Object> fields, StatValue value) {
        fields.put(KIND.key(), value.kind().name());
        if (value instanceof Magnitude magnitude) {
            putMagnitude(fields, magnitude);
            if (magnitude instanceof Multiple multiple) {
                fields.put(BASELINE.key(), multiple.baseline().orElse(null));
            }
        } else if (value instanceof Change change) {
            fields.put(DIRECTION.key(), change.direction().name());
            fields.put(BASIS.key(), change.basis().name());
            fields.put(BASELINE.key(), change.baseline().orElse(null));
            fields.put(FORM.key(), change.form().name());
            fields.put(MAGNITUDE.key(), change.magnitude().map(MentionFields::magnitude).orElse(null));
        } else if (value instanceof Range range) {
            fields.put(LOW.key(), range.low().toPlainString());
            fields.put(HIGH.key(), range.high().toPlainString());
            fields.put(UNIT.key(), range.unit().orElse(null));
            fields.put(APPROX.key(), range.approx().name());
            fields.put(KIND_OF_BOUNDS.key(), range.boundsKind().name());
        } else if (value instanceof Ordinal ordinal) {
            fields.put(VALUE.key(), ordinal.value().toPlainString());
        } else if (value instanceof Fraction fraction) {
            fields.put(VALUE.key(), fraction.text());
            fields.put(APPROX.key(), fraction.approx().name());
        } else {
            fields.put(VALUE.key(), ((StatDate) value).text());
        }
    }

    private static Map<String, Object> magnitude(Magnitude magnitude) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(KIND.key(), magnitude.kind().name());
        putMagnitude(fields, magnitude);
        return Collections.unmodifiableMap(fields);
    }

    /** value, unit (null but for counts and money) and approx. */
    private static void putMagnitude(Map<String, Object> fields, Magnitude magnitude) {
        fields.put(VALUE.key(), magnitude.number().toPlainString());
        fields.put(UNIT.key(), magnitude instanceof Quantity quantity ? quantity.unit().orElse(null)
                : magnitude instanceof Money money ? money.currency().getCurrencyCode() : null);
        fields.put(APPROX.key(), magnitude.approx().name());
    }
}
