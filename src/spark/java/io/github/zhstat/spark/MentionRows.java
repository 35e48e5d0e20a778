package io.github.zhstat.spark;

import io.github.zhstat.Mention;
import io.github.zhstat.MentionField;
import io.github.zhstat.MentionFields;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's side of the contract view: the struct type built from {@link MentionField}, and rows
 * filled from {@link MentionFields}. Both are built once per JVM, in each executor, and never
 * serialised with a function.
 */
final class MentionRows {
    private static final List<MentionField> FIELDS = List.of(MentionField.values());
    static final StructType MAGNITUDE = struct(MentionField.magnitudeFields());
    static final StructType MENTION = struct(FIELDS);

    private MentionRows() {}

    /** The mention as a struct of {@link #MENTION}. */
    static Row row(Mention mention) {
        return RowFactory.create(values(mention));
    }

    /** The values of the mention's struct, in {@link #MENTION} order: null for fields not of its kind. */
    static Object[] values(Mention mention) {
        return values(MentionFields.of(mention), FIELDS);
    }

    private static Object[] values(Map<String, Object> view, List<MentionField> fields) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = view.get(fields.get(i).key());
            values[i] = value instanceof Map<?, ?> nested ? RowFactory.create(values(magnitude(nested), MentionField.magnitudeFields())) : value;
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> magnitude(Map<?, ?> nested) {
        return (Map<String, Object>) nested;
    }

    private static StructType struct(List<MentionField> fields) {
        StructField[] struct = new StructField[fields.size()];
        for (int i = 0; i < struct.length; i++) {
            struct[i] = DataTypes.createStructField(fields.get(i).key(), dataType(fields.get(i)), true);
        }
        return DataTypes.createStructType(struct);
    }

    /** Spark's type for the Java type the view gives a field. */
    private static DataType dataType(MentionField field) {
        if (field.type() == Integer.class) {
            return DataTypes.IntegerType;
        } else if (field.type() == String.class) {
            return DataTypes.StringType;
        } else if (field.type() == Map.class) {
            return MAGNITUDE;
        }
        throw new IllegalStateException("no Spark type for " + field + " of " + field.type());
    }
}
