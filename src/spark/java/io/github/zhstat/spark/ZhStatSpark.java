package io.github.zhstat.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.zhstat.MentionField;
import io.github.zhstat.ZhStat;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@link ZhStat#extract} on Spark: a SQL function and a {@code Dataset} transformation.
 *
 * <p>A mention is a struct of the mention contract's fields ({@link MentionField}, in that order),
 * typed {@code INT} (start, end), {@code STRING} (numbers as plain decimals, enums by name) and a
 * struct {@code magnitude} of kind, value, unit and approx; a field that is not of the mention's kind,
 * or is empty, is null. The functions carry no state: each executor thread keeps its own parser,
 * built on first use, and the schema is built once per JVM.
 */
public final class ZhStatSpark {
    /** The name {@link #register} gives the SQL function. */
    public static final String EXTRACT_FUNCTION = "zhstat_extract";

    private ZhStatSpark() {}

    /**
     * Registers the SQL function {@code zhstat_extract(text STRING) → ARRAY<STRUCT<…>>} in the
     * session: the mentions of the text in order of start, an empty array for a text without
     * figures, null for a null text.
     * <pre>{@code
     * SELECT d.id, m.kind, m.value FROM docs d LATERAL VIEW explode(zhstat_extract(d.text)) t AS m
     * }</pre>
     */
    public static void register(SparkSession spark) {
        Objects.requireNonNull(spark, "spark must not be null");
        spark.udf().register(EXTRACT_FUNCTION, new ExtractFunction(), DataTypes.createArrayType(MentionRows.MENTION, false));
    }

    /** Returns the struct type of one mention, as {@code zhstat_extract} gives it. */
    public static StructType mentionType() {
        return MentionRows.MENTION;
    }

    /**
     * Returns one row per mention of the documents: the document's id column, as it is, then the
     * fields of {@link #mentionType()}. A document with a null text has no mentions. The rows are
     * built with {@code mapPartitions}, a document at a time.
     *
     * @param documents the documents, one per row
     * @param idColumn the column that names a document; its name must not be a field of the contract
     * @param textColumn a {@code STRING} column: the document's text
     * @throws IllegalArgumentException if a column is missing, the text is not a string, or the id's name is taken
     */
    public static Dataset<Row> mentions(Dataset<Row> documents, String idColumn, String textColumn) {
        StructField id = field(documents.schema(), idColumn);
        checkArgument(DataTypes.StringType.equals(field(documents.schema(), textColumn).dataType()),
                "the text column %s must be a STRING", textColumn);
        checkArgument(Arrays.stream(MentionRows.MENTION.fieldNames()).noneMatch(id.name()::equals),
                "the id column %s has the name of a field of the mention", idColumn);
        StructField[] mentions = new StructField[1 + MentionRows.MENTION.size()];
        mentions[0] = id;
        System.arraycopy(MentionRows.MENTION.fields(), 0, mentions, 1, MentionRows.MENTION.size());
        return documents.select(documents.col(idColumn), documents.col(textColumn))
                .mapPartitions(new MentionsOfDocuments(), Encoders.row(new StructType(mentions)));
    }

    private static StructField field(StructType schema, String name) {
        Objects.requireNonNull(name, "column name must not be null");
        checkArgument(Arrays.asList(schema.fieldNames()).contains(name), "no column %s in %s", name, schema.simpleString());
        return schema.apply(name);
    }
}
