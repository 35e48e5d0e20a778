package io.github.zhstat;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static io.github.zhstat.value.Kind.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.zhstat.value.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of the mention contract ({@code grammar/mentions.md}), in the order they are
 * written: the names and types integrations build their schemas from (a JSON writer, a Spark
 * struct). {@link MentionFields} gives the fields of one mention.
 *
 * <p>A field belongs to some kinds of value ({@link #kinds()}); a mention's view holds exactly
 * the fields of its kind, and a field that belongs but is empty (a quantity with no unit, a
 * change with no baseline) holds {@code null}.
 */
public enum MentionField {
    /** UTF-16 index of the mention's first char: an {@link Integer}. */
    START("start", Integer.class, Set.of()),
    /** UTF-16 index after its last char: an {@link Integer}. */
    END("end", Integer.class, Set.of()),
    /** The mention's text as written. */
    TEXT("text", String.class, Set.of()),
    /** The {@link Kind} name, such as {@code "PERCENT"}. */
    KIND("kind", String.class, EnumSet.allOf(Kind.class)),
    /** A plain decimal ({@code "19.17"}); a fraction {@code "1/3"}; a date {@code "2019-05"}. */
    VALUE("value", String.class, EnumSet.of(QUANTITY, MONEY, PERCENT, PERCENT_POINT, MULTIPLE, ORDINAL, FRACTION, DATE)),
    /** The lower bound of a range, a plain decimal. */
    LOW("low", String.class, EnumSet.of(RANGE)),
    /** The upper bound of a range, a plain decimal. */
    HIGH("high", String.class, EnumSet.of(RANGE)),
    /** A measure word, an ISO 4217 code for money; {@code null} where none is written. */
    UNIT("unit", String.class, EnumSet.of(QUANTITY, MONEY, PERCENT, PERCENT_POINT, MULTIPLE, RANGE)),
    /** The {@link io.github.zhstat.value.Approx} name. */
    APPROX("approx", String.class, EnumSet.of(QUANTITY, MONEY, PERCENT, PERCENT_POINT, MULTIPLE, RANGE, FRACTION)),
    /** The {@link io.github.zhstat.value.Direction} name of a change. */
    DIRECTION("direction", String.class, EnumSet.of(CHANGE)),
    /** The {@link io.github.zhstat.value.Basis} name of a change. */
    BASIS("basis", String.class, EnumSet.of(CHANGE)),
    /** What a change or a multiple is measured against, as written; {@code null} where not written. */
    BASELINE("baseline", String.class, EnumSet.of(MULTIPLE, CHANGE)),
    /** The {@link io.github.zhstat.value.Form} name of a change. */
    FORM("form", String.class, EnumSet.of(CHANGE)),
    /**
     * The size of a change: a {@code Map<String, Object>} of the {@link #magnitudeFields()},
     * {@code null} for {@code 持平} with no figure.
     */
    MAGNITUDE("magnitude", Map.class, EnumSet.of(CHANGE)),
    /** The {@link io.github.zhstat.value.BoundsKind} name of a range. */
    KIND_OF_BOUNDS("kind_of_bounds", String.class, EnumSet.of(RANGE));

    private static final List<MentionField> MAGNITUDE_FIELDS = ImmutableList.of(KIND, VALUE, UNIT, APPROX);
    private static final Map<Kind, List<MentionField>> BY_KIND = Maps.immutableEnumMap(Maps.toMap(
            EnumSet.allOf(Kind.class),
            kind -> EnumSet.allOf(MentionField.class).stream().filter(f -> f.kinds.contains(kind)).collect(toImmutableList())));

    private final String key;
    private final Class<?> type;
    private final Set<Kind> kinds;

    MentionField(String key, Class<?> type, Set<Kind> kinds) {
        this.key = key;
        this.type = type;
        this.kinds = Sets.immutableEnumSet(kinds);
    }

    /** {@return the contract's name of the field, such as {@code "kind_of_bounds"}} */
    public String key() {
        return key;
    }

    /** {@return the Java type of its values: {@code String}, {@code Integer} or {@code Map}} */
    public Class<?> type() {
        return type;
    }

    /** {@return the kinds of value the field belongs to, in {@link Kind} order; empty for the span fields of a mention} */
    public Set<Kind> kinds() {
        return kinds;
    }

    /**
     * Returns the fields of a value of a kind.
     *
     * @param kind the kind, not null
     * @return its fields in order, {@link #KIND} first; immutable
     */
    public static List<MentionField> of(Kind kind) {
        return BY_KIND.get(kind);
    }

    /** {@return the fields of a {@link #MAGNITUDE}: kind, value, unit and approx} */
    public static List<MentionField> magnitudeFields() {
        return MAGNITUDE_FIELDS;
    }
}
