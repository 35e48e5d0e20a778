package io.github.zhstat.value;

import java.util.Objects;
import java.util.Optional;

/**
 * A change of a figure against a baseline: {@code 同比上升19.17%}, {@code 比2012年下降43%},
 * {@code 提升至91.39%}, {@code 持平}. This class is immutable and thread-safe.
 *
 * @param direction which way, never null
 * @param basis what it is measured against, never null
 * @param baseline the baseline as written, in simplified characters, empty where not written
 * @param form whether the magnitude is the difference or the new level, never null
 * @param magnitude the size of the change; empty only for {@code 持平} with no figure
 */
public record Change(Direction direction, Basis basis, Optional<String> baseline, Form form,
                     Optional<Magnitude> magnitude) implements StatValue {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param direction which way, not null
     * @param basis what it is measured against, not null
     * @param baseline the baseline as written, in simplified characters, empty where not written
     * @param form whether the magnitude is the difference or the new level, not null
     * @param magnitude the size of the change; empty only for {@code 持平} with no figure
     * @throws NullPointerException if a component is null
     */
    public Change {
        Objects.requireNonNull(direction, "direction must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(form, "form must not be null");
        Objects.requireNonNull(magnitude, "magnitude must not be null");
    }

    /**
     * Returns a change by a magnitude ({@link Form#BY}) with no written baseline.
     *
     * @param direction which way, not null
     * @param basis what it is measured against, not null
     * @param magnitude the difference, not null
     * @return the change
     */
    public static Change by(Direction direction, Basis basis, Magnitude magnitude) {
        return new Change(direction, basis, Optional.empty(), Form.BY, Optional.of(magnitude));
    }

    /**
     * Returns a change to a new level ({@link Form#TO}) with no written baseline.
     *
     * @param direction which way, not null
     * @param basis what it is measured against, not null
     * @param magnitude the new level, not null
     * @return the change
     */
    public static Change to(Direction direction, Basis basis, Magnitude magnitude) {
        return new Change(direction, basis, Optional.empty(), Form.TO, Optional.of(magnitude));
    }

    /**
     * Returns this change with a written baseline.
     *
     * @param baseline the baseline as written, in simplified characters, not null
     * @return a change equal to this one but for its baseline
     */
    public Change withBaseline(String baseline) {
        return new Change(direction, basis, Optional.of(baseline), form, magnitude);
    }

    @Override
    public Kind kind() {
        return Kind.CHANGE;
    }

    @Override
    public String toString() {
        return "Change[" + direction + " " + basis + baseline.map(b -> " " + b).orElse("") + " " + form
                + magnitude.map(m -> " " + m).orElse("") + "]";
    }

    private Object writeReplace() {
        return new Serial(direction, basis, baseline.orElse(null), form, magnitude.orElse(null));
    }

    /** The serial form: {@code Optional} is not serializable. */
    private record Serial(Direction direction, Basis basis, String baseline, Form form, Magnitude magnitude) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new Change(direction, basis, Optional.ofNullable(baseline), form, Optional.ofNullable(magnitude));
        }
    }
}
